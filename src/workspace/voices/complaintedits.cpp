// The complaints log's edits: an entry and its actions as one step, the settings as one step, an
// import as one step.
#include "workspace/voices/complaintedits.h"

#include "core/valueformat.h"
#include "interchange/tablefile.h"
#include "interchange/voices/complaintimport.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/linkedits.h"
#include "workspace/workspace.h"

#include <QFileInfo>

#include <algorithm>

namespace assure {

QList<qint64> ComplaintEdits::actionsOf(qint64 complaintId) const
{
    return linkedIds(m_ws, &ComplaintAction::complaintId, complaintId, &ComplaintAction::actionId);
}

bool ComplaintEdits::checked(const Complaint &complaint, const QList<qint64> &actionIds, QString *error) const
{
    if (m_ws.refuseWhenReadOnly(error) ||
        !Workspace::acceptable(KindTraits<Complaint>::problems(m_ws, complaint), error))
        return false;
    QString gone;
    if (!m_ws.items<Agency>().find(complaint.agencyId))
        gone = tr("The agency chosen is no longer in the board file.");
    if (!allStillThere<Action>(m_ws, actionIds))
        gone = tr("One of the actions chosen is no longer in the board file.");
    if (!gone.isEmpty() && error)
        *error = gone;
    return gone.isEmpty();
}

void ComplaintEdits::relink(qint64 complaintId, const QList<qint64> &actionIds, ChangeSet &changes) const
{
    relinkOwner(m_ws, &ComplaintAction::complaintId, complaintId, &ComplaintAction::actionId, actionIds, changes);
}

bool ComplaintEdits::add(const Complaint &complaint, const QList<qint64> &actionIds, QString *error, qint64 *id)
{
    if (!checked(complaint, actionIds, error))
        return false;
    Complaint added = complaint;
    KindTraits<Complaint>::prepareNew(added);
    added.id = nextItemId<Complaint>(m_ws);
    ChangeSet changes;
    changes.insert(added);
    relink(added.id, actionIds, changes);
    if (!m_ws.execute(KindTraits<Complaint>::addText(m_ws, added), std::move(changes), error))
        return false;
    if (id)
        *id = added.id;
    return true;
}

bool ComplaintEdits::save(const Complaint &complaint, const QList<qint64> &actionIds, QString *error)
{
    const Complaint *before = m_ws.items<Complaint>().find(complaint.id);
    if (!before) {
        if (error)
            *error = tr("That entry is no longer in the board file.");
        return false;
    }
    if (!checked(complaint, actionIds, error))
        return false;
    ChangeSet changes;
    if (*before != complaint)
        changes.update(*before, complaint);
    relink(complaint.id, actionIds, changes);
    if (changes.isEmpty())
        return true;
    return m_ws.execute(KindTraits<Complaint>::editText(m_ws, complaint), std::move(changes), error);
}

bool ComplaintEdits::saveSettings(const ComplaintSettings &settings, const QList<ComplaintHoliday> &holidays,
                                  QString *error)
{
    if (m_ws.refuseWhenReadOnly(error) || !Workspace::acceptable(settings.problems(), error))
        return false;
    ChangeSet changes;
    const ComplaintSettings &before = m_ws.items<ComplaintSettings>().value();
    if (before != settings)
        changes.update(before, settings);
    QList<QDate> wanted;
    for (const ComplaintHoliday &h : holidays) {
        if (!Workspace::acceptable(h.problems(), error))
            return false;
        if (wanted.contains(h.day)) {
            if (error)
                *error = tr("%1 is given twice as a day off.").arg(ValueFormat().date(h.day));
            return false;
        }
        wanted << h.day;
    }
    for (const ComplaintHoliday &stored : m_ws.items<ComplaintHoliday>()) {
        const auto same = std::find_if(holidays.begin(), holidays.end(),
                                       [&](const ComplaintHoliday &h) { return h.day == stored.day; });
        if (same == holidays.end()) {
            changes.remove(stored);
        } else if (same->name != stored.name) {
            ComplaintHoliday renamed = stored;
            renamed.name = same->name;
            changes.update(stored, renamed);
        }
    }
    for (const ComplaintHoliday &h : holidays) {
        const bool stored = std::any_of(m_ws.items<ComplaintHoliday>().begin(), m_ws.items<ComplaintHoliday>().end(),
                                        [&](const ComplaintHoliday &s) { return s.day == h.day; });
        if (!stored) {
            ComplaintHoliday added = h;
            added.id = 0;
            changes.insert(added);
        }
    }
    if (changes.isEmpty())
        return true;
    return m_ws.execute(KindTraits<ComplaintSettings>::editText(), std::move(changes), error);
}

ComplaintImportContext ComplaintEdits::importContext() const
{
    ComplaintImportContext context;
    context.complaints = QList<Complaint>(m_ws.items<Complaint>().begin(), m_ws.items<Complaint>().end());
    for (const Agency &a : m_ws.items<Agency>()) {
        context.agencyIds.insert(a.name.trimmed().toLower(), a.id);
        context.agencyNames << a.name;
    }
    return context;
}

ComplaintImportPlan ComplaintEdits::planImportFile(const QString &path) const
{
    QString error;
    const std::optional<SourceTable> table = readTableFile(path, &error);
    if (!table) {
        ComplaintImportPlan plan;
        plan.error = error;
        return plan;
    }
    return planComplaintImport(*table, importContext());
}

int ComplaintEdits::applyImport(const ComplaintImportPlan &plan, const QString &source, QString *why)
{
    if (m_ws.refuseWhenReadOnly(why))
        return -1;
    ChangeSet changes;
    qint64 next = nextItemId<Complaint>(m_ws);
    int written = 0;
    for (const ComplaintImportRow &row : plan.rows) {
        if (!row.complaint || (row.status != ImportStatus::New && row.status != ImportStatus::Update))
            continue;
        if (row.status == ImportStatus::New) {
            Complaint added = *row.complaint;
            KindTraits<Complaint>::prepareNew(added);
            added.id = next++;
            changes.insert(added);
        } else if (const Complaint *stored = m_ws.items<Complaint>().find(row.complaint->id)) {
            changes.update(*stored, *row.complaint);
        }
        ++written;
    }
    if (changes.isEmpty())
        return 0;
    const QString text =
        tr("Import %n complaints and compliments from %1", nullptr, written).arg(QFileInfo(source).fileName());
    return m_ws.execute(text, std::move(changes), why) ? written : -1;
}

} // namespace assure
