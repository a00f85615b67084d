// The Feedback page: the log with its filters and detail, and "You said, we did".
#include "gui/voices/feedbackpage.h"

#include "core/period.h"
#include "core/valueformat.h"
#include "gui/confirmdelete.h"
#include "gui/entitytablepanel.h"
#include "gui/pagelink.h"
#include "gui/privacy/privacycheck.h"
#include "gui/voices/feedbackdialog.h"
#include "gui/voices/feedbackimportdialog.h"
#include "gui/voices/feedbackthemesdialog.h"
#include "gui/voices/yousaidpanel.h"
#include "models/searchproxymodel.h"
#include "models/voices/feedbackmodel.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/board/boardkinds.h"
#include "workspace/voices/feedbackedits.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace assure {

namespace {

// The financial year an entry falls in, by the year it starts.
int startYearOf(const QDate &date, int fyStartMonth)
{
    return date.month() >= fyStartMonth ? date.year() : date.year() - 1;
}

QComboBox *filterCombo(const QString &anyText, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(anyText, qint64(-1));
    // A width of its own, longer choices elided: the filters fit a 1024-pixel window.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(14);
    return combo;
}

} // namespace

FeedbackPage::FeedbackPage(Workspace *workspace, QWidget *parent)
    : Page(parent), m_workspace(workspace), m_model(new FeedbackModel(workspace, this)),
      m_importAction(new QAction(tr("&Feedback Log…"), this))
{
    m_table = new EntityTablePanel(
        m_model, tr("entry"), tr("entries"),
        {[this] { addEntry(); }, [this](qint64 id) { editEntry(id); }, [this](qint64 id) { removeEntry(id); },
         [this](qint64 id) {
             if (const Feedback *f = m_workspace->items<Feedback>().find(id))
                 Q_EMIT historyRequested(QStringLiteral("feedback"), id, FeedbackKinds::label(*f));
         }},
        this);
    QTableView *view = m_table->view();
    const std::pair<int, int> widths[] = {{FeedbackModel::Date, 85},    {FeedbackModel::Voice, 150},
                                          {FeedbackModel::Method, 150}, {FeedbackModel::AgencyColumn, 180},
                                          {FeedbackModel::Themes, 200}, {FeedbackModel::Summary, 300},
                                          {FeedbackModel::Actions, 60}};
    // Never narrower than the header's words (which translations lengthen).
    for (const auto &[column, width] : widths)
        view->setColumnWidth(column, std::max(width, view->horizontalHeader()->sectionSizeHint(column)));
    view->horizontalHeader()->setStretchLastSection(false);
    m_table->setSpareWidthColumn(FeedbackModel::Summary, 30);
    view->sortByColumn(FeedbackModel::Date, Qt::DescendingOrder);

    m_voiceFilter = filterCombo(tr("Every voice"), this);
    for (FeedbackVoice v : allFeedbackVoices())
        m_voiceFilter->addItem(feedbackVoiceLabel(v), qint64(v));
    m_methodFilter = filterCombo(tr("Any way heard"), this);
    for (FeedbackMethod m : allFeedbackMethods())
        m_methodFilter->addItem(feedbackMethodLabel(m), qint64(m));
    m_agencyFilter = filterCombo(tr("Any agency"), this);
    m_themeFilter = filterCombo(tr("Any theme"), this);
    // Agencies' names are long: a little more room for them.
    m_agencyFilter->setMinimumContentsLength(20);
    m_yearFilter = filterCombo(tr("Every year"), this);
    m_themesButton = new QPushButton(tr("&Themes…"), this);
    // Two rows of three, so that the filters fit a 1024-pixel window.
    auto *filters = new QGridLayout;
    const std::pair<QString, QComboBox *> labelled[] = {{tr("&Voice:"), m_voiceFilter},
                                                        {tr("&How heard:"), m_methodFilter},
                                                        {tr("A&gency:"), m_agencyFilter},
                                                        {tr("T&heme:"), m_themeFilter},
                                                        {tr("&Year:"), m_yearFilter}};
    int at = 0;
    for (const auto &[text, combo] : labelled) {
        auto *label = new QLabel(text, this);
        label->setBuddy(combo);
        filters->addWidget(label, at / 3, (at % 3) * 2);
        filters->addWidget(combo, at / 3, (at % 3) * 2 + 1);
        ++at;
        connect(combo, &QComboBox::activated, this, &FeedbackPage::applyFilters);
    }
    filters->setColumnStretch(6, 1);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("feedbackDetail"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setWidgetResizable(true);
    detailScroll->setWidget(m_detail);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    // Room for the whole entry below the table: summary, what changed and its actions.
    splitter->setSizes({420, 220});
    splitter->setChildrenCollapsible(false);
    auto *log = new QWidget(this);
    auto *logLayout = new QVBoxLayout(log);
    logLayout->addLayout(filters);
    logLayout->addWidget(splitter, 1);

    m_youSaid = new YouSaidPanel(workspace, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(log, tr("&Log"));
    m_tabs->addTab(m_youSaid, tr("You said, &we did"));
    // The board's theme list is the page's own setting: beside the tabs, out of the filters' way.
    m_tabs->setCornerWidget(m_themesButton, Qt::TopRightCorner);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_themesButton, &QPushButton::clicked, this, [this] {
        FeedbackThemesDialog dialog(m_workspace, this);
        dialog.exec();
    });
    connect(m_importAction, &QAction::triggered, this, &FeedbackPage::chooseImport);
    m_importAction->setToolTip(tr("Import feedback log entries from a CSV or XLSX file"));
    connect(m_table, &EntityTablePanel::currentIdChanged, this, &FeedbackPage::showEntry);
    connect(m_model, &TableModelBase::editRejected, this, &FeedbackPage::showRejected);
    connect(m_detail, &QLabel::linkActivated, this, [this](const QString &link) { Q_EMIT linkRequested(QUrl(link)); });
    connect(m_youSaid, &YouSaidPanel::linkRequested, this, &FeedbackPage::linkRequested);
    // The filters' choices follow the board's agencies and themes, and the years entries are in.
    workspace->notifier()->subscribe({kindOf<Agency>(), kindOf<FeedbackTheme>(), kindOf<Feedback>(), kindOf<Board>()},
                                     this, [this] { refillChoices(); });
    workspace->notifier()->subscribe({kindOf<FeedbackThemeLink>()}, this, [this] { applyFilters(); });
    workspace->notifier()->subscribe({kindOf<Feedback>(), kindOf<FeedbackThemeLink>(), kindOf<FeedbackAction>(),
                                      kindOf<FeedbackTheme>(), kindOf<Agency>(), kindOf<Action>()},
                                     this, [this] { showEntry(m_shownId); });
    m_table->setReadOnly(workspace->isReadOnly());
    m_importAction->setEnabled(!workspace->isReadOnly());
    refillChoices();
    if (m_table->proxy()->rowCount() > 0)
        view->selectRow(0); // the pane follows through currentIdChanged
    else
        showEntry(0);
}

FeedbackPage::~FeedbackPage() = default;

void FeedbackPage::showView(const QString &view)
{
    m_tabs->setCurrentIndex(view == QLatin1String("you-said-we-did") ? 1 : 0);
}

void FeedbackPage::focusSearch()
{
    m_tabs->setCurrentIndex(0);
    m_table->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_table->searchEdit()->selectAll();
}

void FeedbackPage::refillChoices()
{
    const auto refill = [](QComboBox *combo, const QList<std::pair<QString, qint64>> &choices) {
        const qint64 chosen = combo->currentData().toLongLong();
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const auto &[text, value] : choices)
            combo->addItem(text, value);
        combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
    };
    QList<std::pair<QString, qint64>> agencies;
    for (const Agency &a : m_workspace->items<Agency>())
        agencies.append({a.name, a.id});
    std::sort(agencies.begin(), agencies.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    refill(m_agencyFilter, agencies);
    QList<std::pair<QString, qint64>> themes;
    for (const FeedbackTheme &t : m_workspace->items<FeedbackTheme>())
        themes.append({t.name, t.id});
    refill(m_themeFilter, themes);
    const int fyStart = m_workspace->board().fyStartMonth;
    QSet<int> startYears;
    for (const Feedback &f : m_workspace->items<Feedback>())
        if (f.date.isValid())
            startYears.insert(startYearOf(f.date, fyStart));
    QList<int> sorted(startYears.begin(), startYears.end());
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    QList<std::pair<QString, qint64>> years;
    for (int y : sorted)
        years.append({Period::yearLabel(y, fyStart), y});
    refill(m_yearFilter, years);
    applyFilters();
}

bool FeedbackPage::openLink(const QUrl &link)
{
    const qint64 id = PageLink::idOf(link, QStringLiteral("feedback"));
    if (!m_workspace->items<Feedback>().find(id))
        return false;
    m_tabs->setCurrentIndex(0);
    clearFilters(); // whatever was left on could hide it
    m_table->showEntry(id);
    return true;
}

void FeedbackPage::clearFilters()
{
    m_table->resetFilters({m_voiceFilter, m_methodFilter, m_agencyFilter, m_themeFilter, m_yearFilter});
    applyFilters();
}

void FeedbackPage::applyFilters()
{
    const qint64 voice = m_voiceFilter->currentData().toLongLong();
    const qint64 method = m_methodFilter->currentData().toLongLong();
    const qint64 agency = m_agencyFilter->currentData().toLongLong();
    const qint64 theme = m_themeFilter->currentData().toLongLong();
    const qint64 year = m_yearFilter->currentData().toLongLong();
    const int fyStart = m_workspace->board().fyStartMonth;
    QDate first, last;
    if (year >= 0) {
        const Period p = Period::year(int(year), fyStart);
        first = p.start();
        last = p.end();
    }
    if (voice < 0 && method < 0 && agency < 0 && theme < 0 && year < 0) {
        m_table->proxy()->setRowFilter({});
    } else {
        m_table->proxy()->setRowFilter([=](int row) {
            const Feedback &f = m_model->itemAt(row);
            if ((voice >= 0 && qint64(f.voice) != voice) || (method >= 0 && qint64(f.method) != method) ||
                (agency >= 0 && f.agencyId != agency) || (year >= 0 && (f.date < first || f.date > last)))
                return false;
            return theme < 0 || m_model->themeIdsOf(f.id).contains(theme);
        });
    }
    m_youSaid->setSpan(first, last);
}

QString FeedbackPage::detailText() const
{
    QTextDocument doc;
    doc.setHtml(m_detail->text());
    return doc.toPlainText();
}

void FeedbackPage::showEntry(qint64 id)
{
    const Feedback *f = m_workspace->items<Feedback>().find(id);
    m_shownId = f ? id : 0;
    if (!f) {
        m_detail->setText(tr("Choose an entry to see what was said, its themes and what changed because of it."));
        return;
    }
    const auto para = [](const QString &caption, const QString &text) {
        return QStringLiteral("<p><b>%1</b> %2</p>").arg(caption.toHtmlEscaped(), text);
    };
    const Agency *agency = m_workspace->items<Agency>().find(f->agencyId);
    QString html = para(tr("Heard:"), tr("%1, from a %2, by %3")
                                          .arg(ValueFormat().date(f->date), feedbackVoiceLabel(f->voice).toLower(),
                                               feedbackMethodLabel(f->method).toLower())
                                          .toHtmlEscaped());
    html += para(tr("Agency:"), agency ? agency->name.toHtmlEscaped() : tr("none named"));
    html += para(tr("Themes:"),
                 m_model->themeText(id).isEmpty() ? tr("none chosen") : m_model->themeText(id).toHtmlEscaped());
    html += para(tr("Summary:"), f->summary.toHtmlEscaped());
    html += para(tr("What changed:"),
                 f->whatChanged.isEmpty() ? tr("nothing written yet") : f->whatChanged.toHtmlEscaped());
    QStringList actions;
    for (qint64 actionId : m_model->actionIdsOf(id))
        if (const Action *a = m_workspace->items<Action>().find(actionId))
            actions << QStringLiteral("<a href=\"%1\">%2</a> %3 (%4)")
                           .arg(PageLink::action(actionId).toString(QUrl::FullyEncoded), a->ref.toHtmlEscaped(),
                                a->title.toHtmlEscaped(), actionStatusLabel(a->status).toHtmlEscaped());
    html += para(tr("Actions:"), actions.isEmpty() ? tr("none linked") : actions.join(QStringLiteral("<br>")));
    m_detail->setText(html);
}

void FeedbackPage::addEntry()
{
    Feedback fresh;
    fresh.date = QDate::currentDate();
    FeedbackDialog dialog(fresh, {}, *m_workspace, this);
    qint64 added = 0;
    dialog.setSubmit([&](QString *error) {
        const Feedback entry = dialog.entry();
        const QList<PrivacyField> fields = {
            {{QStringLiteral("feedback"), 0, {}, QStringLiteral("summary")}, tr("Summary"), entry.summary},
            {{QStringLiteral("feedback"), 0, {}, QStringLiteral("what_changed")},
             tr("What changed"),
             entry.whatChanged}};
        return PrivacyCheck::save(
            this, m_workspace, fields,
            [&](QString *e, qint64 *newId) {
                if (!FeedbackEdits(*m_workspace).add(entry, dialog.links(), e, &added))
                    return false;
                if (newId)
                    *newId = added;
                return true;
            },
            error);
    });
    if (dialog.exec() == QDialog::Accepted && added) {
        clearFilters(); // so that the new entry shows
        m_table->selectId(added);
    }
}

void FeedbackPage::editEntry(qint64 id)
{
    const Feedback *f = m_workspace->items<Feedback>().find(id);
    if (!f)
        return;
    FeedbackDialog dialog(*f, FeedbackEdits(*m_workspace).linksOf(id), *m_workspace, this);
    if (!m_workspace->isReadOnly())
        dialog.setSubmit([&](QString *error) {
            const Feedback entry = dialog.entry();
            const QList<PrivacyField> fields = {
                {{QStringLiteral("feedback"), id, {}, QStringLiteral("summary")}, tr("Summary"), entry.summary},
                {{QStringLiteral("feedback"), id, {}, QStringLiteral("what_changed")},
                 tr("What changed"),
                 entry.whatChanged}};
            return PrivacyCheck::save(
                this, m_workspace, fields,
                [&](QString *e, qint64 *) { return FeedbackEdits(*m_workspace).save(entry, dialog.links(), e); },
                error);
        });
    dialog.exec();
}

void FeedbackPage::removeEntry(qint64 id)
{
    const Feedback *f = m_workspace->items<Feedback>().find(id);
    if (!f || !confirmDelete(this, tr("Delete %1?").arg(KindTraits<Feedback>::deleteQuestion(*f)),
                             m_workspace->dependents<Feedback>(id)))
        return;
    QString error;
    if (!m_workspace->remove<Feedback>(id, &error))
        showRejected(error);
}

void FeedbackPage::chooseImport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import feedback"), folder, tr("Spreadsheets (*.csv *.xlsx)"));
    if (!path.isEmpty())
        importFile(path);
}

void FeedbackPage::importFile(const QString &path)
{
    FeedbackImportDialog dialog(m_workspace, FeedbackEdits(*m_workspace).planFile(path), QFileInfo(path).fileName(),
                                this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Imported %n feedback entries; Edit > Undo takes the whole import back.", nullptr,
                                dialog.rowsWritten()));
}

void FeedbackPage::showRejected(const QString &message)
{
    QMessageBox::warning(this, tr("Not changed"), message);
}

} // namespace assure
