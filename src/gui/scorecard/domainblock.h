// One domain of the Scorecard page: its name, its counts per RAG as chips (a word on a colour),
// its summary line for the period with a button to write it, and its indicators.
#pragma once

#include "workspace/scorecard/scorecard.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QTableView;

namespace assure {

class DomainIndicatorsModel;

class DomainBlock final : public QFrame
{
    Q_OBJECT

public:
    explicit DomainBlock(QWidget *parent = nullptr);

    // Shows the card: its counts, summary and indicators (copied: the block keeps no pointer).
    void showCard(const DomainCard &card);
    qint64 domainId() const { return m_domainId; }
    QString domainName() const { return m_domainName; }

    // For tests and screenshots.
    QTableView *indicatorsView() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    // "Edit summary…", a link rather than a button: the blocks scroll, and a link in scrolled
    // content is where people look for it (the page's buttons stay in the window).
    QLabel *summaryLink() const { return m_edit; }
    // The chips' words, in order: "Green 3", "Red 1"...
    QStringList chipTexts() const;

Q_SIGNALS:
    void editSummaryRequested(qint64 domainId);
    void indicatorActivated(qint64 indicatorId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fitView();

    qint64 m_domainId = -1;
    QString m_domainName;
    QLabel *m_name;
    QHBoxLayout *m_chips;
    QLabel *m_summary;
    QLabel *m_edit;
    QTableView *m_view;
    DomainIndicatorsModel *m_model;
};

} // namespace assure
