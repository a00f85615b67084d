// The Indicators page: every indicator rated for a period, and the chosen one's chart and history.
#pragma once

#include "gui/page.h"

#include <memory>

class QComboBox;
class QLabel;
class QChart;
class QChartView;
class QTableView;
class QPushButton;
class QToolButton;

namespace assure {

class EntityTablePanel;
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
    QList<QAction *> importExportActions() const override { return m_importExport; }

    EntityTablePanel *table() const { return m_table; }
    PeriodChooser *periodChooser() const { return m_period; }
    QTableView *grid() const { return m_grid; }
    IndicatorTableModel *model() const { return m_model; }
    // The chart shown for the selected indicator: "rag" or "spc".
    QString chartKind() const;
    void setChartKind(const QString &kind);
    // The chart on show, for tests and screenshots.
    QChart *chart() const;
    void selectIndicator(qint64 id);

private:
    void applyFilters();
    void showSelected();
    void updateChart();
    void showChart(std::unique_ptr<QChart> chart);
    void addIndicator();
    void editIndicator(qint64 id);
    void removeIndicator(qint64 id);
    void editSpcSettings();
    void showRejected(const QString &message);
    void createImportExportActions();
    void importFile(bool measurements);
    void exportFile(bool measurements);
    void saveTemplate();
    // Codes of the indicators the table shows, or none when it shows them all.
    QStringList shownCodes() const;
    QString chooseSpreadsheet(const QString &title, const QString &suggestedName);

    Workspace *m_workspace;
    IndicatorTableModel *m_model;
    MeasurementGridModel *m_gridModel;
    PeriodChooser *m_period;
    QComboBox *m_owner;
    QComboBox *m_priority;
    QComboBox *m_rag;
    EntityTablePanel *m_table;
    QLabel *m_detailTitle;
    QToolButton *m_ragChartButton;
    QToolButton *m_spcChartButton;
    QPushButton *m_spcSettingsButton;
    QPushButton *m_thresholdsButton;
    QChartView *m_chartView; // owns the chart on show
    QTableView *m_grid;
    QList<QAction *> m_importExport;
};

} // namespace assure
