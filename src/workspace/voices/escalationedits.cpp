// The escalation log's edits: an escalation and its actions as one step, the settings as one
// step, an import as one step.
#include "workspace/voices/escalationedits.h"

#include "interchange/voices/escalationimport.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/board/boardkinds.h"
#include "workspace/linkedits.h"
#include "workspace/workspace.h"

#include <QFileInfo>

namespace assure {

QList<qint64> EscalationEdits::actionsOf(qint64 escalationId) const
{
    return linkedIds(m_ws, &EscalationAction::escalationId, escalationId, &EscalationAction::actionId);
}

bool EscalationEdits::checked(const Escalation &e, const QList<qint64> &actionIds, QString *error) const
{
    if (m_ws.refuseWhenReadOnly(error) || !Workspace::acceptable(KindTraits<Escalation>::problems(m_ws, e), error))
        return false;
    QString gone;
    for (qint64 agency : {e.raisedByAgencyId, e.raisedWithAgencyId})
        if (!m_ws.items<Agency>().find(agency))
            gone = tr("One of the agencies chosen is no longer in the board file.");
    if (!m_ws.items<EscalationReason>().find(e.reasonId))
        gone = tr("The reason chosen is no longer in the board file.");
    if (!allStillThere<Action>(m_ws, actionIds))
        gone = tr("One of the actions chosen is no longer in the board file.");
    if (!gone.isEmpty() && error)
        *error = gone;
    return gone.isEmpty();
}

void EscalationEdits::relink(qint64 escalationId, const QList<qint64> &actionIds, ChangeSet &changes) const
{
    relinkOwner(m_ws, &EscalationAction::escalationId, escalationId, &EscalationAction::actionId, actionIds, changes);
}

bool EscalationEdits::add(const Escalation &e, const QList<qint64> &actionIds, QString *error, qint64 *id)
{
    if (!checked(e, actionIds, error))
        return false;
    Escalation added = e;
    KindTraits<Escalation>::prepareNew(added);
    added.id = nextItemId<Escalation>(m_ws);
    ChangeSet changes;
    changes.insert(added);
    relink(added.id, actionIds, changes);
    if (!m_ws.execute(KindTraits<Escalation>::addText(m_ws, added), std::move(changes), error))
        return false;
    if (id)
        *id = added.id;
    return true;
}

bool EscalationEdits::save(const Escalation &e, const QList<qint64> &actionIds, QString *error)
{
    const Escalation *before = m_ws.items<Escalation>().find(e.id);
    if (!before) {
        if (error)
            *error = tr("That escalation is no longer in the board file.");
        return false;
    }
    if (!checked(e, actionIds, error))
        return false;
    ChangeSet changes;
    if (*before != e)
        changes.update(*before, e);
    relink(e.id, actionIds, changes);
    if (changes.isEmpty())
        return true;
    return m_ws.execute(KindTraits<Escalation>::editText(m_ws, e), std::move(changes), error);
}

bool EscalationEdits::saveSettings(const EscalationSettings &settings, const QList<EscalationReason> &reasons,
                                   QString *error)
{
    if (m_ws.refuseWhenReadOnly(error) ||
        !Workspace::acceptable(KindTraits<EscalationSettings>::problems(m_ws, settings), error))
        return false;
    QStringList names;
    for (const EscalationReason &r : reasons) {
        if (!Workspace::acceptable(r.problems(), error))
            return false;
        const QString name = r.name.trimmed().toLower();
        if (names.contains(name)) {
            if (error)
                *error = tr("The reason “%1” is given twice.").arg(r.name.trimmed());
            return false;
        }
        names << name;
    }
    ChangeSet changes;
    const EscalationSettings &before = m_ws.items<EscalationSettings>().value();
    if (before != settings)
        changes.update(before, settings);
    for (const EscalationReason &stored : m_ws.items<EscalationReason>()) {
        const auto kept =
            std::find_if(reasons.begin(), reasons.end(), [&](const EscalationReason &r) { return r.id == stored.id; });
        if (kept == reasons.end()) {
            for (const Escalation &e : m_ws.items<Escalation>())
                if (e.reasonId == stored.id) {
                    if (error)
                        *error = tr("The reason “%1” is given by escalations on record; it cannot be deleted.")
                                     .arg(stored.name);
                    return false;
                }
            changes.remove(stored);
        } else if (kept->name.trimmed() != stored.name) {
            EscalationReason renamed = *kept;
            renamed.name = renamed.name.trimmed();
            changes.update(stored, renamed);
        }
    }
    for (const EscalationReason &r : reasons)
        if (r.id == 0) {
            EscalationReason added = r;
            KindTraits<EscalationReason>::prepareNew(added);
            changes.insert(added);
        }
    if (changes.isEmpty())
        return true;
    return m_ws.execute(tr("Edit escalation levels and reasons"), std::move(changes), error);
}

EscalationImportContext EscalationEdits::importContext() const
{
    EscalationImportContext context;
    context.escalations = QList<Escalation>(m_ws.items<Escalation>().begin(), m_ws.items<Escalation>().end());
    for (const Agency &a : m_ws.items<Agency>()) {
        context.agencyIds.insert(a.name.trimmed().toLower(), a.id);
        context.agencyNames << a.name;
    }
    for (const EscalationReason &r : m_ws.items<EscalationReason>()) {
        context.reasonIds.insert(r.name.trimmed().toLower(), r.id);
        context.reasonNames << r.name;
    }
    context.highestLevel = m_ws.items<EscalationSettings>().value().highestLevel();
    return context;
}

int EscalationEdits::applyImport(const EscalationImportPlan &plan, const QString &source, QString *why)
{
    if (m_ws.refuseWhenReadOnly(why))
        return -1;
    ChangeSet changes;
    int written = 0;
    for (const EscalationImportRow &row : plan.rows) {
        if (!row.escalation || (row.status != ImportStatus::New && row.status != ImportStatus::Update))
            continue;
        if (row.status == ImportStatus::New) {
            Escalation added = *row.escalation;
            KindTraits<Escalation>::prepareNew(added);
            changes.insert(added);
        } else if (const Escalation *stored = m_ws.items<Escalation>().find(row.escalation->id)) {
            changes.update(*stored, *row.escalation);
        }
        ++written;
    }
    if (changes.isEmpty())
        return 0;
    const QString text = tr("Import %n escalations from %1", nullptr, written).arg(QFileInfo(source).fileName());
    return m_ws.execute(text, std::move(changes), why) ? written : -1;
}

} // namespace assure
