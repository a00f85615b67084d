// The Risks page: the board's risk register (issue 18, part 5) as a table with search and filters,
// its 5x5 heat map (a click on a cell shows that cell's risks), and the chosen risk's cause,
// consequence, flags, linked indicators and mitigating actions.
#pragma once

#include "gui/page.h"

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace assure {

class EntityTablePanel;
class RiskHeatMapModel;
class RiskModel;

class RisksPage final : public Page
{
    Q_OBJECT

public:
    RisksPage(Workspace *workspace, QWidget *parent = nullptr);
    ~RisksPage() override;

    QString pageId() const override { return QStringLiteral("risks"); }
    QString title() const override { return tr("Risks"); }
    void focusSearch() override;
    bool openLink(const QUrl &link) override;

    EntityTablePanel *table() const { return m_table; }
    RiskModel *model() const { return m_model; }
    QTableView *heatMap() const { return m_heatMap; }
    RiskHeatMapModel *heatMapModel() const { return m_heatMapModel; }
    QComboBox *ratingFilter() const { return m_ratingFilter; }
    QCheckBox *overdueFilter() const { return m_overdueFilter; }
    QCheckBox *concernFilter() const { return m_concernFilter; }
    QPushButton *showAllButton() const { return m_showAll; }
    QPushButton *bandsButton() const { return m_bandsButton; }
    // The heat map's cell the table is narrowed to: (likelihood, impact), or none.
    std::optional<std::pair<int, int>> cellFilter() const { return m_cell; }
    // Which risk the detail pane is on (0: none), and what it says, in plain text.
    qint64 shownRiskId() const { return m_shownId; }
    QString detailText() const;
    // The day the page reads review dates and indicators for (the demo's screenshots fix it).
    void setAsOf(const QDate &day);

private:
    void applyFilters();
    void clearFilters();
    void chooseCell(const QModelIndex &cell);
    void showRisk(qint64 id);
    void addRisk();
    void editRisk(qint64 id);
    void removeRisk(qint64 id);
    void showRejected(const QString &message);

    Workspace *m_workspace;
    RiskModel *m_model;
    RiskHeatMapModel *m_heatMapModel;
    EntityTablePanel *m_table = nullptr;
    QTableView *m_heatMap = nullptr;
    QComboBox *m_ratingFilter = nullptr;
    QCheckBox *m_overdueFilter = nullptr;
    QCheckBox *m_concernFilter = nullptr;
    QLabel *m_cellLabel = nullptr;
    QPushButton *m_showAll = nullptr;
    QPushButton *m_bandsButton = nullptr;
    QLabel *m_detail = nullptr;
    std::optional<std::pair<int, int>> m_cell;
    qint64 m_shownId = 0;
};

} // namespace assure
