// The dashboard: how the indicators stand for the chosen period, what stands out, and which actions
// need chasing; every tile and row opens what is behind it (through gui/pagelink.h).
#include "gui/dashboard/dashboardpage.h"

#include "charts/ragcountchart.h"
#include "core/statuspalette.h"
#include "core/valueformat.h"
#include "gui/dashboard/dashboardtile.h"
#include "gui/dashboard/logattentionview.h"
#include "gui/dashboard/oversighttiles.h"
#include "gui/indicators/indicatorcolumns.h"
#include "gui/narrative/narrativedialog.h"
#include "gui/pagelink.h"
#include "gui/periodchooser.h"
#include "gui/reports/reportdialog.h"
#include "gui/statuschipdelegate.h"
#include "models/actions/actionmodel.h"
#include "models/dashboard/exceptionmodel.h"
#include "models/indicators/indicatortablemodel.h"
#include "models/searchproxymodel.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/actions/actionplankinds.h"
#include "workspace/indicators/indicatorkinds.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace assure {

namespace {

// How many periods the RAG chart shows: the chosen one and the four before it, so that a quarter
// is seen beside the same quarter a year before.
constexpr int kChartPeriods = 5;

QTableView *newListView(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setAccessibleName(name);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->setCursor(Qt::PointingHandCursor);
    return view;
}

// A caption over a list: its mnemonic moves the keyboard into the list.
QWidget *captioned(QLabel *caption, QTableView *view, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    caption->setBuddy(view);
    layout->addWidget(caption);
    layout->addWidget(view, 1);
    return box;
}

} // namespace

DashboardPage::DashboardPage(Workspace *workspace, QWidget *parent)
    : Page(parent), m_workspace(workspace), m_heading(new QLabel(this)), m_details(new QLabel(this)),
      m_exceptions(new ExceptionModel(this)), m_summary(new IndicatorTableModel(workspace, this)),
      m_actions(new ActionModel(workspace, this)), m_attention(new SearchProxyModel(this))
{
    m_periodChooser = new PeriodChooser(m_summary->period(), this);
    m_boardPapers = new QAction(tr("&Board papers…"), this);
    m_boardPapers->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_boardPapers->setToolTip(
        tr("The performance report, the board pack or an agency's action plan, as PDF, ODT or HTML"));
    connect(m_boardPapers, &QAction::triggered, this, &DashboardPage::openBoardPapers);
    auto *papersButton = new QToolButton(this);
    papersButton->setDefaultAction(m_boardPapers);
    papersButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_narrative = new QAction(tr("&Narrative…"), this);
    m_narrative->setToolTip(tr("The summary under each section heading of the board papers, for the period"));
    connect(m_narrative, &QAction::triggered, this, &DashboardPage::openNarrative);
    auto *narrativeButton = new QToolButton(this);
    narrativeButton->setDefaultAction(m_narrative);
    narrativeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_details->setWordWrap(true);

    auto *top = new QHBoxLayout;
    auto *names = new QVBoxLayout;
    names->addWidget(m_heading);
    names->addWidget(m_details);
    top->addLayout(names, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_periodChooser, 0, Qt::AlignRight);
    auto *papers = new QHBoxLayout;
    papers->addWidget(narrativeButton);
    papers->addWidget(papersButton);
    side->addLayout(papers);
    side->setAlignment(papers, Qt::AlignRight);
    top->addLayout(side);

    // What needs chasing, in tabs beside the picture; under them, every indicator across the width.
    m_lists = new QTabWidget(this);
    m_lists->setDocumentMode(true);
    // Three tabs in the half of a 1024-pixel window: each shortened rather than scrolled out of sight.
    m_lists->setElideMode(Qt::ElideRight);
    m_lists->setUsesScrollButtons(false);
    m_lists->addTab(makeExceptions(), QString());
    m_lists->addTab(makeActions(), QString());
    m_logs = new LogAttentionView(m_workspace, this);
    m_lists->addTab(m_logs, QString());
    connect(m_logs, &LogAttentionView::linkRequested, this, &DashboardPage::linkRequested);
    connect(m_logs, &LogAttentionView::changed, this, &DashboardPage::retitleLogs);
    retitleLogs();
    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    // Room for five bars with their two-line period labels.
    m_chart->setMinimumSize(330, 150);
    auto *pictures = new QWidget(this);
    m_pictureColumn = new QVBoxLayout(pictures);
    m_pictureColumn->setContentsMargins(0, 0, 0, 0);
    m_pictureColumn->addWidget(m_chart, 1);
    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(m_lists);
    upper->addWidget(pictures);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);
    upper->setChildrenCollapsible(false);
    auto *rows = new QSplitter(Qt::Vertical, this);
    rows->addWidget(upper);
    rows->addWidget(makeSummary());
    rows->setStretchFactor(0, 2);
    rows->setStretchFactor(1, 3);
    rows->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(makeTiles());
    layout->addWidget(rows, 1);

    connect(m_periodChooser, &PeriodChooser::periodChanged, this, &DashboardPage::setPeriod);
    Notifier *n = workspace->notifier();
    connect(n, &Notifier::boardChanged, this, &DashboardPage::describeBoard);
    n->subscribe({kindOf<Agency>(), kindOf<Person>(), kindOf<SubGroup>()}, this, [this] { describeBoard(); });
    // Anything an indicator's standing reads moves the counts, the exceptions and the chart: the
    // indicators themselves, their series (values, targets, benchmarks, SPC settings) and thresholds.
    n->subscribe({kindOf<Indicator>()}, this, [this] { markStale(); });
    connect(n, &Notifier::seriesChanged, this, &DashboardPage::markStale);
    connect(n, &Notifier::thresholdsChanged, this, &DashboardPage::markStale);
    connect(n, &Notifier::boardChanged, this, &DashboardPage::markStale);
    // The action model follows its own rows; the tiles and the filter of what needs chasing follow it.
    n->subscribe({kindOf<Action>(), kindOf<Milestone>(), kindOf<ProgressUpdate>(), kindOf<ActionSettings>()}, this,
                 [this] { refreshActionTiles(); });
    describeBoard();
    refreshActionTiles();
    // The counts, exceptions and chart are worked out when the page is first shown (showEvent):
    // a window opened on another page does not wait for them.
}

QWidget *DashboardPage::makeTiles()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_indicatorTiles = new QGroupBox(row);
    auto *indicators = new QHBoxLayout(m_indicatorTiles);
    indicators->setSpacing(4);
    for (Rag rag : {Rag::Red, Rag::Amber, Rag::Green, Rag::Blue, Rag::NoData, Rag::NotApplicable}) {
        auto *tile = new DashboardTile(ragLabel(rag), tr("indicators"), QColor::fromRgb(ragRgb(rag)), m_indicatorTiles);
        tile->setObjectName(QStringLiteral("ragTile-") + ragKey(rag));
        connect(tile, &QAbstractButton::clicked, this,
                [this, rag] { Q_EMIT linkRequested(PageLink::indicators(rag, period())); });
        indicators->addWidget(tile);
        m_ragTiles.insert(rag, tile);
    }
    auto *actions = new QGroupBox(tr("Actions today"), row);
    auto *actionRow = new QHBoxLayout(actions);
    actionRow->setSpacing(4);
    const struct
    {
        QString standing;
        QString word;
        QString noun;
        Rag colour;
    } actionTiles[] = {
        {QStringLiteral("overdue"), tr("Overdue"), tr("open actions past their due date"), Rag::Red},
        {QStringLiteral("due_soon"), tr("Due soon"), tr("open actions due within the next days"), Rag::Amber},
        {QStringLiteral("awaiting_evidence"), tr("Awaiting evidence"),
         tr("completed actions awaiting evidence of impact"), Rag::Green},
    };
    for (const auto &t : actionTiles) {
        auto *tile = new DashboardTile(t.word, t.noun, QColor::fromRgb(ragRgb(t.colour)), actions);
        tile->setObjectName(QStringLiteral("actionTile-") + t.standing);
        const QString standing = t.standing;
        connect(tile, &QAbstractButton::clicked, this,
                [this, standing] { Q_EMIT linkRequested(PageLink::actions(standing)); });
        actionRow->addWidget(tile);
        m_actionTiles.insert(t.standing, tile);
    }
    layout->addWidget(m_indicatorTiles);
    layout->addWidget(actions);
    m_oversight = new OversightTiles(m_workspace, row);
    connect(m_oversight, &OversightTiles::linkRequested, this, &DashboardPage::linkRequested);
    layout->addWidget(m_oversight);
    layout->addStretch(1);
    m_tileRow = layout;
    return row;
}

QWidget *DashboardPage::makeExceptions()
{
    m_exceptionsView = newListView(this, tr("Exceptions"));
    m_exceptionsView->setObjectName(QStringLiteral("exceptionsView"));
    m_exceptionsView->setModel(m_exceptions);
    m_exceptionsView->setItemDelegateForColumn(
        ExceptionModel::RagColumn,
        new StatusChipDelegate(ExceptionModel::StatusColourRole, ExceptionModel::StatusTextRole, m_exceptionsView));
    QStringList ragWords;
    for (Rag r : allRags())
        ragWords << ragLabel(r);
    QHeaderView *header = m_exceptionsView->horizontalHeader();
    m_exceptionsView->setColumnWidth(ExceptionModel::Code, 75);
    m_exceptionsView->setColumnWidth(ExceptionModel::Title, 200);
    m_exceptionsView->setColumnWidth(ExceptionModel::RagColumn,
                                     StatusChipDelegate::columnWidthFor(ragWords, m_exceptionsView->font()));
    header->setStretchLastSection(true);
    connect(m_exceptionsView, &QAbstractItemView::clicked, this, &DashboardPage::openIndicatorAt);
    connect(m_exceptionsView, &QAbstractItemView::activated, this, &DashboardPage::openIndicatorAt);
    return m_exceptionsView;
}

QWidget *DashboardPage::makeSummary()
{
    m_summaryView = newListView(this, tr("Every indicator"));
    m_summaryView->setObjectName(QStringLiteral("summaryView"));
    m_summaryView->setModel(m_summary);
    setUpIndicatorColumns(m_summaryView);
    // The icon summary: what each indicator is, where it stands, and which way it goes.
    m_summaryView->setColumnHidden(IndicatorTableModel::Owner, true);
    m_summaryView->setColumnHidden(IndicatorTableModel::Achievement, true);
    m_summaryView->setColumnHidden(IndicatorTableModel::DomainColumn, true);
    m_summaryView->horizontalHeader()->setSectionResizeMode(IndicatorTableModel::Title, QHeaderView::Stretch);
    m_summaryView->horizontalHeader()->setMinimumSectionSize(40);
    connect(m_summaryView, &QAbstractItemView::clicked, this, &DashboardPage::openIndicatorAt);
    connect(m_summaryView, &QAbstractItemView::activated, this, &DashboardPage::openIndicatorAt);
    m_summaryCaption = new QLabel(this);
    return captioned(m_summaryCaption, m_summaryView, this);
}

QWidget *DashboardPage::makeActions()
{
    m_attention->setSourceModel(m_actions);
    m_attention->setRowFilter([this](int row) {
        const ActionStanding s = m_actions->standingAt(row);
        return s.overdue || s.dueSoon;
    });
    m_attention->sort(ActionModel::Due, Qt::AscendingOrder);
    m_actionsView = newListView(this, tr("Actions needing attention"));
    m_actionsView->setObjectName(QStringLiteral("actionsView"));
    m_actionsView->setModel(m_attention);
    m_actionsView->setItemDelegateForColumn(
        ActionModel::ProgressColumn,
        new StatusChipDelegate(ActionModel::StatusColourRole, ActionModel::StatusTextRole, m_actionsView));
    for (int column : {int(ActionModel::StatusColumn), int(ActionModel::Timing), int(ActionModel::SmartColumn)})
        m_actionsView->setColumnHidden(column, true);
    m_actionsView->setColumnWidth(ActionModel::Reference, 95);
    m_actionsView->setColumnWidth(ActionModel::AgencyColumn, 170);
    m_actionsView->setColumnWidth(ActionModel::LeadColumn, 130);
    m_actionsView->setColumnWidth(ActionModel::Due, 85);
    m_actionsView->horizontalHeader()->setSectionResizeMode(ActionModel::Title, QHeaderView::Stretch);
    m_actionsView->horizontalHeader()->setMinimumSectionSize(40);
    connect(m_actionsView, &QAbstractItemView::clicked, this, &DashboardPage::openActionAt);
    connect(m_actionsView, &QAbstractItemView::activated, this, &DashboardPage::openActionAt);
    return m_actionsView;
}

Period DashboardPage::period() const
{
    return m_periodChooser->period();
}

void DashboardPage::setPeriod(const Period &period)
{
    if (m_periodChooser->period() != period)
        m_periodChooser->setPeriod(period); // comes back here through periodChanged
    markStale();
}

void DashboardPage::describeBoard()
{
    const Board &b = m_workspace->board();
    m_heading->setText(b.name);
    int active = 0;
    for (const Agency &a : m_workspace->items<Agency>())
        active += a.active ? 1 : 0;
    const ValueFormat format;
    m_details->setText(tr("%1 · %2 · %3 partner agencies (%4 active), %5 people, %6 sub-groups · %7")
                           .arg(boardTypeLabel(b.type), b.area.isEmpty() ? tr("no area set") : b.area,
                                format.count(m_workspace->items<Agency>().size()), format.count(active),
                                format.count(m_workspace->items<Person>().size()),
                                format.count(m_workspace->items<SubGroup>().size()),
                                QFileInfo(m_workspace->path()).fileName()));
}

void DashboardPage::markStale()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    placeOversight();
}

void DashboardPage::placeOversight()
{
    // The audits and self-assessment tiles go beside the others where the row has room, and head
    // the chart's column where it has not (a 1024-pixel window).
    const int others = m_tileRow->count() - 1; // the stretch at the end
    int needed = m_tileRow->contentsMargins().left() + m_tileRow->contentsMargins().right();
    for (int i = 0; i < others; ++i)
        if (QWidget *w = m_tileRow->itemAt(i)->widget(); w && w != m_oversight)
            needed += w->minimumSizeHint().width() + m_tileRow->spacing();
    needed += m_oversight->minimumSizeHint().width() + layout()->contentsMargins().left() +
              layout()->contentsMargins().right();
    const bool inRow = m_tileRow->indexOf(m_oversight) >= 0;
    if (width() >= needed && !inRow) {
        m_pictureColumn->removeWidget(m_oversight);
        m_tileRow->insertWidget(m_tileRow->count() - 1, m_oversight);
    } else if (width() < needed && inRow) {
        m_tileRow->removeWidget(m_oversight);
        m_pictureColumn->insertWidget(0, m_oversight);
    }
}

void DashboardPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardPage::refresh()
{
    m_stale = false;
    const Period chosen = period();
    m_review = reviewPeriod(*m_workspace, chosen);
    std::vector<IndicatorStatus> statuses;
    statuses.reserve(m_review.reviews.size());
    for (const IndicatorReview &r : m_review.reviews)
        statuses.push_back(r.status);
    m_summary->setPeriodRated(chosen, std::move(statuses));
    const QString label = ValueFormat::period(chosen);
    m_indicatorTiles->setTitle(tr("Indicators, %1").arg(label));
    for (auto it = m_ragTiles.cbegin(); it != m_ragTiles.cend(); ++it) {
        const int count = m_review.ragCounts.value(it.key());
        it.value()->setCount(count);
        // "N/A" says only that a rule cannot rate an indicator: shown when it counts something.
        if (it.key() == Rag::NotApplicable)
            it.value()->setVisible(count > 0);
    }
    m_exceptions->setReview(m_review);
    const int exceptions = m_exceptions->rowCount();
    m_lists->setTabText(0, exceptions == 0 ? tr("No &exceptions in %1").arg(label)
                                           : tr("&Exceptions in %1 (%2)").arg(label, ValueFormat().count(exceptions)));
    const int indicators = int(m_review.reviews.size());
    m_summaryCaption->setText(indicators == 0
                                  ? tr("No &indicators yet: add them on the Indicators page")
                                  : tr("Every &indicator in %1 (%2)").arg(label, ValueFormat().count(indicators)));
    refreshChart();
}

void DashboardPage::refreshChart()
{
    const Period chosen = period();
    QList<RagCountPeriod> periods;
    QStringList said;
    for (int step = kChartPeriods - 1; step >= 0; --step) {
        const Period p = chosen.offset(-step);
        const QMap<Rag, int> counts = step == 0 ? m_review.ragCounts : ragCounts(*m_workspace, p);
        // Bar categories must differ ("Q2" twice would be one bar), and the full label is too wide
        // for a bar: its short form on two lines (axis labels are rich text).
        periods.append(
            {ValueFormat::period(p), p.shortLabel().replace(QLatin1Char(' '), QStringLiteral("<br>")), counts});
    }
    for (const RagCountPeriod &p : periods) {
        QStringList counts;
        for (Rag rag : {Rag::Red, Rag::Amber, Rag::Green, Rag::Blue})
            counts << QStringLiteral("%1 %2").arg(ragLabel(rag), ValueFormat().count(p.counts.value(rag)));
        said << tr("%1: %2").arg(p.label, counts.join(QStringLiteral(", ")));
    }
    ChartStyle style;
    style.size = QSize(420, 240);
    style.titlePixelSize = 13;
    style.labelPixelSize = 10;
    // The bars name their periods; the title stays short enough for a narrow chart.
    const QString title = tr("Indicators by RAG");
    QChart *old = m_chart->chart();
    m_chart->setChart(buildRagCountChart(title, periods, style).release());
    delete old;
    // The chart's text alternative: every count it draws, for screen readers and tooltips.
    m_chart->setAccessibleName(title);
    m_chart->setAccessibleDescription(said.join(QStringLiteral("; ")));
    m_chart->setToolTip(said.join(QLatin1Char('\n')));
}

void DashboardPage::refreshActionTiles()
{
    int overdue = 0, dueSoon = 0, awaiting = 0;
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        const ActionStanding s = m_actions->standingAt(row);
        overdue += s.overdue ? 1 : 0;
        dueSoon += s.dueSoon ? 1 : 0;
        awaiting += m_actions->itemAt(row).status == ActionStatus::Completed ? 1 : 0;
    }
    m_actionTiles.value(QStringLiteral("overdue"))->setCount(overdue);
    m_actionTiles.value(QStringLiteral("due_soon"))->setCount(dueSoon);
    m_actionTiles.value(QStringLiteral("awaiting_evidence"))->setCount(awaiting);
    m_attention->invalidate(); // an action's standing moved: filter and sort again
    const int shown = m_attention->rowCount();
    m_lists->setTabText(1, shown == 0 ? tr("No &actions overdue or due soon")
                                      : tr("&Actions overdue or due soon (%1)").arg(ValueFormat().count(shown)));
}

void DashboardPage::retitleLogs()
{
    m_lists->setTabText(2, m_logs->title());
    m_lists->setTabToolTip(2, tr("Complaints past their response target without an answer, and escalations "
                                 "not yet resolved"));
    m_lists->setTabVisible(2, m_logs->boardKeepsLogs());
}

void DashboardPage::openBoardPapers()
{
    ReportDialog dialog(m_workspace, m_settings, period(), this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(dialog.writtenPath())));
}

void DashboardPage::openNarrative()
{
    NarrativeDialog(m_workspace, period(), this).exec();
}

void DashboardPage::openIndicatorAt(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 id = index.model() == m_exceptions ? index.data(ExceptionModel::IndicatorIdRole).toLongLong()
                                                    : index.data(TableModelBase::IdRole).toLongLong();
    Q_EMIT linkRequested(PageLink::indicator(id, period()));
}

void DashboardPage::openActionAt(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT linkRequested(PageLink::action(index.data(TableModelBase::IdRole).toLongLong()));
}

} // namespace assure
