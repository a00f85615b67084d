// The Findings and recommendations tab of the Audits page.
#include "gui/audits/findingspanel.h"

#include "core/actions/actionrules.h"
#include "core/audits/recommendationprogress.h"
#include "core/valueformat.h"
#include "gui/audits/findingdialogs.h"
#include "gui/confirmdelete.h"
#include "gui/pagelink.h"
#include "gui/privacy/privacycheck.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/workspace.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace assure {

namespace {

// A finding's or recommendation's words, as the anonymisation guard checks them before they are saved.
PrivacyField textField(const char *table, qint64 id, const QString &text)
{
    return PrivacyField{{QString::fromLatin1(table), id, {}, QStringLiteral("text")}, FindingsPanel::tr("Text"), text};
}

// Adds the item and gives the id it took, for an acceptance recorded with it: the file gives a new
// row the largest id.
template <class T> bool addItem(Workspace *workspace, const T &item, QString *error, qint64 *newId)
{
    if (!workspace->add(item, error))
        return false;
    for (const T &t : workspace->items<T>())
        *newId = std::max(*newId, t.id);
    return true;
}

} // namespace

namespace {

constexpr int IdRole = Qt::UserRole;        // the finding's, recommendation's or action's id
constexpr int WhatRole = Qt::UserRole + 1;  // "finding", "recommendation", "action" or "heading"
constexpr int OwnerRole = Qt::UserRole + 2; // an action's recommendation

// Good practice first: it is to be shared as readily as the shortfalls are, so it never sits last.
const FindingKind kKindOrder[] = {FindingKind::GoodPractice, FindingKind::Strength, FindingKind::AreaForImprovement};

QTreeWidget *newTree(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setColumnCount(int(headers.size()));
    tree->setHeaderLabels(headers);
    tree->setWordWrap(true);
    tree->setUniformRowHeights(false);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The words take what is left; a status column is as wide as its longest word.
    const QFontMetrics metrics(tree->font());
    const QString samples[] = {QString(), QStringLiteral("Impact evidenced")};
    for (int c = 1; c < tree->columnCount() && c < int(std::size(samples)); ++c) {
        tree->header()->setSectionResizeMode(c, QHeaderView::Interactive);
        tree->header()->resizeSection(
            c, std::max(tree->header()->sectionSizeHint(c), metrics.horizontalAdvance(samples[c]) + 16));
    }
    return tree;
}

QPushButton *newButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

FindingsPanel::FindingsPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_asOf(QDate::currentDate()),
      m_findings(newTree({tr("Findings")}, QStringLiteral("findingsTree"), this)),
      m_recommendations(newTree({tr("Recommendation"), tr("Progress")}, QStringLiteral("recommendationsTree"), this)),
      m_editButton(newButton(tr("&Edit…"), QStringLiteral("editButton"), this)),
      m_deleteButton(newButton(tr("&Delete"), QStringLiteral("deleteButton"), this)),
      m_createActionButton(newButton(tr("&Create action"), QStringLiteral("createActionButton"), this)),
      m_openActionButton(newButton(tr("&Open action"), QStringLiteral("openActionButton"), this)),
      m_addFindingButton(newButton(tr("Add &finding…"), QStringLiteral("addFindingButton"), this)),
      m_addRecommendationButton(newButton(tr("Add &recommendation…"), QStringLiteral("addRecommendationButton"), this)),
      m_fullText(new QLabel(this))
{
    m_fullText->setObjectName(QStringLiteral("fullText"));
    m_fullText->setWordWrap(true);
    m_fullText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fullText->setAccessibleName(tr("Selected finding or recommendation"));
    m_createActionButton->setToolTip(tr("Open the action editor for a new action answering the selected finding or "
                                        "recommendation"));
    m_openActionButton->setToolTip(tr("Show the selected action on the Actions page"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_findings);
    splitter->addWidget(m_recommendations);
    splitter->setChildrenCollapsible(false);
    auto *adding = new QHBoxLayout;
    adding->addWidget(m_addFindingButton);
    adding->addWidget(m_addRecommendationButton);
    adding->addStretch();
    auto *acting = new QHBoxLayout;
    for (QPushButton *b : {m_editButton, m_deleteButton, m_createActionButton, m_openActionButton})
        acting->addWidget(b);
    acting->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_fullText);
    layout->addLayout(adding);
    layout->addLayout(acting);

    // One selection at a time across the two trees, so the buttons never wonder which is meant.
    for (QTreeWidget *tree : {m_findings, m_recommendations}) {
        connect(tree, &QTreeWidget::itemSelectionChanged, this, [this, tree] {
            if (!tree->selectedItems().isEmpty()) {
                m_lastTree = tree;
                QTreeWidget *other = tree == m_findings ? m_recommendations : m_findings;
                const QSignalBlocker quiet(other);
                other->clearSelection();
            }
            updateButtons();
        });
        connect(tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            if (item->data(0, WhatRole).toString() == QLatin1String("action"))
                openAction(item);
            else
                editSelected();
        });
    }
    connect(m_addFindingButton, &QPushButton::clicked, this, &FindingsPanel::addFinding);
    connect(m_addRecommendationButton, &QPushButton::clicked, this, &FindingsPanel::addRecommendation);
    connect(m_editButton, &QPushButton::clicked, this, &FindingsPanel::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &FindingsPanel::deleteSelected);
    connect(m_createActionButton, &QPushButton::clicked, this, &FindingsPanel::createAction);
    connect(m_openActionButton, &QPushButton::clicked, this, [this] {
        const auto items = m_recommendations->selectedItems();
        if (!items.isEmpty())
            openAction(items.first());
    });
    workspace->notifier()->subscribe(
        {kindOf<Finding>(), kindOf<Recommendation>(), kindOf<Action>(), kindOf<Agency>(), kindOf<Audit>()}, this,
        [this] { refresh(); });
    refresh();
}

void FindingsPanel::setAsOf(const QDate &day)
{
    m_asOf = day;
    refresh();
}

void FindingsPanel::setAudit(qint64 id)
{
    m_auditId = m_workspace->items<Audit>().find(id) ? id : 0;
    refresh();
}

QString FindingsPanel::headingOf(FindingKind kind) const
{
    for (int i = 0; i < m_findings->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_findings->topLevelItem(i);
        if (item->data(0, IdRole).toInt() == int(kind))
            return item->text(0);
    }
    return {};
}

void FindingsPanel::refresh()
{
    if (!m_workspace->items<Audit>().find(m_auditId))
        m_auditId = 0;
    // The same item stays selected across a refresh (an edit, an undo), when it is still there.
    const auto [what, id] = selected();
    fillFindings();
    fillRecommendations();
    QTreeWidget *tree = what == QLatin1String("finding") ? m_findings : m_recommendations;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->data(0, WhatRole).toString() == what && (*it)->data(0, IdRole).toLongLong() == id)
            (*it)->setSelected(true);
    updateButtons();
}

void FindingsPanel::fillFindings()
{
    const QSignalBlocker quiet(m_findings);
    m_findings->clear();
    if (m_auditId == 0)
        return;
    QFont heading = m_findings->font();
    heading.setBold(true);
    for (FindingKind kind : kKindOrder) {
        auto *head = new QTreeWidgetItem(m_findings);
        head->setData(0, IdRole, int(kind));
        head->setData(0, WhatRole, QStringLiteral("heading"));
        head->setFont(0, heading);
        head->setFlags(Qt::ItemIsEnabled);
        int count = 0;
        for (const Finding &f : m_workspace->items<Finding>()) {
            if (f.auditId != m_auditId || f.kind != kind)
                continue;
            auto *item = new QTreeWidgetItem(head, {f.text});
            item->setData(0, IdRole, f.id);
            item->setData(0, WhatRole, QStringLiteral("finding"));
            item->setToolTip(0, f.text);
            ++count;
        }
        head->setText(0, tr("%1 (%2)").arg(findingKindLabel(kind), QLocale().toString(count)));
        if (count == 0) {
            auto *none = new QTreeWidgetItem(head, {tr("None recorded")});
            none->setFlags(Qt::NoItemFlags);
        }
    }
    m_findings->expandAll();
}

void FindingsPanel::fillRecommendations()
{
    const QSignalBlocker quiet(m_recommendations);
    m_recommendations->clear();
    if (m_auditId == 0)
        return;
    const ValueFormat format;
    QHash<qint64, QList<Action>> answering; // by recommendation
    for (const Action &a : m_workspace->items<Action>())
        if (a.sourceKind == ActionSource::Recommendation && a.sourceId != 0)
            answering[a.sourceId].append(a);
    for (const Recommendation &r : m_workspace->items<Recommendation>()) {
        if (r.auditId != m_auditId)
            continue;
        const Agency *owner = m_workspace->items<Agency>().find(r.ownerAgencyId);
        const QList<Action> actions = answering.value(r.id);
        const RecommendationRollUp rollUp = rollUpRecommendation(actions, m_asOf);
        QString progress = recommendationProgressLabel(rollUp.progress);
        progress[0] = progress[0].toUpper();
        auto *item = new QTreeWidgetItem(m_recommendations, {r.text, progress});
        item->setToolTip(0, r.text);
        item->setToolTip(1, rollUp.parts());
        item->setData(0, IdRole, r.id);
        item->setData(0, WhatRole, QStringLiteral("recommendation"));
        // Under the words, the parts of the roll-up (never a verdict without its reasons), who owns
        // it and when the board accepted it, then each action: a narrow pane keeps two columns.
        const QString owned = owner ? tr("Owned by %1").arg(owner->name) : tr("No owner agency");
        const QString accepted = r.accepted.isValid() ? tr("accepted by the board on %1").arg(format.date(r.accepted))
                                                      : tr("not yet accepted by the board");
        for (const QString &line : {rollUp.parts(), tr("%1; %2.").arg(owned, accepted)}) {
            auto *about = new QTreeWidgetItem(item, {line});
            about->setFirstColumnSpanned(true);
            about->setFlags(Qt::ItemIsEnabled);
            about->setData(0, WhatRole, QStringLiteral("about"));
            about->setData(0, OwnerRole, r.id);
        }
        for (const Action &a : actions) {
            const Agency *agency = m_workspace->items<Agency>().find(a.ownerAgencyId);
            QStringList facts;
            if (agency)
                facts << agency->name;
            if (a.due.isValid())
                facts << tr("due %1").arg(format.date(a.due));
            if (isOverdue(a, m_asOf))
                facts << tr("overdue");
            const QString words = facts.isEmpty() ? tr("%1 %2").arg(a.ref, a.title)
                                                  : tr("%1 %2 (%3)").arg(a.ref, a.title, facts.join(tr(", ")));
            auto *child = new QTreeWidgetItem(item, {words, actionStatusLabel(a.status)});
            child->setData(0, IdRole, a.id);
            child->setData(0, WhatRole, QStringLiteral("action"));
            child->setData(0, OwnerRole, r.id);
            child->setToolTip(0, tr("%1\nEnter or double-click opens this action on the Actions page").arg(words));
        }
    }
    m_recommendations->expandAll();
}

std::pair<QString, qint64> FindingsPanel::selected() const
{
    if (!m_lastTree || m_lastTree->selectedItems().isEmpty())
        return {};
    const QTreeWidgetItem *item = m_lastTree->selectedItems().constFirst();
    const QString what = item->data(0, WhatRole).toString();
    if (what == QLatin1String("finding") || what == QLatin1String("recommendation"))
        return {what, item->data(0, IdRole).toLongLong()};
    if (what == QLatin1String("action") || what == QLatin1String("about"))
        return {QStringLiteral("recommendation"), item->data(0, OwnerRole).toLongLong()};
    return {};
}

void FindingsPanel::updateButtons()
{
    const bool writable = m_auditId != 0 && !m_workspace->isReadOnly();
    const bool chosen = !selected().first.isEmpty();
    m_addFindingButton->setEnabled(writable);
    m_addRecommendationButton->setEnabled(writable);
    m_editButton->setEnabled(writable && chosen);
    m_deleteButton->setEnabled(writable && chosen);
    m_createActionButton->setEnabled(writable && chosen);
    const QList<QTreeWidgetItem *> lines = m_lastTree ? m_lastTree->selectedItems() : QList<QTreeWidgetItem *>();
    m_fullText->setText(lines.isEmpty() ? QString() : lines.first()->text(0));
    m_fullText->setVisible(!lines.isEmpty());
    const auto items = m_recommendations->selectedItems();
    m_openActionButton->setEnabled(!items.isEmpty() &&
                                   items.first()->data(0, WhatRole).toString() == QLatin1String("action"));
}

void FindingsPanel::addFinding()
{
    if (m_auditId == 0)
        return;
    Finding f;
    f.auditId = m_auditId;
    FindingDialog dialog(f, this);
    dialog.setSubmit([&](QString *error) {
        const Finding written = dialog.finding();
        return PrivacyCheck::save(
            &dialog, m_workspace, {textField("audit_finding", written.id, written.text)},
            [&](QString *e, qint64 *newId) { return addItem(m_workspace, written, e, newId); }, error);
    });
    dialog.exec();
}

void FindingsPanel::addRecommendation()
{
    if (m_auditId == 0)
        return;
    Recommendation r;
    r.auditId = m_auditId;
    RecommendationDialog dialog(r, *m_workspace, this);
    dialog.setSubmit([&](QString *error) {
        const Recommendation written = dialog.recommendation();
        return PrivacyCheck::save(
            &dialog, m_workspace, {textField("audit_recommendation", written.id, written.text)},
            [&](QString *e, qint64 *newId) { return addItem(m_workspace, written, e, newId); }, error);
    });
    dialog.exec();
}

void FindingsPanel::editSelected()
{
    const auto [what, id] = selected();
    if (what == QLatin1String("finding")) {
        if (const Finding *f = m_workspace->items<Finding>().find(id)) {
            FindingDialog dialog(*f, this);
            dialog.setSubmit([&](QString *error) {
                const Finding edited = dialog.finding();
                return PrivacyCheck::save(
                    &dialog, m_workspace, {textField("audit_finding", edited.id, edited.text)},
                    [&](QString *e, qint64 *) { return m_workspace->update(edited, e); }, error);
            });
            dialog.exec();
        }
    } else if (what == QLatin1String("recommendation")) {
        if (const Recommendation *r = m_workspace->items<Recommendation>().find(id)) {
            RecommendationDialog dialog(*r, *m_workspace, this);
            dialog.setSubmit([&](QString *error) {
                const Recommendation edited = dialog.recommendation();
                return PrivacyCheck::save(
                    &dialog, m_workspace, {textField("audit_recommendation", edited.id, edited.text)},
                    [&](QString *e, qint64 *) { return m_workspace->update(edited, e); }, error);
            });
            dialog.exec();
        }
    }
}

void FindingsPanel::deleteSelected()
{
    const auto [what, id] = selected();
    const bool finding = what == QLatin1String("finding");
    if (!finding && what != QLatin1String("recommendation"))
        return;
    const ActionSource source = finding ? ActionSource::Finding : ActionSource::Recommendation;
    int answering = 0;
    for (const Action &a : m_workspace->items<Action>())
        answering += a.sourceKind == source && a.sourceId == id;
    const QString consequence = answering == 0 ? tr("No action answers it.")
                                : answering == 1
                                    ? tr("One action answers it and is kept.")
                                    : tr("%1 actions answer it and are kept.").arg(QLocale().toString(answering));
    if (!confirmDelete(this, finding ? tr("Delete this finding?") : tr("Delete this recommendation?"), consequence))
        return;
    QString error;
    const bool done =
        finding ? m_workspace->remove<Finding>(id, &error) : m_workspace->remove<Recommendation>(id, &error);
    if (!done && !error.isEmpty())
        Q_EMIT rejected(error);
}

void FindingsPanel::createAction()
{
    const auto [what, id] = selected();
    if (!what.isEmpty() && id != 0)
        Q_EMIT linkRequested(PageLink::newAction(what, id));
}

void FindingsPanel::openAction(QTreeWidgetItem *item)
{
    if (item && item->data(0, WhatRole).toString() == QLatin1String("action"))
        Q_EMIT linkRequested(PageLink::action(item->data(0, IdRole).toLongLong()));
}

} // namespace assure
