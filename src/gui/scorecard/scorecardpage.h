// The Scorecard page: for a chosen period, one block per domain of the board with its counts per
// RAG, its summary line and its indicators rated as the Indicators page rates them; a click on an
// indicator opens it there.
#pragma once

#include "gui/page.h"
#include "workspace/scorecard/scorecard.h"

class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace assure {

class DomainBlock;
class PeriodChooser;

class ScorecardPage final : public Page
{
    Q_OBJECT

public:
    explicit ScorecardPage(Workspace *workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("scorecard"); }
    QString title() const override { return tr("Scorecard"); }

    // For tests and screenshots: what the page shows.
    Period period() const;
    void setPeriod(const Period &period);
    const Scorecard &scorecard() const { return m_card; }
    QList<DomainBlock *> blocks() const { return m_blocks; }
    QPushButton *domainsButton() const { return m_domainsButton; }
    QScrollArea *scrollArea() const { return m_scroll; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Marks what the board's edits moved; a hidden page catches up when it is next shown.
    void markStale();
    void refresh();
    void editSummary(qint64 domainId);
    void openDomains();

    Workspace *m_workspace;
    PeriodChooser *m_periodChooser;
    QPushButton *m_domainsButton;
    QScrollArea *m_scroll;
    QVBoxLayout *m_blocksLayout;
    QList<DomainBlock *> m_blocks;
    Scorecard m_card;
    bool m_stale = true;
};

} // namespace assure
