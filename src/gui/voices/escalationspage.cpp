// The Escalations page: the log with its filters and detail, and the year's trends.
#include "gui/voices/escalationspage.h"

#include "charts/escalationchart.h"
#include "core/valueformat.h"
#include "gui/confirmdelete.h"
#include "gui/entitytablepanel.h"
#include "gui/pagelink.h"
#include "gui/privacy/privacycheck.h"
#include "gui/voices/escalationdetail.h"
#include "gui/voices/escalationdialog.h"
#include "gui/voices/escalationimportdialog.h"
#include "gui/voices/escalationsettingsdialog.h"
#include "models/searchproxymodel.h"
#include "models/voices/escalationmodel.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/voices/escalationedits.h"
#include "workspace/voices/escalationtrends.h"
#include "workspace/voices/escalationyear.h"
#include "workspace/workspace.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace assure {

namespace {

enum State { AnyState, Open, Resolved };

QTableWidget *newTrendTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return t;
}

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString medianText(const std::optional<double> &median)
{
    return median ? ValueFormat().rounded(*median, 1) : EscalationsPage::tr("–");
}

// Re-fills a filter's choices keeping the one chosen when it is still there.
void refill(QComboBox *combo, const QString &any, const QList<QPair<QString, QVariant>> &choices)
{
    const QVariant chosen = combo->currentData();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(any, QVariant());
    for (const auto &[label, value] : choices)
        combo->addItem(label, value);
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

} // namespace

EscalationsPage::EscalationsPage(Workspace *workspace, QWidget *parent)
    : Page(parent), m_workspace(workspace), m_model(new EscalationModel(workspace, this)), m_asOf(QDate::currentDate())
{
    m_table = new EntityTablePanel(m_model, tr("escalation"), tr("escalations"),
                                   {[this] { addEscalation(); }, [this](qint64 id) { editEscalation(id); },
                                    [this](qint64 id) { removeEscalation(id); },
                                    [this](qint64 id) {
                                        if (const Escalation *e = m_workspace->items<Escalation>().find(id))
                                            Q_EMIT historyRequested(QStringLiteral("escalation"), id, e->ref);
                                    }},
                                   this);
    QTableView *view = m_table->view();
    const std::pair<int, int> widths[] = {
        {EscalationModel::Ref, 110},        {EscalationModel::Raised, 85},  {EscalationModel::RaisedBy, 200},
        {EscalationModel::RaisedWith, 200}, {EscalationModel::Reason, 160}, {EscalationModel::Level, 190},
        {EscalationModel::Resolved, 85},    {EscalationModel::Days, 50},    {EscalationModel::Learning, 260}};
    // Never narrower than the header's words (which translations lengthen).
    for (const auto &[column, width] : widths)
        view->setColumnWidth(column, std::max(width, view->horizontalHeader()->sectionSizeHint(column)));
    view->horizontalHeader()->setStretchLastSection(true);

    m_reasonFilter = new QComboBox(this);
    m_levelFilter = new QComboBox(this);
    m_agencyFilter = new QComboBox(this);
    // A width of their own, longer choices elided: the filters fit a 1024-pixel window.
    for (QComboBox *combo : {m_reasonFilter, m_levelFilter, m_agencyFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == m_agencyFilter ? 16 : 12);
    }
    m_stateFilter = new QComboBox(this);
    m_stateFilter->addItem(tr("Open or resolved"), int(AnyState));
    m_stateFilter->addItem(tr("Open"), int(Open));
    m_stateFilter->addItem(tr("Resolved"), int(Resolved));
    m_settingsButton = new QPushButton(tr("Levels and &reasons…"), this);
    m_importButton = new QPushButton(tr("I&mport…"), this);
    auto *filters = new QHBoxLayout;
    const auto labelled = [&](const QString &text, QComboBox *combo) {
        auto *label = new QLabel(text, this);
        label->setBuddy(combo);
        filters->addWidget(label);
        filters->addWidget(combo);
    };
    labelled(tr("R&eason:"), m_reasonFilter);
    labelled(tr("&Level:"), m_levelFilter);
    labelled(tr("A&gency:"), m_agencyFilter);
    filters->addWidget(m_stateFilter);
    filters->addStretch(1);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("escalationDetail"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setWidget(m_detail);
    auto *detailBox = new QGroupBox(tr("The escalation chosen"), this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->addWidget(detailScroll);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *log = new QWidget(this);
    auto *logLayout = new QVBoxLayout(log);
    logLayout->addLayout(filters);
    logLayout->addWidget(splitter, 1);

    // Trends: a year's quarters (table and chart), its agency pairs and reasons.
    m_yearCombo = new QComboBox(this);
    m_trendSummary = new QLabel(this);
    m_trendSummary->setWordWrap(true);
    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    const QStringList counts{tr("Raised"), tr("Resolved"), tr("Median days")};
    m_quarters = newTrendTable(QStringList{tr("Quarter")} + counts + QStringList{tr("Open at its end")}, this);
    m_pairs = newTrendTable(QStringList{tr("Raised by → raised with")} + counts, this);
    m_reasons = newTrendTable(QStringList{tr("Reason")} + counts, this);
    auto *yearRow = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearCombo);
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_yearCombo);
    yearRow->addWidget(m_trendSummary, 1);
    const auto boxed = [this](const QString &title, QWidget *w) {
        auto *box = new QGroupBox(title, this);
        auto *l = new QVBoxLayout(box);
        l->addWidget(w);
        return box;
    };
    auto *top = new QHBoxLayout;
    top->addWidget(boxed(tr("By quarter"), m_quarters), 2);
    top->addWidget(m_chart, 3);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(boxed(tr("By agency pair"), m_pairs), 3);
    bottom->addWidget(boxed(tr("By reason"), m_reasons), 2);
    auto *trends = new QWidget(this);
    auto *trendsLayout = new QVBoxLayout(trends);
    trendsLayout->addLayout(yearRow);
    trendsLayout->addLayout(top, 1);
    trendsLayout->addLayout(bottom, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(log, tr("&Log"));
    m_tabs->addTab(trends, tr("&Trends"));
    // Import and the board's levels and reasons belong to the page: beside the tabs.
    auto *corner = new QDialogButtonBox(this);
    corner->addButton(m_importButton, QDialogButtonBox::ActionRole);
    corner->addButton(m_settingsButton, QDialogButtonBox::ActionRole);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    for (QComboBox *combo : {m_reasonFilter, m_levelFilter, m_agencyFilter, m_stateFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &EscalationsPage::applyFilters);
    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, &EscalationsPage::showTrends);
    connect(m_settingsButton, &QPushButton::clicked, this, [this] {
        EscalationSettingsDialog dialog(m_workspace, this);
        dialog.exec();
    });
    connect(m_importButton, &QPushButton::clicked, this, &EscalationsPage::importFile);
    connect(m_table, &EntityTablePanel::currentIdChanged, this, &EscalationsPage::showEscalation);
    connect(m_model, &TableModelBase::editRejected, this, &EscalationsPage::showRejected);
    connect(m_detail, &QLabel::linkActivated, this, [this](const QString &link) { Q_EMIT linkRequested(QUrl(link)); });
    // The filters' choices come from the agencies, reasons and levels; the trends from the log.
    workspace->notifier()->subscribe({kindOf<Agency>(), kindOf<EscalationReason>(), kindOf<EscalationSettings>()}, this,
                                     [this] { refillChoices(); });
    workspace->notifier()->subscribe({kindOf<Escalation>(), kindOf<EscalationAction>(), kindOf<Action>()}, this,
                                     [this] {
                                         showEscalation(m_shownId);
                                         showTrends();
                                     });
    m_table->setReadOnly(workspace->isReadOnly());
    m_importButton->setEnabled(!workspace->isReadOnly());
    refillChoices();
    setAsOf(m_asOf);
    if (m_table->proxy()->rowCount() > 0)
        view->selectRow(0); // the pane follows through currentIdChanged
    else
        showEscalation(0);
}

EscalationsPage::~EscalationsPage() = default;

void EscalationsPage::focusSearch()
{
    m_tabs->setCurrentIndex(0);
    m_table->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_table->searchEdit()->selectAll();
}

void EscalationsPage::setAsOf(const QDate &day)
{
    m_asOf = day;
    // The years from the log's first to the one the day falls in, newest first.
    const int fyStart = m_workspace->board().fyStartMonth;
    const int current = Period::containing(day, Period::Kind::Year, fyStart).financialYear();
    int first = current;
    for (const Escalation &e : m_workspace->items<Escalation>())
        if (e.raised.isValid())
            first = std::min(first, Period::containing(e.raised, Period::Kind::Year, fyStart).financialYear());
    {
        const QSignalBlocker block(m_yearCombo);
        const QVariant chosen = m_yearCombo->currentData();
        m_yearCombo->clear();
        for (int y = current; y >= first; --y)
            m_yearCombo->addItem(Period::yearLabel(y, fyStart), y);
        m_yearCombo->setCurrentIndex(std::max(0, m_yearCombo->findData(chosen)));
    }
    showTrends();
}

void EscalationsPage::refillChoices()
{
    QList<QPair<QString, QVariant>> reasons;
    for (const EscalationReason &r : m_workspace->items<EscalationReason>())
        reasons.append({r.name, r.id});
    refill(m_reasonFilter, tr("Any reason"), reasons);
    QList<QPair<QString, QVariant>> levels;
    const EscalationSettings &s = m_workspace->items<EscalationSettings>().value();
    for (int level = 1; level <= s.highestLevel(); ++level)
        levels.append({tr("%1 %2").arg(level).arg(s.levelName(level)), level});
    refill(m_levelFilter, tr("Any level"), levels);
    std::vector<const Agency *> sorted;
    for (const Agency &a : m_workspace->items<Agency>())
        sorted.push_back(&a);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Agency *a, const Agency *b) { return a->name.localeAwareCompare(b->name) < 0; });
    QList<QPair<QString, QVariant>> agencies;
    for (const Agency *a : sorted)
        agencies.append({a->name, a->id});
    refill(m_agencyFilter, tr("Any agency"), agencies);
    applyFilters();
}

bool EscalationsPage::openLink(const QUrl &link)
{
    const qint64 id = PageLink::idOf(link, QStringLiteral("escalation"));
    if (!m_workspace->items<Escalation>().find(id))
        return false;
    m_tabs->setCurrentIndex(0);
    clearFilters(); // whatever was left on could hide it
    m_table->showEntry(id);
    return true;
}

void EscalationsPage::clearFilters()
{
    m_table->resetFilters({m_reasonFilter, m_levelFilter, m_agencyFilter, m_stateFilter});
    applyFilters();
}

void EscalationsPage::applyFilters()
{
    const QVariant reason = m_reasonFilter->currentData();
    const QVariant level = m_levelFilter->currentData();
    const QVariant agency = m_agencyFilter->currentData();
    const int state = m_stateFilter->currentData().toInt();
    const qint64 reasonId = reason.isValid() ? reason.toLongLong() : 0;
    const int levelWanted = level.isValid() ? level.toInt() : 0;
    const qint64 agencyId = agency.isValid() ? agency.toLongLong() : 0;
    if (reasonId == 0 && levelWanted == 0 && agencyId == 0 && state == AnyState) {
        m_table->proxy()->setRowFilter({});
        return;
    }
    m_table->proxy()->setRowFilter([=](int row) {
        const Escalation &e = m_model->itemAt(row);
        if (reasonId != 0 && e.reasonId != reasonId)
            return false;
        if (levelWanted != 0 && e.level != levelWanted)
            return false;
        // An agency on either side: what it raised and what was raised with it.
        if (agencyId != 0 && e.raisedByAgencyId != agencyId && e.raisedWithAgencyId != agencyId)
            return false;
        return state == AnyState || (state == Resolved) == e.isResolved();
    });
}

QString EscalationsPage::detailText() const
{
    QTextDocument doc;
    doc.setHtml(m_detail->text());
    return doc.toPlainText();
}

void EscalationsPage::showEscalation(qint64 id)
{
    const Escalation *e = m_workspace->items<Escalation>().find(id);
    m_shownId = e ? id : 0;
    if (!e) {
        m_detail->setText(tr("Choose an escalation to see how it was resolved, what was learnt and the actions "
                             "taken."));
        return;
    }
    m_detail->setText(EscalationDetail::html(*m_workspace, *e, m_asOf));
}

void EscalationsPage::addEscalation()
{
    Escalation fresh;
    fresh.raised = QDate::currentDate();
    if (!m_workspace->items<EscalationReason>().items().empty())
        fresh.reasonId = m_workspace->items<EscalationReason>().at(0).id;
    EscalationDialog dialog(fresh, {}, *m_workspace, this);
    qint64 added = 0;
    dialog.setSubmit([&](QString *error) {
        const Escalation e = dialog.escalation();
        const QList<PrivacyField> fields{
            {{QStringLiteral("escalation"), 0, {}, QStringLiteral("ref")}, tr("Case reference"), e.ref},
            {{QStringLiteral("escalation"), 0, {}, QStringLiteral("resolution")}, tr("Resolution"), e.resolution},
            {{QStringLiteral("escalation"), 0, {}, QStringLiteral("learning")}, tr("Learning"), e.learning}};
        return PrivacyCheck::save(
            this, m_workspace, fields,
            [&](QString *why, qint64 *newId) {
                const bool ok = EscalationEdits(*m_workspace).add(e, dialog.actionIds(), why, &added);
                if (newId)
                    *newId = added;
                return ok;
            },
            error);
    });
    if (dialog.exec() == QDialog::Accepted && added) {
        clearFilters(); // so that the new escalation shows
        m_table->selectId(added);
    }
}

void EscalationsPage::editEscalation(qint64 id)
{
    const Escalation *stored = m_workspace->items<Escalation>().find(id);
    if (!stored)
        return;
    EscalationDialog dialog(*stored, EscalationEdits(*m_workspace).actionsOf(id), *m_workspace, this);
    if (!m_workspace->isReadOnly())
        dialog.setSubmit([&](QString *error) {
            const Escalation e = dialog.escalation();
            const QList<PrivacyField> fields{
                {{QStringLiteral("escalation"), id, {}, QStringLiteral("ref")}, tr("Case reference"), e.ref},
                {{QStringLiteral("escalation"), id, {}, QStringLiteral("resolution")}, tr("Resolution"), e.resolution},
                {{QStringLiteral("escalation"), id, {}, QStringLiteral("learning")}, tr("Learning"), e.learning}};
            return PrivacyCheck::save(
                this, m_workspace, fields,
                [&](QString *why, qint64 *) { return EscalationEdits(*m_workspace).save(e, dialog.actionIds(), why); },
                error);
        });
    dialog.exec();
}

void EscalationsPage::removeEscalation(qint64 id)
{
    const Escalation *e = m_workspace->items<Escalation>().find(id);
    if (!e)
        return;
    if (!confirmDelete(this, tr("Delete %1?").arg(KindTraits<Escalation>::deleteQuestion(*e)),
                       tr("The actions linked to it are kept.")))
        return;
    QString error;
    if (!m_workspace->remove<Escalation>(id, &error))
        showRejected(error);
}

void EscalationsPage::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import escalations"), QString(),
                                                      tr("Spreadsheets (*.csv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    EscalationImportDialog dialog(m_workspace, path, this);
    dialog.exec();
}

void EscalationsPage::showTrends()
{
    const int year = m_yearCombo->currentData().toInt();
    if (year == 0)
        return;
    const EscalationTrends t = escalationTrends(*m_workspace, year, m_asOf);
    const ValueFormat format;
    m_quarters->setRowCount(int(t.quarters.size()));
    QList<EscalationQuarterBar> bars;
    int raised = 0;
    int resolved = 0;
    for (int i = 0; i < t.quarters.size(); ++i) {
        const EscalationTally &q = t.byQuarter.at(i);
        m_quarters->setItem(i, 0, new QTableWidgetItem(t.quarters.at(i).label()));
        m_quarters->setItem(i, 1, numberItem(format.count(q.raised())));
        m_quarters->setItem(i, 2, numberItem(format.count(q.resolved())));
        m_quarters->setItem(i, 3, numberItem(medianText(q.medianDaysToResolve())));
        m_quarters->setItem(i, 4, numberItem(format.count(q.open())));
        bars.append({t.quarters.at(i).shortLabel(), q.raised(), q.resolved()});
        raised += q.raised();
        resolved += q.resolved();
    }
    const auto fill = [&](QTableWidget *table, const QList<EscalationCount> &rows) {
        table->setRowCount(int(rows.size()));
        for (int i = 0; i < rows.size(); ++i) {
            table->setItem(i, 0, new QTableWidgetItem(rows.at(i).name));
            table->setItem(i, 1, numberItem(format.count(rows.at(i).raised)));
            table->setItem(i, 2, numberItem(format.count(rows.at(i).resolved)));
            table->setItem(i, 3, numberItem(medianText(rows.at(i).medianDays)));
        }
        for (int c = 1; c < table->columnCount(); ++c)
            table->resizeColumnToContents(c);
    };
    fill(m_pairs, t.byPair);
    fill(m_reasons, t.byReason);
    for (int c = 1; c < m_quarters->columnCount(); ++c)
        m_quarters->resizeColumnToContents(c);
    const EscalationTally whole = escalationYear(*m_workspace, year, m_asOf);
    m_trendSummary->setText(tr("%1 raised and %2 resolved in the year to %3; median %4 days to resolve; %5 open.")
                                .arg(format.count(raised), format.count(resolved),
                                     format.date(std::min(m_asOf, t.quarters.last().end())),
                                     medianText(whole.medianDaysToResolve()), format.count(whole.open())));
    auto chart = buildEscalationChart(tr("Escalations raised and resolved, %1").arg(m_yearCombo->currentText()), bars,
                                      ChartStyle::screen());
    QChart *old = m_chart->chart();
    m_chart->setChart(chart.release());
    delete old;
}

void EscalationsPage::showRejected(const QString &message)
{
    QMessageBox::warning(this, tr("Not changed"), message);
}

} // namespace assure
