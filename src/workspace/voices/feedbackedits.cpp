// The feedback log's edits: an entry and its links as one step, an import as one step.
#include "workspace/voices/feedbackedits.h"

#include "interchange/tablefile.h"
#include "interchange/voices/feedbackimport.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/board/boardkinds.h"
#include "workspace/linkedits.h"
#include "workspace/workspace.h"

#include <QFileInfo>

namespace assure {

FeedbackLinks FeedbackEdits::linksOf(qint64 feedbackId) const
{
    return {linkedIds(m_ws, &FeedbackThemeLink::feedbackId, feedbackId, &FeedbackThemeLink::themeId),
            linkedIds(m_ws, &FeedbackAction::feedbackId, feedbackId, &FeedbackAction::actionId)};
}

bool FeedbackEdits::checked(const Feedback &entry, const FeedbackLinks &links, QString *error) const
{
    if (m_ws.refuseWhenReadOnly(error) || !Workspace::acceptable(KindTraits<Feedback>::problems(m_ws, entry), error))
        return false;
    QString gone;
    if (entry.agencyId != 0 && !m_ws.items<Agency>().find(entry.agencyId))
        gone = tr("Agency: the agency chosen is no longer in the board file.");
    if (!allStillThere<FeedbackTheme>(m_ws, links.themeIds))
        gone = tr("Themes: one of the themes chosen is no longer in the board file.");
    if (!allStillThere<Action>(m_ws, links.actionIds))
        gone = tr("Actions: one of the actions chosen is no longer in the board file.");
    if (!gone.isEmpty() && error)
        *error = gone;
    return gone.isEmpty();
}

void FeedbackEdits::relink(qint64 feedbackId, const FeedbackLinks &links, ChangeSet &changes) const
{
    relinkOwner(m_ws, &FeedbackThemeLink::feedbackId, feedbackId, &FeedbackThemeLink::themeId, links.themeIds, changes);
    relinkOwner(m_ws, &FeedbackAction::feedbackId, feedbackId, &FeedbackAction::actionId, links.actionIds, changes);
}

bool FeedbackEdits::add(const Feedback &entry, const FeedbackLinks &links, QString *error, qint64 *id)
{
    if (!checked(entry, links, error))
        return false;
    Feedback added = entry;
    KindTraits<Feedback>::prepareNew(added);
    added.id = nextItemId<Feedback>(m_ws);
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
    qint64 next = nextItemId<Feedback>(m_ws);
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
