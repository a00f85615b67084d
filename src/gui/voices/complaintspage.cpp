// The Complaints page: the log, its filters, the chosen entry's learning and actions, and the figures.
#include "gui/voices/complaintspage.h"

#include "core/valueformat.h"
#include "gui/confirmdelete.h"
#include "gui/entitytablepanel.h"
#include "gui/pagelink.h"
#include "gui/privacy/privacycheck.h"
#include "gui/statuschipdelegate.h"
#include "gui/voices/complaintdialog.h"
#include "gui/voices/complaintfiguresview.h"
#include "gui/voices/complaintimportdialog.h"
#include "gui/voices/complaintsettingsdialog.h"
#include "models/searchproxymodel.h"
#include "models/voices/complaintmodel.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/voices/complaintedits.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
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
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace assure {

namespace {

QComboBox *filterCombo(QWidget *parent, const QString &any)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(any, -1);
    return combo;
}

} // namespace

ComplaintsPage::ComplaintsPage(Workspace *workspace, QWidget *parent)
    : Page(parent), m_workspace(workspace), m_model(new ComplaintModel(workspace, this)),
      m_importAction(new QAction(tr("Import &complaints and compliments…"), this))
{
    m_table = new EntityTablePanel(m_model, tr("entry"), tr("complaints and compliments"),
                                   {[this] { addEntry(); }, [this](qint64 id) { editEntry(id); },
                                    [this](qint64 id) { removeEntry(id); },
                                    [this](qint64 id) {
                                        if (const Complaint *c = m_workspace->items<Complaint>().find(id))
                                            Q_EMIT historyRequested(QStringLiteral("complaint"), id, c->reference);
                                    }},
                                   this);
    QTableView *view = m_table->view();
    view->setItemDelegateForColumn(
        ComplaintModel::TimelinessColumn,
        new StatusChipDelegate(ComplaintModel::StatusColourRole, ComplaintModel::StatusTextRole, view));
    QStringList timelinessWords;
    for (Timeliness t : allTimeliness())
        timelinessWords << timelinessLabel(t);
    const std::pair<int, int> widths[] = {
        {ComplaintModel::Reference, 100},     {ComplaintModel::Received, 85},  {ComplaintModel::AgencyColumn, 220},
        {ComplaintModel::KindColumn, 90},     {ComplaintModel::Theme, 150},    {ComplaintModel::Stage, 50},
        {ComplaintModel::OutcomeColumn, 100}, {ComplaintModel::Responded, 85}, {ComplaintModel::Days, 45}};
    // Never narrower than the header's words (which translations lengthen).
    for (const auto &[column, width] : widths)
        view->setColumnWidth(column, std::max(width, view->horizontalHeader()->sectionSizeHint(column)));
    view->setColumnWidth(ComplaintModel::TimelinessColumn,
                         std::max(view->horizontalHeader()->sectionSizeHint(ComplaintModel::TimelinessColumn),
                                  StatusChipDelegate::columnWidthFor(timelinessWords, view->font())));
    view->horizontalHeader()->setStretchLastSection(false);
    m_table->setSpareWidthColumn(ComplaintModel::Theme, 16);

    m_kindFilter = filterCombo(this, tr("Any kind"));
    for (ComplaintKind k : allComplaintKinds())
        m_kindFilter->addItem(complaintKindLabel(k), int(k));
    m_agencyFilter = filterCombo(this, tr("Any agency"));
    m_outcomeFilter = filterCombo(this, tr("Any outcome"));
    m_outcomeFilter->addItem(tr("Not decided"), int(ComplaintOutcome::None));
    for (ComplaintOutcome o : allComplaintOutcomes())
        m_outcomeFilter->addItem(complaintOutcomeLabel(o), int(o));
    m_timelinessFilter = filterCombo(this, tr("In time or not"));
    for (Timeliness t : allTimeliness())
        m_timelinessFilter->addItem(timelinessLabel(t), int(t));
    // Agencies' names are long: a width of its own, longer names elided, so the filters fit a
    // 1024-pixel window.
    m_agencyFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_agencyFilter->setMinimumContentsLength(16);
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_agencyFilter->setObjectName(QStringLiteral("agencyFilter"));
    m_outcomeFilter->setObjectName(QStringLiteral("outcomeFilter"));
    m_timelinessFilter->setObjectName(QStringLiteral("timelinessFilter"));
    m_showAll = new QPushButton(tr("Show a&ll"), this);
    m_settingsButton = new QPushButton(tr("&Target and days off…"), this);
    // Two rows, so that the filters fit a 1024-pixel window.
    auto *filters = new QGridLayout;
    const std::pair<const char *, QComboBox *> labelled[] = {{QT_TR_NOOP("&Kind:"), m_kindFilter},
                                                             {QT_TR_NOOP("A&gency:"), m_agencyFilter},
                                                             {QT_TR_NOOP("&Outcome:"), m_outcomeFilter},
                                                             {QT_TR_NOOP("T&imeliness:"), m_timelinessFilter}};
    int at = 0;
    for (const auto &[caption, combo] : labelled) {
        auto *label = new QLabel(tr(caption), this);
        label->setBuddy(combo);
        filters->addWidget(label, at / 2, (at % 2) * 2);
        filters->addWidget(combo, at / 2, (at % 2) * 2 + 1);
        ++at;
    }
    filters->addWidget(m_showAll, 1, 4);
    filters->setColumnStretch(5, 1);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("complaintDetail"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setWidget(m_detail);
    auto *detailBox = new QGroupBox(tr("The entry chosen"), this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->addWidget(detailScroll);

    auto *logTab = new QWidget(this);
    auto *splitter = new QSplitter(Qt::Vertical, logTab);
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    // Room for the learning and its actions without scrolling, in most cases.
    detailBox->setMinimumHeight(fontMetrics().lineSpacing() * 9);
    splitter->setChildrenCollapsible(false);
    auto *logLayout = new QVBoxLayout(logTab);
    logLayout->addLayout(filters);
    logLayout->addWidget(splitter, 1);

    m_figures = new ComplaintFiguresView(workspace, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(logTab, tr("&Log"));
    m_tabs->addTab(m_figures, tr("&Figures"));
    // The target and days off are the page's own settings: beside the tabs, out of the filters' way.
    m_tabs->setCornerWidget(m_settingsButton, Qt::TopRightCorner);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    m_importAction->setObjectName(QStringLiteral("importComplaintsAction"));
    m_importAction->setEnabled(!workspace->isReadOnly());
    connect(m_importAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import complaints and compliments"), QString(),
                                                          tr("Spreadsheets (*.csv *.xlsx)"));
        if (!path.isEmpty())
            importFile(path);
    });
    for (QComboBox *combo : {m_kindFilter, m_agencyFilter, m_outcomeFilter, m_timelinessFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &ComplaintsPage::applyFilters);
    // The panel filters by the search itself: here only Show all follows it, so that a keystroke
    // filters the 20,000 rows once, not twice.
    connect(m_table->searchEdit(), &QLineEdit::textChanged, this, [this] { m_showAll->setEnabled(isFiltered()); });
    connect(m_showAll, &QPushButton::clicked, this, &ComplaintsPage::clearFilters);
    connect(m_settingsButton, &QPushButton::clicked, this, [this] {
        ComplaintSettingsDialog dialog(m_workspace, this);
        dialog.exec();
    });
    connect(m_table, &EntityTablePanel::currentIdChanged, this, &ComplaintsPage::showEntry);
    connect(m_model, &TableModelBase::editRejected, this, &ComplaintsPage::showRejected);
    connect(m_detail, &QLabel::linkActivated, this, [this](const QString &link) { Q_EMIT linkRequested(QUrl(link)); });
    workspace->notifier()->subscribe({kindOf<Agency>()}, this, [this] { fillAgencies(); });
    // Timeliness is read against the target and days off: the filters ask again when they change.
    workspace->notifier()->subscribe({kindOf<ComplaintSettings>(), kindOf<ComplaintHoliday>()}, this,
                                     [this] { applyFilters(); });
    workspace->notifier()->subscribe({kindOf<Complaint>(), kindOf<ComplaintAction>(), kindOf<Action>(),
                                      kindOf<Agency>(), kindOf<ComplaintSettings>(), kindOf<ComplaintHoliday>()},
                                     this, [this] {
                                         showEntry(m_shownId);
                                         m_figures->refresh();
                                     });
    m_table->setReadOnly(workspace->isReadOnly());
    fillAgencies();
    applyFilters();
    view->sortByColumn(ComplaintModel::Received, Qt::DescendingOrder);
    if (m_table->proxy()->rowCount() > 0)
        view->selectRow(0); // the pane follows through currentIdChanged
    else
        showEntry(0);
}

ComplaintsPage::~ComplaintsPage() = default;

QStringList ComplaintsPage::views() const
{
    return {QStringLiteral("log"), QStringLiteral("figures")};
}

void ComplaintsPage::showView(const QString &view)
{
    const int index = int(views().indexOf(view));
    if (index >= 0)
        m_tabs->setCurrentIndex(index);
}

void ComplaintsPage::focusSearch()
{
    m_tabs->setCurrentIndex(0);
    m_table->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_table->searchEdit()->selectAll();
}

void ComplaintsPage::setAsOf(const QDate &day)
{
    m_model->setAsOf(day);
    m_figures->setAsOf(day);
    applyFilters();
    showEntry(m_shownId);
}

void ComplaintsPage::fillAgencies()
{
    const QVariant chosen = m_agencyFilter->currentData();
    const QSignalBlocker blocker(m_agencyFilter);
    while (m_agencyFilter->count() > 1)
        m_agencyFilter->removeItem(1);
    QList<const Agency *> agencies;
    for (const Agency &a : m_workspace->items<Agency>())
        agencies << &a;
    std::sort(agencies.begin(), agencies.end(),
              [](const Agency *a, const Agency *b) { return a->name.localeAwareCompare(b->name) < 0; });
    for (const Agency *a : agencies)
        m_agencyFilter->addItem(a->name, a->id);
    m_agencyFilter->setCurrentIndex(qMax(0, m_agencyFilter->findData(chosen)));
}

bool ComplaintsPage::openLink(const QUrl &link)
{
    const qint64 id = PageLink::idOf(link, QStringLiteral("complaint"));
    if (!m_workspace->items<Complaint>().find(id))
        return false;
    m_tabs->setCurrentIndex(0);
    clearFilters(); // whatever was left on could hide it
    m_table->showEntry(id);
    return true;
}

void ComplaintsPage::clearFilters()
{
    m_table->resetFilters({m_kindFilter, m_agencyFilter, m_outcomeFilter, m_timelinessFilter});
    applyFilters();
}

void ComplaintsPage::applyFilters()
{
    const int kind = m_kindFilter->currentData().toInt();
    const qint64 agency = m_agencyFilter->currentData().toLongLong();
    const int outcome = m_outcomeFilter->currentData().toInt();
    const int timeliness = m_timelinessFilter->currentData().toInt();
    m_table->proxy()->setRowFilter([=](int row) {
        const Complaint &c = m_model->itemAt(row);
        if ((kind >= 0 && int(c.kind) != kind) || (agency >= 0 && c.agencyId != agency) ||
            (outcome >= 0 && int(c.outcome) != outcome))
            return false;
        return timeliness < 0 || int(m_model->timingAt(row).state) == timeliness;
    });
    m_showAll->setEnabled(isFiltered());
}

bool ComplaintsPage::isFiltered() const
{
    for (const QComboBox *combo : {m_kindFilter, m_agencyFilter, m_outcomeFilter, m_timelinessFilter})
        if (combo->currentIndex() > 0)
            return true;
    return !m_table->searchEdit()->text().isEmpty();
}

QString ComplaintsPage::detailText() const
{
    QTextDocument doc;
    doc.setHtml(m_detail->text());
    return doc.toPlainText();
}

void ComplaintsPage::showEntry(qint64 id)
{
    const Complaint *c = m_workspace->items<Complaint>().find(id);
    m_shownId = c ? id : 0;
    if (!c) {
        m_detail->setText(tr("Choose an entry to see its timeliness, learning and the actions that followed."));
        return;
    }
    const ValueFormat format;
    const ComplaintTiming t = m_model->timingOf(*c);
    const auto para = [](const QString &caption, const QString &text) {
        return QStringLiteral("<p><b>%1</b> %2</p>").arg(caption.toHtmlEscaped(), text);
    };
    const Agency *agency = m_workspace->items<Agency>().find(c->agencyId);
    QString html =
        QStringLiteral("<p><b>%1</b> %2</p>")
            .arg(c->reference.toHtmlEscaped(),
                 tr("%1 to %2, received %3")
                     .arg(complaintKindLabel(c->kind), agency ? agency->name : QString(), format.date(c->received))
                     .toHtmlEscaped());
    if (c->kind == ComplaintKind::Complaint)
        html += para(tr("Stage and outcome:"),
                     tr("%1; %2")
                         .arg(complaintStageLabel(c->stage), c->outcome == ComplaintOutcome::None
                                                                 ? tr("no outcome yet")
                                                                 : complaintOutcomeLabel(c->outcome))
                         .toHtmlEscaped());
    const QString timing = t.days >= 0
                               ? tr("answered %1 after %n working days: %2", nullptr, t.days)
                                     .arg(format.date(c->responded), timelinessLabel(t.state))
                               : tr("%1, to be answered by %2").arg(timelinessLabel(t.state), format.date(t.due));
    html += para(tr("Timeliness:"), timing.toHtmlEscaped());
    html += para(tr("Learning:"), c->learning.isEmpty() ? tr("none recorded") : c->learning.toHtmlEscaped());
    QStringList actions;
    for (qint64 actionId : ComplaintEdits(*m_workspace).actionsOf(id))
        if (const Action *a = m_workspace->items<Action>().find(actionId))
            actions << QStringLiteral("<a href=\"%1\">%2</a> %3 (%4)")
                           .arg(PageLink::action(actionId).toString(QUrl::FullyEncoded), a->ref.toHtmlEscaped(),
                                a->title.toHtmlEscaped(), actionStatusLabel(a->status).toHtmlEscaped());
    html += para(tr("Actions that followed:"),
                 actions.isEmpty() ? tr("none linked") : actions.join(QStringLiteral("<br>")));
    m_detail->setText(html);
}

void ComplaintsPage::addEntry()
{
    Complaint fresh;
    fresh.received = QDate::currentDate();
    ComplaintDialog dialog(fresh, {}, *m_workspace, this);
    qint64 added = 0;
    dialog.setSubmit([&](QString *error) {
        const Complaint c = dialog.complaint();
        const QList<PrivacyField> fields{
            {{QStringLiteral("complaint"), 0, {}, QStringLiteral("reference")}, tr("Reference"), c.reference},
            {{QStringLiteral("complaint"), 0, {}, QStringLiteral("theme")}, tr("Theme"), c.theme},
            {{QStringLiteral("complaint"), 0, {}, QStringLiteral("learning")}, tr("Learning"), c.learning}};
        return PrivacyCheck::save(
            this, m_workspace, fields,
            [&](QString *e, qint64 *newId) {
                const bool ok = ComplaintEdits(*m_workspace).add(c, dialog.actionIds(), e, &added);
                if (newId)
                    *newId = added;
                return ok;
            },
            error);
    });
    if (dialog.exec() == QDialog::Accepted && added) {
        clearFilters(); // so that the new entry shows
        m_table->selectId(added);
    }
}

void ComplaintsPage::editEntry(qint64 id)
{
    const Complaint *c = m_workspace->items<Complaint>().find(id);
    if (!c)
        return;
    ComplaintDialog dialog(*c, ComplaintEdits(*m_workspace).actionsOf(id), *m_workspace, this);
    if (!m_workspace->isReadOnly())
        dialog.setSubmit([&](QString *error) {
            const Complaint edited = dialog.complaint();
            const QList<PrivacyField> fields{
                {{QStringLiteral("complaint"), id, {}, QStringLiteral("reference")}, tr("Reference"), edited.reference},
                {{QStringLiteral("complaint"), id, {}, QStringLiteral("theme")}, tr("Theme"), edited.theme},
                {{QStringLiteral("complaint"), id, {}, QStringLiteral("learning")}, tr("Learning"), edited.learning}};
            return PrivacyCheck::save(
                this, m_workspace, fields,
                [&](QString *e, qint64 *) { return ComplaintEdits(*m_workspace).save(edited, dialog.actionIds(), e); },
                error);
        });
    dialog.exec();
}

void ComplaintsPage::removeEntry(qint64 id)
{
    const Complaint *c = m_workspace->items<Complaint>().find(id);
    if (!c)
        return;
    if (!confirmDelete(this, tr("Delete %1?").arg(KindTraits<Complaint>::deleteQuestion(*c)),
                       tr("The actions linked to it are kept.")))
        return;
    QString error;
    if (!m_workspace->remove<Complaint>(id, &error))
        showRejected(error);
}

void ComplaintsPage::importFile(const QString &path)
{
    ComplaintImportDialog dialog(m_workspace, path, this);
    if (dialog.exec() == QDialog::Accepted && dialog.written() > 0)
        Q_EMIT statusMessage(tr("Imported %n complaints and compliments from %1", nullptr, dialog.written()).arg(path));
}

void ComplaintsPage::showRejected(const QString &message)
{
    QMessageBox::warning(this, tr("Not changed"), message);
}

} // namespace assure
