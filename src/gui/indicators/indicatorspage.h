// The Indicators page: every indicator rated for a period, and the chosen one's chart and history.
#pragma once

#include "gui/page.h"

#include <memory>

class QAction;
class QChart;
class QTableView;

namespace Ui {
class IndicatorsPageForm;
}

namespace assure {

class EntityTablePanel;
class IndicatorTransfer;
class IndicatorTableModel;
class MeasurementGridModel;
class PeriodChooser;
class Period;

class IndicatorsPage final : public Page
{
    Q_OBJECT

public:
    IndicatorsPage(Workspace *workspace, QWidget *parent = nullptr);
    ~IndicatorsPage() override;

    QString pageId() const override { return QStringLiteral("indicators"); }
    QString title() const override { return tr("Indicators"); }
    QStringList views() const override;
    void showView(const QString &view) override;
    void focusSearch() override;
    bool openLink(const QUrl &link) override;
    QList<QAction *> importExportActions() const override { return m_importExport; }

    EntityTablePanel *table() const { return m_table; }
    PeriodChooser *periodChooser() const { return m_period; }
    QTableView *grid() const;
    // Which indicator the detail pane (title, chart, grid) is on: 0 for none.
    qint64 shownIndicatorId() const;
    // The words above the grid that name the indicator it edits.
    QString gridCaption() const;
    QString detailTitle() const;
    IndicatorTableModel *model() const { return m_model; }
    // The chart shown for the selected indicator: "rag" or "spc".
    QString chartKind() const;
    void setChartKind(const QString &kind);
    // The chart on show, for tests and screenshots.
    QChart *chart() const;
    void selectIndicator(qint64 id);

private:
    void applyFilters();
    void showIndicator(qint64 id);
    // The title, caption and names over the chart and grid, from the indicator they show.
    void nameShownIndicator();
    void updateChart();
    void showChart(std::unique_ptr<QChart> chart);
    void addIndicator();
    void editIndicator(qint64 id);
    void removeIndicator(qint64 id);
    void editSpcSettings();
    void showRejected(const QString &message);
    // Codes of the indicators the table shows, or none when it shows them all.
    QStringList shownCodes() const;

    void layOutTable();
    void layOutDetail();
    void refillOwners();
    void refillPriorities();

    std::unique_ptr<Ui::IndicatorsPageForm> m_ui; // its chart view owns the chart on show
    Workspace *m_workspace;
    IndicatorTableModel *m_model;
    MeasurementGridModel *m_gridModel;
    PeriodChooser *m_period;
    EntityTablePanel *m_table;
    QAction *m_spcSettingsAction;
    QAction *m_thresholdsAction;
    IndicatorTransfer *m_transfer;
    QList<QAction *> m_importExport;
};

} // namespace assure
