// Undoable edits particular to audits: references, the programme's occurrences, planning, samples
// and moderation.
#include "workspace/audits/auditedits.h"

#include "core/yearreference.h"
#include "workspace/audits/caseedits.h"

#include <QSet>

#include <algorithm>

namespace assure {

namespace {

QString monthText(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

QString AuditEdits::nextReference(int year) const
{
    YearReference refs(QStringLiteral("AU"), year);
    for (const Audit &a : m_ws.items<Audit>())
        refs.note(a.ref);
    return refs.next();
}

bool AuditEdits::add(const Audit &audit, const QDate &today, QString *error, qint64 *id)
{
    Audit added = audit;
    if (added.ref.trimmed().isEmpty())
        added.ref = nextReference(today.year());
    if (!m_ws.add(added, error))
        return false;
    if (id)
        *id = m_ws.items<Audit>().items().back().id; // ids only grow, and the store is in id order
    return true;
}

const ProgrammeEntry *AuditEdits::entryFor(qint64 id, QString *error) const
{
    const ProgrammeEntry *entry = m_ws.items<ProgrammeEntry>().find(id);
    if (!entry && error)
        *error = tr("That programme entry is no longer in the board file.");
    return entry;
}

ProgrammeOccurrence AuditEdits::occurrence(qint64 entryId, const QDate &due) const
{
    for (const ProgrammeOccurrence &o : m_ws.items<ProgrammeOccurrence>())
        if (o.entryId == entryId && o.due == due)
            return o;
    ProgrammeOccurrence o;
    o.entryId = entryId;
    o.due = due;
    return o;
}

bool AuditEdits::saveOccurrence(const ProgrammeOccurrence &after, const QString &text, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    if (after.id == 0)
        return m_ws.add(after, error);
    const ProgrammeOccurrence *before = m_ws.items<ProgrammeOccurrence>().find(after.id);
    if (!before || !Workspace::acceptable(after.problems(), error))
        return false;
    if (*before == after)
        return true;
    ChangeSet changes;
    changes.update(*before, after);
    return m_ws.execute(text, std::move(changes), error);
}

bool AuditEdits::markDone(qint64 entryId, const QDate &due, qint64 auditId, const QDate &doneOn, QString *error)
{
    const ProgrammeEntry *entry = entryFor(entryId, error);
    if (!entry)
        return false;
    ProgrammeOccurrence o = occurrence(entryId, due);
    o.outcome = ProgrammeOccurrence::Outcome::Done;
    o.auditId = auditId;
    o.doneOn = doneOn;
    o.skipReason.clear();
    return saveOccurrence(o, tr("Mark %1 of “%2” done").arg(monthText(due), entry->subject), error);
}

bool AuditEdits::skip(qint64 entryId, const QDate &due, const QString &reason, QString *error)
{
    const ProgrammeEntry *entry = entryFor(entryId, error);
    if (!entry)
        return false;
    ProgrammeOccurrence o = occurrence(entryId, due);
    o.outcome = ProgrammeOccurrence::Outcome::Skipped;
    o.skipReason = reason.trimmed();
    o.auditId = 0;
    o.doneOn = QDate();
    return saveOccurrence(o, tr("Skip %1 of “%2”").arg(monthText(due), entry->subject), error);
}

bool AuditEdits::move(qint64 entryId, const QDate &due, const QDate &toMonth, QString *error)
{
    const ProgrammeEntry *entry = entryFor(entryId, error);
    if (!entry)
        return false;
    ProgrammeOccurrence o = occurrence(entryId, due);
    const QDate month(toMonth.year(), toMonth.month(), 1);
    o.moved = month == due ? QDate() : month;
    return saveOccurrence(o, tr("Move %1 of “%2” to %3").arg(monthText(due), entry->subject, monthText(month)), error);
}

bool AuditEdits::reopen(qint64 entryId, const QDate &due, QString *error)
{
    const ProgrammeEntry *entry = entryFor(entryId, error);
    if (!entry)
        return false;
    ProgrammeOccurrence o = occurrence(entryId, due);
    o.outcome = ProgrammeOccurrence::Outcome::Open;
    o.auditId = 0;
    o.doneOn = QDate();
    o.skipReason.clear();
    return saveOccurrence(o, tr("Reopen %1 of “%2”").arg(monthText(due), entry->subject), error);
}

bool AuditEdits::planFromOccurrence(qint64 entryId, const QDate &due, AuditType type, const QDate &today,
                                    QString *error, qint64 *id)
{
    const ProgrammeEntry *entry = entryFor(entryId, error);
    if (!entry || m_ws.refuseWhenReadOnly(error))
        return false;
    ChangeSet changes;
    ProgrammeOccurrence o = occurrence(entryId, due);
    if (o.id == 0) {
        // Stored in the same step as the audit, so one undo takes both: the audit names the
        // occurrence by the id it will have (ids only grow, and the store is in id order).
        const auto &stored = m_ws.items<ProgrammeOccurrence>();
        o.id = stored.size() == 0 ? 1 : stored.items().back().id + 1;
        if (!Workspace::acceptable(o.problems(), error))
            return false;
        changes.insert(o);
    }
    Audit audit;
    audit.type = type;
    audit.title = entry->subject;
    audit.scope = entry->criteria;
    audit.leadPersonId = entry->leadPersonId;
    audit.planned = o.month();
    audit.occurrenceId = o.id;
    audit.ref = nextReference(today.year());
    KindTraits<Audit>::prepareNew(audit);
    if (!Workspace::acceptable(KindTraits<Audit>::problems(m_ws, audit), error))
        return false;
    if (const QString clash = KindTraits<Audit>::clash(m_ws, audit); !clash.isEmpty()) {
        if (error)
            *error = clash;
        return false;
    }
    changes.insert(audit);
    if (!m_ws.execute(tr("Plan audit %1 for %2 of “%3”").arg(audit.ref, monthText(due), entry->subject),
                      std::move(changes), error))
        return false;
    if (id)
        *id = m_ws.items<Audit>().items().back().id;
    return true;
}

bool AuditEdits::recordSample(qint64 auditId, const QStringList &refs, quint64 seed, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    const Audit *audit = m_ws.items<Audit>().find(auditId);
    if (!audit) {
        if (error)
            *error = tr("That audit is no longer in the board file.");
        return false;
    }
    QSet<QString> have;
    for (const AuditCase &c : m_ws.items<AuditCase>())
        if (c.auditId == auditId)
            have.insert(c.ref.trimmed().toLower());
    ChangeSet changes;
    for (const QString &ref : refs) {
        if (have.contains(ref.trimmed().toLower()))
            continue;
        have.insert(ref.trimmed().toLower());
        AuditCase c;
        c.auditId = auditId;
        c.ref = ref.trimmed();
        if (!Workspace::acceptable(c.problems(), error))
            return false;
        changes.insert(c);
    }
    // An audit starts when its cases are first added: it takes its copy of its tool then.
    Audit after = CaseEdits(m_ws).withToolCopied(*audit);
    after.samplingSeed = QString::number(seed);
    if (after != *audit)
        changes.update(*audit, after);
    return m_ws.execute(tr("Record the sample of %1 (seed %2)").arg(audit->ref, after.samplingSeed), std::move(changes),
                        error);
}

QStringList AuditEdits::auditedSince(const QDate &since) const
{
    QSet<qint64> recent;
    for (const Audit &a : m_ws.items<Audit>()) {
        const QDate when = a.started.isValid() ? a.started : a.planned;
        if (when.isValid() && when >= since)
            recent.insert(a.id);
    }
    QStringList refs;
    for (const AuditCase &c : m_ws.items<AuditCase>())
        if (recent.contains(c.auditId))
            refs << c.ref.trimmed();
    return refs;
}

bool AuditEdits::moderate(qint64 caseId, const QString &secondGrade, const QString &agreedGrade, QString *error)
{
    const AuditCase *c = m_ws.items<AuditCase>().find(caseId);
    if (!c) {
        if (error)
            *error = tr("That case is no longer in the board file.");
        return false;
    }
    AuditCase after = *c;
    after.secondGrade = secondGrade;
    after.agreedGrade = agreedGrade;
    return m_ws.update(after, error);
}

Agreement AuditEdits::agreementOf(qint64 auditId) const
{
    QList<std::pair<QString, QString>> pairs;
    for (const AuditCase &c : m_ws.items<AuditCase>())
        if (c.auditId == auditId)
            pairs.append({c.grade, c.secondGrade});
    return agreement(pairs);
}

} // namespace assure
