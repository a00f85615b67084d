// The feedback log's edits: an entry and its links as one step, an import as one step.
#include "workspace/voices/feedbackedits.h"

#include "interchange/tablefile.h"
#include "interchange/voices/feedbackimport.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/board/boardkinds.h"
#include "workspace/workspace.h"

#include <QFileInfo>

namespace assure {

namespace {

// A change set names the ids of the entries it inserts, since their links refer to them. The file
// gives a new row the highest id plus one too, and undo takes the newest rows away first, so the
// two never meet.
qint64 nextFeedbackId(const Workspace &ws)
{
    const auto &items = ws.items<Feedback>().items();
    return items.empty() ? 1 : items.back().id + 1; // the store is in id order
}

// The links of one kind made these ids: kept, removed and added, in the order given.
template <class Link>
void relinkKind(const Workspace &ws, qint64 feedbackId, const QList<qint64> &ids, qint64 Link::*member,
                ChangeSet &changes)
{
    QList<qint64> kept;
    for (const Link &l : ws.items<Link>()) {
        if (l.feedbackId != feedbackId)
            continue;
        if (ids.contains(l.*member) && !kept.contains(l.*member))
            kept << l.*member;
        else
            changes.remove(l);
    }
    for (qint64 id : ids)
        if (!kept.contains(id)) {
            Link added;
            added.feedbackId = feedbackId;
            added.*member = id;
            changes.insert(added);
            kept << id;
        }
}

} // namespace

FeedbackLinks FeedbackEdits::linksOf(qint64 feedbackId) const
{
    FeedbackLinks out;
    for (const FeedbackThemeLink &l : m_ws.items<FeedbackThemeLink>())
        if (l.feedbackId == feedbackId)
            out.themeIds << l.themeId;
    for (const FeedbackAction &l : m_ws.items<FeedbackAction>())
        if (l.feedbackId == feedbackId)
            out.actionIds << l.actionId;
    return out;
}

bool FeedbackEdits::checked(const Feedback &entry, const FeedbackLinks &links, QString *error) const
{
    if (m_ws.refuseWhenReadOnly(error) || !Workspace::acceptable(KindTraits<Feedback>::problems(m_ws, entry), error))
        return false;
    QString gone;
    if (entry.agencyId != 0 && !m_ws.items<Agency>().find(entry.agencyId))
        gone = tr("Agency: the agency chosen is no longer in the board file.");
    for (qint64 id : links.themeIds)
        if (!m_ws.items<FeedbackTheme>().find(id))
            gone = tr("Themes: one of the themes chosen is no longer in the board file.");
    for (qint64 id : links.actionIds)
        if (!m_ws.items<Action>().find(id))
            gone = tr("Actions: one of the actions chosen is no longer in the board file.");
    if (!gone.isEmpty() && error)
        *error = gone;
    return gone.isEmpty();
}

void FeedbackEdits::relink(qint64 feedbackId, const FeedbackLinks &links, ChangeSet &changes) const
{
    relinkKind<FeedbackThemeLink>(m_ws, feedbackId, links.themeIds, &FeedbackThemeLink::themeId, changes);
    relinkKind<FeedbackAction>(m_ws, feedbackId, links.actionIds, &FeedbackAction::actionId, changes);
}

bool FeedbackEdits::add(const Feedback &entry, const FeedbackLinks &links, QString *error, qint64 *id)
{
    if (!checked(entry, links, error))
        return false;
    Feedback added = entry;
    KindTraits<Feedback>::prepareNew(added);
    added.id = nextFeedbackId(m_ws);
    ChangeSet changes;
    changes.insert(added);
    relink(added.id, links, changes);
    if (!m_ws.execute(KindTraits<Feedback>::addText(m_ws, added), std::move(changes), error))
        return false;
    if (id)
        *id = added.id;
    return true;
}

bool FeedbackEdits::save(const Feedback &entry, const FeedbackLinks &links, QString *error)
{
    const Feedback *before = m_ws.items<Feedback>().find(entry.id);
    if (!before) {
        if (error)
            *error = tr("That feedback entry is no longer in the board file.");
        return false;
    }
    if (!checked(entry, links, error))
        return false;
    Feedback after = entry;
    after.summary = after.summary.trimmed();
    after.whatChanged = after.whatChanged.trimmed();
    ChangeSet changes;
    if (*before != after)
        changes.update(*before, after);
    relink(entry.id, links, changes);
    if (changes.isEmpty())
        return true;
    return m_ws.execute(KindTraits<Feedback>::editText(m_ws, after), std::move(changes), error);
}

FeedbackImportContext FeedbackEdits::importContext() const
{
    FeedbackImportContext context;
    for (const Agency &a : m_ws.items<Agency>()) {
        context.agencies.insert(a.name.trimmed().toLower(), a.id);
        context.agencyNames << a.name;
    }
    for (const FeedbackTheme &t : m_ws.items<FeedbackTheme>()) {
        context.themes.insert(t.name.trimmed().toLower(), t.id);
        context.themeNames << t.name;
    }
    context.entries = QList<Feedback>(m_ws.items<Feedback>().begin(), m_ws.items<Feedback>().end());
    return context;
}

FeedbackImportPlan FeedbackEdits::planFile(const QString &path) const
{
    QString error;
    const std::optional<SourceTable> table = readTableFile(path, &error);
    if (!table) {
        FeedbackImportPlan plan;
        plan.error = error;
        return plan;
    }
    return planFeedbackImport(*table, importContext());
}

int FeedbackEdits::applyImport(const FeedbackImportPlan &plan, const QString &source, QString *why)
{
    if (m_ws.refuseWhenReadOnly(why))
        return -1;
    ChangeSet changes;
    qint64 next = nextFeedbackId(m_ws);
    int written = 0;
    for (const FeedbackImportRow &row : plan.rows) {
        if (!row.entry || row.status != ImportStatus::New)
            continue;
        Feedback added = *row.entry;
        KindTraits<Feedback>::prepareNew(added);
        added.id = next++;
        changes.insert(added);
        for (qint64 themeId : row.themeIds) {
            FeedbackThemeLink link;
            link.feedbackId = added.id;
            link.themeId = themeId;
            changes.insert(link);
        }
        ++written;
    }
    if (changes.isEmpty())
        return 0;
    const QString text = tr("Import %n feedback entries from %1", nullptr, written).arg(QFileInfo(source).fileName());
    return m_ws.execute(text, std::move(changes), why) ? written : -1;
}

} // namespace assure
