// The Escalations page (issue 19, part 3): the escalation log as a table with search and filters
// (reason, level, agency, open or resolved), the chosen escalation's resolution, learning and
// actions, its editor, import with a preview, the board's levels and reasons; and a Trends tab:
// a year by quarter (with a chart), by agency pair and by reason.
#pragma once

#include "gui/page.h"

#include <QDate>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace assure {

class EntityTablePanel;
class EscalationModel;

class EscalationsPage final : public Page
{
    Q_OBJECT

public:
    EscalationsPage(Workspace *workspace, QWidget *parent = nullptr);
    ~EscalationsPage() override;

    QString pageId() const override { return QStringLiteral("escalations"); }
    QString title() const override { return tr("Escalations"); }
    void focusSearch() override;
    bool openLink(const QUrl &link) override;

    EntityTablePanel *table() const { return m_table; }
    EscalationModel *model() const { return m_model; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *reasonFilter() const { return m_reasonFilter; }
    QComboBox *levelFilter() const { return m_levelFilter; }
    QComboBox *agencyFilter() const { return m_agencyFilter; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    QPushButton *settingsButton() const { return m_settingsButton; }
    QPushButton *importButton() const { return m_importButton; }
    QComboBox *yearCombo() const { return m_yearCombo; }
    QTableWidget *quarterTable() const { return m_quarters; }
    QTableWidget *pairTable() const { return m_pairs; }
    QTableWidget *reasonTable() const { return m_reasons; }
    QLabel *trendSummary() const { return m_trendSummary; }
    // Which escalation the detail pane is on (0: none), and what it says, in plain text.
    qint64 shownId() const { return m_shownId; }
    QString detailText() const;
    // The day the trends are counted to (the demo's screenshots fix it); today unless told.
    void setAsOf(const QDate &day);
    // Re-reads the filters' choices and the log through them.
    void applyFilters();
    void clearFilters();

private:
    void refillChoices();
    void showEscalation(qint64 id);
    void addEscalation();
    void editEscalation(qint64 id);
    void removeEscalation(qint64 id);
    void importFile();
    void showTrends();
    void showRejected(const QString &message);

    Workspace *m_workspace;
    EscalationModel *m_model;
    QDate m_asOf;
    QTabWidget *m_tabs = nullptr;
    EntityTablePanel *m_table = nullptr;
    QComboBox *m_reasonFilter = nullptr;
    QComboBox *m_levelFilter = nullptr;
    QComboBox *m_agencyFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QPushButton *m_settingsButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QLabel *m_detail = nullptr;
    QComboBox *m_yearCombo = nullptr;
    QLabel *m_trendSummary = nullptr;
    QChartView *m_chart = nullptr;
    QTableWidget *m_quarters = nullptr;
    QTableWidget *m_pairs = nullptr;
    QTableWidget *m_reasons = nullptr;
    qint64 m_shownId = 0;
};

} // namespace assure
