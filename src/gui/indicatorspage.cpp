// The Indicators page: every indicator rated for a period, and the chosen one's chart and history.
#include "gui/indicatorspage.h"

#include "charts/ragchart.h"
#include "charts/spcchart.h"
#include "gui/choicedelegate.h"
#include "gui/entitytablepanel.h"
#include "gui/importdialog.h"
#include "gui/indicatordialog.h"
#include "gui/periodchooser.h"
#include "gui/spcsettingsdialog.h"
#include "gui/statuschipdelegate.h"
#include "gui/thresholdsdialog.h"
#include "interchange/measurementexport.h"
#include "models/indicatortablemodel.h"
#include "models/measurementgridmodel.h"
#include "models/personmodel.h"
#include "models/prioritymodel.h"
#include "models/searchproxymodel.h"
#include "workspace/boardexport.h"
#include "workspace/indicatoredits.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <map>

namespace assure {

IndicatorsPage::IndicatorsPage(Workspace *workspace, QWidget *parent)
    : Page(parent), m_workspace(workspace), m_model(new IndicatorTableModel(workspace, this)),
      m_gridModel(new MeasurementGridModel(workspace, this)), m_period(new PeriodChooser(m_model->period(), this)),
      m_owner(new QComboBox(this)), m_priority(new QComboBox(this)), m_rag(new QComboBox(this)),
      m_detailTitle(new QLabel(this)), m_ragChartButton(new QToolButton(this)), m_spcChartButton(new QToolButton(this)),
      m_chartView(new QChartView(this)), m_grid(new QTableView(this))
{
    m_chartView->setObjectName(QStringLiteral("chartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(360, 240);
    m_table = new EntityTablePanel(m_model, tr("indicator"), tr("indicators"),
                                   {[this] { addIndicator(); }, [this](qint64 id) { editIndicator(id); },
                                    [this](qint64 id) { removeIndicator(id); },
                                    [this](qint64 id) {
                                        if (const Indicator *i = m_workspace->items<Indicator>().find(id))
                                            Q_EMIT historyRequested(QStringLiteral("indicator"), id,
                                                                    i->code + QLatin1Char(' ') + i->title);
                                    }},
                                   this);
    QTableView *view = m_table->view();
    view->setItemDelegateForColumn(
        IndicatorTableModel::RagColumn,
        new StatusChipDelegate(IndicatorTableModel::StatusColourRole, IndicatorTableModel::StatusTextRole, view));
    view->setItemDelegateForColumn(
        IndicatorTableModel::Variation,
        new StatusChipDelegate(IndicatorTableModel::StatusColourRole, IndicatorTableModel::StatusTextRole, view));
    // Numbers and chips are narrow; the title takes what is left.
    const std::pair<int, int> widths[] = {
        {IndicatorTableModel::Code, 75},         {IndicatorTableModel::Owner, 130},
        {IndicatorTableModel::Value, 70},        {IndicatorTableModel::Target, 70},
        {IndicatorTableModel::Achievement, 75},  {IndicatorTableModel::RagColumn, 85},
        {IndicatorTableModel::TrendColumn, 105}, {IndicatorTableModel::Variation, 140},
        {IndicatorTableModel::Assurance, 110}};
    for (const auto &[column, width] : widths)
        view->setColumnWidth(column, width);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(IndicatorTableModel::Title, QHeaderView::Stretch);

    // Filters: owner agency and RAG, beside the period.
    m_owner->setAccessibleName(tr("Owner agency"));
    m_rag->setAccessibleName(tr("RAG status"));
    m_rag->setObjectName(QStringLiteral("ragFilter"));
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_priority->setAccessibleName(tr("Priority"));
    m_priority->setObjectName(QStringLiteral("priorityFilter"));
    m_rag->addItem(tr("Any RAG"), -1);
    for (Rag r : allRags())
        m_rag->addItem(ragLabel(r), int(r));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_period);
    filters->addSpacing(16);
    filters->addWidget(new QLabel(tr("Owner:"), this));
    filters->addWidget(m_owner, 1);
    filters->addWidget(new QLabel(tr("Priority:"), this));
    filters->addWidget(m_priority, 1);
    filters->addWidget(new QLabel(tr("RAG:"), this));
    filters->addWidget(m_rag);
    createImportExportActions();
    auto *transfer = new QPushButton(tr("Import and E&xport"), this);
    transfer->setObjectName(QStringLiteral("importExportButton"));
    auto *transferMenu = new QMenu(transfer);
    transferMenu->addActions(m_importExport);
    transfer->setMenu(transferMenu);
    filters->addSpacing(8);
    filters->addWidget(transfer);

    // The detail: chart (RAG or SPC view) beside the editable history.
    m_ragChartButton->setText(tr("&RAG chart"));
    m_spcChartButton->setText(tr("S&PC chart"));
    for (QToolButton *b : {m_ragChartButton, m_spcChartButton}) {
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    auto *chartButtons = new QButtonGroup(this);
    chartButtons->addButton(m_ragChartButton);
    chartButtons->addButton(m_spcChartButton);
    m_ragChartButton->setChecked(true);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    m_detailTitle->setWordWrap(true);
    auto *chartHeader = new QHBoxLayout;
    chartHeader->addWidget(m_detailTitle, 1);
    chartHeader->addWidget(m_ragChartButton);
    chartHeader->addWidget(m_spcChartButton);
    m_spcSettingsButton = new QPushButton(tr("SPC se&ttings…"), this);
    m_spcSettingsButton->setObjectName(QStringLiteral("spcSettingsButton"));
    m_spcSettingsButton->setToolTip(tr("Run length, outlier screening, fixed limits and rebases for this indicator"));
    chartHeader->addWidget(m_spcSettingsButton);
    m_thresholdsButton = new QPushButton(tr("RAG t&hresholds…"), this);
    m_thresholdsButton->setObjectName(QStringLiteral("thresholdsButton"));
    m_thresholdsButton->setToolTip(tr("This indicator's own RAG thresholds, by the date they take effect"));
    chartHeader->addWidget(m_thresholdsButton);
    connect(m_thresholdsButton, &QPushButton::clicked, this, [this] {
        if (m_workspace->items<Indicator>().find(m_gridModel->indicatorId())) {
            ThresholdsDialog dialog(m_workspace, m_gridModel->indicatorId(), this);
            dialog.exec();
        }
    });
    connect(m_spcSettingsButton, &QPushButton::clicked, this, &IndicatorsPage::editSpcSettings);
    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(chartHeader);
    chartLayout->addWidget(m_chartView, 1);

    m_grid->setObjectName(QStringLiteral("measurementGrid"));
    m_grid->setModel(m_gridModel);
    m_grid->setItemDelegate(new ChoiceDelegate(m_grid));
    m_grid->setItemDelegateForColumn(
        MeasurementGridModel::RagColumn,
        new StatusChipDelegate(MeasurementGridModel::StatusColourRole, MeasurementGridModel::StatusTextRole, m_grid));
    // The periods name the rows from the vertical header, which stays put when the grid scrolls
    // sideways to the benchmarks.
    m_grid->setColumnHidden(MeasurementGridModel::PeriodColumn, true);
    m_grid->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_grid->setAlternatingRowColors(true);
    m_grid->setEditTriggers(QAbstractItemView::AllEditTriggers);
    const std::pair<int, int> gridWidths[] = {
        {MeasurementGridModel::Value, 70},       {MeasurementGridModel::Numerator, 80},
        {MeasurementGridModel::Denominator, 90}, {MeasurementGridModel::Target, 65},
        {MeasurementGridModel::Commentary, 200}, {MeasurementGridModel::Quality, 90},
        {MeasurementGridModel::RagColumn, 85},   {MeasurementGridModel::National, 80},
        {MeasurementGridModel::Regional, 80},    {MeasurementGridModel::Neighbours, 120}};
    // Never narrower than the header's own words (which translations lengthen); the grid scrolls sideways.
    for (const auto &[column, width] : gridWidths)
        m_grid->setColumnWidth(column, std::max(width, m_grid->horizontalHeader()->sectionSizeHint(column)));
    // Wider than the pane on most screens: it scrolls sideways, and a wide window fills the last column.
    m_grid->horizontalHeader()->setStretchLastSection(true);
    m_grid->horizontalHeader()->setMinimumSectionSize(60);
    m_grid->setWordWrap(false);

    auto *detail = new QSplitter(Qt::Horizontal, this);
    detail->addWidget(chartBox);
    detail->addWidget(m_grid);
    detail->setStretchFactor(0, 3);
    detail->setStretchFactor(1, 4);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(m_period, &PeriodChooser::periodChanged, m_model, &IndicatorTableModel::setPeriod);
    connect(m_owner, &QComboBox::activated, this, &IndicatorsPage::applyFilters);
    connect(m_rag, &QComboBox::activated, this, &IndicatorsPage::applyFilters);
    connect(m_priority, &QComboBox::activated, this, &IndicatorsPage::applyFilters);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IndicatorsPage::showSelected);
    connect(chartButtons, &QButtonGroup::buttonClicked, this, &IndicatorsPage::updateChart);
    connect(m_model, &TableModelBase::editRejected, this, &IndicatorsPage::showRejected);
    connect(m_gridModel, &TableModelBase::editRejected, this, &IndicatorsPage::showRejected);
    connect(m_gridModel, &QAbstractItemModel::dataChanged, this, &IndicatorsPage::updateChart);
    connect(m_gridModel, &QAbstractItemModel::modelReset, this, &IndicatorsPage::updateChart);
    const auto refillOwners = [this] {
        const QVariant current = m_owner->currentData();
        m_owner->clear();
        m_owner->addItem(tr("Any owner"), qint64(-1));
        for (const Choice &c : agencyChoices(*m_workspace))
            m_owner->addItem(c.label, c.value);
        m_owner->setCurrentIndex(qMax(0, m_owner->findData(current)));
    };
    const auto refillPriorities = [this] {
        const QVariant current = m_priority->currentData();
        m_priority->clear();
        m_priority->addItem(tr("Any priority"), qint64(-1));
        for (const Choice &c : priorityChoices(*m_workspace))
            m_priority->addItem(c.label, c.value);
        m_priority->setCurrentIndex(qMax(0, m_priority->findData(current)));
    };
    refillOwners();
    refillPriorities();
    Notifier::RowHandlers owners;
    owners.inserted = owners.removed = [refillOwners](int) { refillOwners(); };
    workspace->notifier()->subscribe(kindOf<Agency>(), this, std::move(owners));
    workspace->notifier()->subscribe({kindOf<Priority>()}, this, refillPriorities);
    m_table->setReadOnly(workspace->isReadOnly());
    if (m_table->proxy()->rowCount() > 0)
        view->selectRow(0);
    showSelected();
}

IndicatorsPage::~IndicatorsPage() = default;

QStringList IndicatorsPage::views() const
{
    return {QStringLiteral("rag"), QStringLiteral("spc")};
}

void IndicatorsPage::showView(const QString &view)
{
    setChartKind(view);
}

void IndicatorsPage::focusSearch()
{
    m_table->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_table->searchEdit()->selectAll();
}

QString IndicatorsPage::chartKind() const
{
    return m_spcChartButton->isChecked() ? QStringLiteral("spc") : QStringLiteral("rag");
}

void IndicatorsPage::setChartKind(const QString &kind)
{
    (kind == QLatin1String("spc") ? m_spcChartButton : m_ragChartButton)->setChecked(true);
    updateChart();
}

QChart *IndicatorsPage::chart() const
{
    return m_chartView->chart();
}

void IndicatorsPage::selectIndicator(qint64 id)
{
    m_table->selectId(id);
}

void IndicatorsPage::applyFilters()
{
    const qint64 owner = m_owner->currentData().toLongLong();
    const qint64 priority = m_priority->currentData().toLongLong();
    const int rag = m_rag->currentData().toInt();
    m_table->proxy()->setRowFilter([this, owner, priority, rag](int row) {
        if (owner >= 0 && m_model->itemAt(row).ownerAgencyId != owner)
            return false;
        if (priority >= 0 && m_model->itemAt(row).priorityId != priority)
            return false;
        return rag < 0 || int(m_model->statusAt(row).rag.rag) == rag;
    });
}

void IndicatorsPage::showSelected()
{
    const qint64 id = m_table->currentId();
    const Indicator *ind = m_workspace->items<Indicator>().find(id);
    m_detailTitle->setText(ind ? QStringLiteral("%1 — %2").arg(ind->code, ind->title)
                               : tr("Choose an indicator above."));
    m_spcSettingsButton->setEnabled(ind != nullptr);
    m_thresholdsButton->setEnabled(ind != nullptr);
    m_gridModel->setIndicator(id); // its reset redraws the chart
}

void IndicatorsPage::updateChart()
{
    const Indicator *ind = m_workspace->items<Indicator>().find(m_gridModel->indicatorId());
    if (!ind) {
        showChart(std::make_unique<QChart>());
        return;
    }
    // The chart is built from the same evaluation as the table and the grid.
    const IndicatorHistory history = indicatorHistory(*m_workspace, *ind);
    const IndicatorHistoryResult result = evaluateHistory(history);
    IndicatorSeries series;
    series.code = ind->code;
    series.title = ind->title;
    series.unit = ind->unit;
    series.polarity = ind->polarity;
    std::map<Period, ChartPoint> points;
    for (const HistoryPoint &p : result.points) {
        ChartPoint &point = points[p.period];
        point.value = p.value;
        point.target = p.target;
        point.rag = p.rag.rag;
    }
    placeBenchmarks(points, m_workspace->items<Benchmark>().of(ind->id), periodKind(ind->frequency),
                    m_workspace->board().fyStartMonth);
    for (auto &[period, point] : points) {
        point.periodLabel = period.label();
        point.thresholds = thresholdsInForce(history.indicatorThresholds, history.boardThresholds, period.end());
        series.points.push_back(point);
    }
    // Period labels are thinned for the width the chart really has.
    ChartStyle style = ChartStyle::screen();
    if (m_chartView->width() > 200)
        style.size = m_chartView->size();
    showChart(chartKind() == QLatin1String("spc") ? buildSpcChart(series, result.spc, style)
                                                  : buildRagChart(series, style));
}

void IndicatorsPage::showChart(std::unique_ptr<QChart> chart)
{
    // The view takes the new chart and lets go of the old one, which is then ours to delete.
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart.release());
    delete old;
}

void IndicatorsPage::showRejected(const QString &message)
{
    QMessageBox::warning(this, tr("Not changed"), message);
}

void IndicatorsPage::createImportExportActions()
{
    auto *importMeasurements = new QAction(tr("Import &Measurements…"), this);
    importMeasurements->setObjectName(QStringLiteral("importMeasurementsAction"));
    importMeasurements->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(importMeasurements, &QAction::triggered, this, [this] { importFile(true); });
    auto *importIndicators = new QAction(tr("Import &Indicator Definitions…"), this);
    connect(importIndicators, &QAction::triggered, this, [this] { importFile(false); });
    auto *exportMeasurements = new QAction(tr("&Export Measurements…"), this);
    exportMeasurements->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportMeasurements, &QAction::triggered, this, [this] { exportFile(true); });
    auto *exportIndicators = new QAction(tr("Export Indicator &Definitions…"), this);
    connect(exportIndicators, &QAction::triggered, this, [this] { exportFile(false); });
    auto *templateAction = new QAction(tr("Save a Measurements &Template…"), this);
    connect(templateAction, &QAction::triggered, this, &IndicatorsPage::saveTemplate);
    importMeasurements->setEnabled(!m_workspace->isReadOnly());
    importIndicators->setEnabled(!m_workspace->isReadOnly());
    m_importExport = {importMeasurements, importIndicators, exportMeasurements, exportIndicators, templateAction};
    // The shortcuts work wherever the page is on show; the File menu shows them too.
    for (QAction *a : std::as_const(m_importExport))
        addAction(a);
}

void IndicatorsPage::importFile(bool measurements)
{
    ImportDialog dialog(measurements ? ImportDialog::Kind::Measurements : ImportDialog::Kind::Indicators, m_workspace,
                        this);
    // The dialog opens on the file picker: importing starts with choosing the file.
    QTimer::singleShot(0, &dialog, &ImportDialog::choose);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(
            tr("Imported %n rows; Edit > Undo takes the whole import back.", nullptr, dialog.rowsWritten()));
}

QStringList IndicatorsPage::shownCodes() const
{
    const SearchProxyModel *proxy = m_table->proxy();
    if (proxy->rowCount() == m_model->rowCount())
        return {};
    QStringList codes;
    for (int row = 0; row < proxy->rowCount(); ++row)
        codes << m_model->itemAt(proxy->mapToSource(proxy->index(row, 0)).row()).code;
    return codes;
}

QString IndicatorsPage::chooseSpreadsheet(const QString &title, const QString &suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString csv = tr("CSV file (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    QString filter = xlsx;
    QString path =
        QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(suggestedName + QStringLiteral(".xlsx")),
                                     xlsx + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        path += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    return path;
}

void IndicatorsPage::exportFile(bool measurements)
{
    const QStringList codes = shownCodes();
    const int count = codes.isEmpty() ? m_model->rowCount() : int(codes.size());
    const QString title = measurements ? tr("Export measurements of %n indicators", nullptr, count)
                                       : tr("Export %n indicator definitions", nullptr, count);
    const QString path = chooseSpreadsheet(title, measurements ? tr("measurements") : tr("indicators"));
    if (path.isEmpty())
        return;
    QString error;
    const bool written = measurements ? exportBoardMeasurements(*m_workspace, path, codes, &error)
                                      : exportBoardIndicators(*m_workspace, path, codes, &error);
    if (!written) {
        QMessageBox::warning(this, tr("Not exported"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

void IndicatorsPage::saveTemplate()
{
    const QString path = chooseSpreadsheet(tr("Save a measurements template"), tr("measurements template"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeMeasurementTemplate(path, m_workspace->board().fyStartMonth, &error)) {
        QMessageBox::warning(this, tr("Not saved"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Saved the template as %1").arg(QDir::toNativeSeparators(path)));
}

void IndicatorsPage::addIndicator()
{
    IndicatorDialog dialog(Indicator{}, *m_workspace, this);
    dialog.setSubmit([&](QString *error) {
        Indicator i;
        return dialog.indicator(&i, error) && m_workspace->add(i, error);
    });
    if (dialog.exec() == QDialog::Accepted && !m_workspace->items<Indicator>().items().empty())
        m_table->selectId(m_workspace->items<Indicator>().items().back().id);
}

void IndicatorsPage::editIndicator(qint64 id)
{
    const Indicator *ind = m_workspace->items<Indicator>().find(id);
    if (!ind)
        return;
    IndicatorDialog dialog(*ind, *m_workspace, this);
    if (!m_workspace->isReadOnly())
        dialog.setSubmit([&](QString *error) {
            Indicator i;
            return dialog.indicator(&i, error) && m_workspace->update(i, error);
        });
    dialog.exec();
}

void IndicatorsPage::editSpcSettings()
{
    const qint64 id = m_gridModel->indicatorId();
    if (!m_workspace->items<Indicator>().find(id))
        return;
    SpcSettingsDialog dialog(spcSettingsOf(*m_workspace, id), *m_workspace, this);
    if (!m_workspace->isReadOnly())
        dialog.setSubmit(
            [&](QString *error) { return IndicatorEdits(*m_workspace).setSpcSettings(dialog.settings(), error); });
    dialog.exec();
}

void IndicatorsPage::removeIndicator(qint64 id)
{
    const Indicator *ind = m_workspace->items<Indicator>().find(id);
    if (!ind)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete"), tr("Delete the indicator %1 “%2”?").arg(ind->code, ind->title),
                    QMessageBox::Cancel, this);
    const QString consequences = m_workspace->dependents<Indicator>(id).describe();
    box.setInformativeText((consequences.isEmpty() ? tr("Nothing else refers to it.") : consequences) +
                           QLatin1Char(' ') + tr("You can undo this."));
    QAbstractButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    QString error;
    if (!m_workspace->remove<Indicator>(id, &error))
        showRejected(error);
}

} // namespace assure
