// The Indicators page: every indicator rated for a period, and the chosen one's chart and history.
#include "gui/indicators/indicatorspage.h"

#include "charts/ragchart.h"
#include "charts/spcchart.h"
#include "core/valueformat.h"
#include "gui/choicedelegate.h"
#include "gui/confirmdelete.h"
#include "gui/entitytablepanel.h"
#include "gui/indicators/indicatorcolumns.h"
#include "gui/indicators/indicatordialog.h"
#include "gui/indicators/indicatortransfer.h"
#include "gui/indicators/spcsettingsdialog.h"
#include "gui/indicators/thresholdsdialog.h"
#include "gui/pagelink.h"
#include "gui/periodchooser.h"
#include "gui/privacy/privacycheck.h"
#include "gui/statuschipdelegate.h"
#include "models/board/personmodel.h"
#include "models/board/prioritymodel.h"
#include "models/indicators/indicatortablemodel.h"
#include "models/indicators/measurementgridmodel.h"
#include "models/searchproxymodel.h"
#include "ui_indicatorspageform.h"
#include "workspace/indicators/indicatoredits.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace assure {

IndicatorsPage::IndicatorsPage(Workspace *workspace, QWidget *parent)
    : Page(parent), m_ui(std::make_unique<Ui::IndicatorsPageForm>()), m_workspace(workspace),
      m_model(new IndicatorTableModel(workspace, this)), m_gridModel(new MeasurementGridModel(workspace, this)),
      m_period(new PeriodChooser(m_model->period(), this))
{
    m_ui->setupUi(this);
    m_ui->filtersLayout->insertWidget(0, m_period);
    m_ui->chartView->setRenderHint(QPainter::Antialiasing);
    m_ui->ragFilter->addItem(tr("Any RAG"), -1);
    for (Rag r : allRags())
        m_ui->ragFilter->addItem(ragLabel(r), int(r));
    m_transfer = new IndicatorTransfer(
        m_workspace, this, [this] { return shownCodes(); }, [this] { return m_model->rowCount(); });
    m_importExport = m_transfer->actions();
    connect(m_transfer, &IndicatorTransfer::statusMessage, this, &Page::statusMessage);
    auto *transferMenu = new QMenu(m_ui->importExportButton);
    transferMenu->addActions(m_importExport);
    m_ui->importExportButton->setMenu(transferMenu);
    layOutTable();
    layOutDetail();

    connect(m_period, &PeriodChooser::periodChanged, m_model, &IndicatorTableModel::setPeriod);
    connect(m_ui->ownerFilter, &QComboBox::activated, this, &IndicatorsPage::applyFilters);
    connect(m_ui->ragFilter, &QComboBox::activated, this, &IndicatorsPage::applyFilters);
    connect(m_ui->priorityFilter, &QComboBox::activated, this, &IndicatorsPage::applyFilters);
    // The pane follows the table's selected indicator, as the panel announces it once settled.
    connect(m_table, &EntityTablePanel::currentIdChanged, this, &IndicatorsPage::showIndicator);
    connect(m_model, &TableModelBase::editRejected, this, &IndicatorsPage::showRejected);
    connect(m_gridModel, &TableModelBase::editRejected, this, &IndicatorsPage::showRejected);
    m_gridModel->setSaveGuard(
        [this](const QList<PrivacyField> &fields, const PrivacyEdits::Save &save, QString *error) {
            return PrivacyCheck::save(this, m_workspace, fields, save, error);
        });
    // Gone back to correct commentary: its editor opens again with the text as typed.
    connect(m_gridModel, &MeasurementGridModel::commentaryReturned, this,
            [this](const QModelIndex &cell, const QString &text) {
                QTableView *grid = m_ui->measurementGrid;
                grid->setCurrentIndex(cell); // the grid edits on any trigger, so this opens the editor
                if (!grid->indexWidget(cell))
                    grid->edit(cell);
                if (auto *editor = qobject_cast<QLineEdit *>(grid->indexWidget(cell))) {
                    editor->setText(text);
                    editor->setFocus();
                }
            });
    connect(m_gridModel, &QAbstractItemModel::dataChanged, this, &IndicatorsPage::updateChart);
    connect(m_gridModel, &QAbstractItemModel::modelReset, this, &IndicatorsPage::updateChart);
    refillOwners();
    refillPriorities();
    // The filters follow their agencies and priorities: added, renamed or deleted.
    workspace->notifier()->subscribe({kindOf<Agency>()}, this, [this] { refillOwners(); });
    workspace->notifier()->subscribe({kindOf<Priority>()}, this, [this] { refillPriorities(); });
    // A renamed indicator (or the undo of it) is named anew over its chart and grid.
    Notifier::RowHandlers indicators;
    indicators.changed = [this](int) { nameShownIndicator(); };
    workspace->notifier()->subscribe(kindOf<Indicator>(), this, std::move(indicators));
    m_table->setReadOnly(workspace->isReadOnly());
    if (m_table->proxy()->rowCount() > 0)
        m_table->view()->selectRow(0); // the pane follows through currentIdChanged
    else
        showIndicator(0);
}

void IndicatorsPage::layOutTable()
{
    m_table = new EntityTablePanel(m_model, tr("indicator"), tr("indicators"),
                                   {[this] { addIndicator(); }, [this](qint64 id) { editIndicator(id); },
                                    [this](qint64 id) { removeIndicator(id); },
                                    [this](qint64 id) {
                                        if (const Indicator *i = m_workspace->items<Indicator>().find(id))
                                            Q_EMIT historyRequested(QStringLiteral("indicator"), id,
                                                                    i->code + QLatin1Char(' ') + i->title);
                                    }},
                                   m_ui->tableHolder);
    auto *holder = new QVBoxLayout(m_ui->tableHolder);
    holder->setContentsMargins(0, 0, 0, 0);
    holder->addWidget(m_table);
    setUpIndicatorColumns(m_table->view());
    m_table->setSpareWidthColumn(IndicatorTableModel::Title, 32);
}

void IndicatorsPage::layOutDetail()
{
    auto *chartButtons = new QButtonGroup(this);
    chartButtons->addButton(m_ui->ragChartButton);
    chartButtons->addButton(m_ui->spcChartButton);
    connect(chartButtons, &QButtonGroup::buttonClicked, this, &IndicatorsPage::updateChart);
    QFont bold = m_ui->detailTitle->font();
    bold.setBold(true);
    m_ui->detailTitle->setFont(bold);
    m_ui->gridCaption->setFont(bold);

    // SPC settings and RAG thresholds share one menu button, so the header fits a narrow window.
    auto *settings = new QMenu(m_ui->chartSettingsButton);
    m_spcSettingsAction = settings->addAction(tr("SPC se&ttings…"), this, &IndicatorsPage::editSpcSettings);
    m_spcSettingsAction->setObjectName(QStringLiteral("spcSettingsAction"));
    m_spcSettingsAction->setToolTip(tr("Run length, outlier screening, fixed limits and rebases for this indicator"));
    m_thresholdsAction = settings->addAction(tr("RAG t&hresholds…"), this, [this] {
        if (m_workspace->items<Indicator>().find(m_gridModel->indicatorId())) {
            ThresholdsDialog dialog(m_workspace, m_gridModel->indicatorId(), this);
            dialog.exec();
        }
    });
    m_thresholdsAction->setObjectName(QStringLiteral("thresholdsAction"));
    m_thresholdsAction->setToolTip(tr("This indicator's own RAG thresholds, by the date they take effect"));
    settings->setToolTipsVisible(true);
    m_ui->chartSettingsButton->setMenu(settings);

    QTableView *grid = m_ui->measurementGrid;
    grid->setModel(m_gridModel);
    grid->setItemDelegate(new ChoiceDelegate(grid));
    grid->setItemDelegateForColumn(
        MeasurementGridModel::RagColumn,
        new StatusChipDelegate(MeasurementGridModel::StatusColourRole, MeasurementGridModel::StatusTextRole, grid));
    // The periods name the rows from the vertical header, which stays put when the grid scrolls
    // sideways to the benchmarks.
    grid->setColumnHidden(MeasurementGridModel::PeriodColumn, true);
    grid->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    grid->setEditTriggers(QAbstractItemView::AllEditTriggers);
    const std::pair<int, int> gridWidths[] = {
        {MeasurementGridModel::Value, 70},       {MeasurementGridModel::Numerator, 80},
        {MeasurementGridModel::Denominator, 90}, {MeasurementGridModel::Target, 65},
        {MeasurementGridModel::Commentary, 200}, {MeasurementGridModel::Quality, 90},
        {MeasurementGridModel::RagColumn, 85},   {MeasurementGridModel::National, 80},
        {MeasurementGridModel::Regional, 80},    {MeasurementGridModel::Neighbours, 120}};
    // Never narrower than the header's own words (which translations lengthen); the grid scrolls sideways.
    for (const auto &[column, width] : gridWidths)
        grid->setColumnWidth(column, std::max(width, grid->horizontalHeader()->sectionSizeHint(column)));
    // Wider than the pane on most screens: it scrolls sideways, and a wide window fills the last column.
    grid->horizontalHeader()->setStretchLastSection(true);
    grid->horizontalHeader()->setMinimumSectionSize(60);

    m_ui->detailSplitter->setStretchFactor(0, 4);
    m_ui->detailSplitter->setStretchFactor(1, 3);
    m_ui->pageSplitter->setStretchFactor(0, 1);
    m_ui->pageSplitter->setStretchFactor(1, 1);
}

void IndicatorsPage::refillOwners()
{
    QComboBox *combo = m_ui->ownerFilter;
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(tr("Any owner"), qint64(-1));
    for (const Choice &c : agencyChoices(*m_workspace))
        combo->addItem(c.label, c.value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    applyFilters(); // a deleted choice falls back to "Any", and the table with it
}

void IndicatorsPage::refillPriorities()
{
    QComboBox *combo = m_ui->priorityFilter;
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(tr("Any priority"), qint64(-1));
    for (const Choice &c : priorityChoices(*m_workspace))
        combo->addItem(c.label, c.value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    applyFilters(); // a deleted choice falls back to "Any", and the table with it
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
    return m_ui->spcChartButton->isChecked() ? QStringLiteral("spc") : QStringLiteral("rag");
}

void IndicatorsPage::setChartKind(const QString &kind)
{
    (kind == QLatin1String("spc") ? m_ui->spcChartButton : m_ui->ragChartButton)->setChecked(true);
    updateChart();
}

QChart *IndicatorsPage::chart() const
{
    return m_ui->chartView->chart();
}

QTableView *IndicatorsPage::grid() const
{
    return m_ui->measurementGrid;
}

qint64 IndicatorsPage::shownIndicatorId() const
{
    return m_gridModel->indicatorId();
}

QString IndicatorsPage::gridCaption() const
{
    return m_ui->gridCaption->text();
}

QString IndicatorsPage::detailTitle() const
{
    return m_ui->detailTitle->text();
}

void IndicatorsPage::selectIndicator(qint64 id)
{
    m_table->selectId(id);
}

bool IndicatorsPage::openLink(const QUrl &link)
{
    const QString target = PageLink::target(link);
    if (target != QLatin1String("indicator") && target != QLatin1String("indicators"))
        return false;
    if (const auto period = PageLink::period(link, m_workspace->board().fyStartMonth))
        m_period->setPeriod(*period);
    // The link's item or status shows whatever filters were left on: they start again from "Any".
    for (QComboBox *combo : {m_ui->ownerFilter, m_ui->priorityFilter, m_ui->ragFilter})
        combo->setCurrentIndex(0);
    m_table->searchEdit()->clear();
    if (target == QLatin1String("indicators")) {
        if (const auto rag = PageLink::rag(link))
            m_ui->ragFilter->setCurrentIndex(qMax(0, m_ui->ragFilter->findData(int(*rag))));
        applyFilters();
        if (m_table->proxy()->rowCount() > 0)
            m_table->view()->selectRow(0);
    } else {
        applyFilters();
        selectIndicator(PageLink::id(link));
    }
    m_table->view()->setFocus();
    return true;
}

void IndicatorsPage::applyFilters()
{
    const qint64 owner = m_ui->ownerFilter->currentData().toLongLong();
    const qint64 priority = m_ui->priorityFilter->currentData().toLongLong();
    const int rag = m_ui->ragFilter->currentData().toInt();
    m_table->proxy()->setRowFilter([this, owner, priority, rag](int row) {
        if (owner >= 0 && m_model->itemAt(row).ownerAgencyId != owner)
            return false;
        if (priority >= 0 && m_model->itemAt(row).priorityId != priority)
            return false;
        return rag < 0 || int(m_model->statusAt(row).rag.rag) == rag;
    });
}

void IndicatorsPage::showIndicator(qint64 id)
{
    m_gridModel->setIndicator(id); // its reset redraws the chart
    nameShownIndicator();
}

void IndicatorsPage::nameShownIndicator()
{
    const qint64 id = m_gridModel->indicatorId();
    const Indicator *ind = m_workspace->items<Indicator>().find(id);
    const QString name = ind ? QStringLiteral("%1 — %2").arg(ind->code, ind->title) : QString();
    // The chart's own title names it in full; beside the chart buttons the code is enough.
    m_ui->detailTitle->setText(ind ? ind->code : tr("Choose an indicator above."));
    m_ui->detailTitle->setToolTip(name);
    m_ui->detailTitle->setAccessibleName(ind ? tr("Chart of %1").arg(name) : QString());
    // Where the eye is while typing: the grid's own caption names the indicator its values go to.
    m_ui->gridCaption->setText(ind ? tr("Values of %1").arg(name) : tr("No indicator chosen"));
    m_ui->gridCaption->setToolTip(ind ? tr("Every value typed in this grid is saved to %1.").arg(name) : QString());
    m_ui->measurementGrid->setAccessibleName(ind ? tr("Values of %1").arg(ind->code) : tr("Values"));
    m_ui->chartSettingsButton->setEnabled(ind != nullptr);
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
    if (m_ui->chartView->width() > 200)
        style.size = m_ui->chartView->size();
    showChart(chartKind() == QLatin1String("spc") ? buildSpcChart(series, result.spc, style)
                                                  : buildRagChart(series, style));
}

void IndicatorsPage::showChart(std::unique_ptr<QChart> chart)
{
    // The view takes the new chart and lets go of the old one, which is then ours to delete.
    QChart *old = m_ui->chartView->chart();
    m_ui->chartView->setChart(chart.release());
    delete old;
}

void IndicatorsPage::showRejected(const QString &message)
{
    QMessageBox::warning(this, tr("Not changed"), message);
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
    if (!confirmDelete(this, tr("Delete the indicator %1 “%2”?").arg(ind->code, ind->title),
                       m_workspace->dependents<Indicator>(id)))
        return;
    QString error;
    if (!m_workspace->remove<Indicator>(id, &error))
        showRejected(error);
}

} // namespace assure
