// Undoable edits particular to audits: a new audit's reference, the programme's occurrences (done,
// skipped, moved; stored the first time one is touched), an audit planned from an occurrence, a
// drawn sample recorded as the audit's cases with its seed, and moderation. Editing the other
// fields and deleting go through Workspace::add/update/remove.
#pragma once

#include "core/audits/agreement.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace assure {

class AuditEdits final
{
    Q_DECLARE_TR_FUNCTIONS(assure::AuditEdits)

public:
    explicit AuditEdits(Workspace &workspace) : m_ws(workspace) {}

    // The next free reference of a year: "AU-2026-004" after the highest "AU-2026-nnn" (any case).
    QString nextReference(int year) const;
    // Adds an audit; without a reference it is given the next one of today's year. The new id in *id.
    bool add(const Audit &audit, const QDate &today, QString *error = nullptr, qint64 *id = nullptr);

    // The stored occurrence of an entry due in a month (the first of it), or a new one (id 0).
    ProgrammeOccurrence occurrence(qint64 entryId, const QDate &due) const;
    // Done by an audit (0: by a report that is not in the board) on a day.
    bool markDone(qint64 entryId, const QDate &due, qint64 auditId, const QDate &doneOn, QString *error = nullptr);
    // Skipped, with the reason (refused without one).
    bool skip(qint64 entryId, const QDate &due, const QString &reason, QString *error = nullptr);
    // Moved to another month (the first of it); moving it back to its own month clears the move.
    bool move(qint64 entryId, const QDate &due, const QDate &toMonth, QString *error = nullptr);
    // Planned again: neither done nor skipped.
    bool reopen(qint64 entryId, const QDate &due, QString *error = nullptr);

    // A planned audit that fulfils an occurrence (stored with it, if it was not, in one undo step):
    // titled after the entry, due in the occurrence's month. The new id in *id.
    bool planFromOccurrence(qint64 entryId, const QDate &due, AuditType type, const QDate &today,
                            QString *error = nullptr, qint64 *id = nullptr);

    // The sample drawn for an audit, in one step: a case for each reference not already in it,
    // in the order drawn, and the seed recorded with the audit (with its copy of its tool, when it
    // has none yet: CaseEdits::withToolCopied).
    bool recordSample(qint64 auditId, const QStringList &refs, quint64 seed, QString *error = nullptr);

    // The references of the cases of every audit started (or, not yet started, planned) on or after
    // since: the exclusions of a new sample that leaves out cases audited lately (SampleRequest).
    QStringList auditedSince(const QDate &since) const;

    // A second auditor's grade and the grade agreed, checked against the audit's scale.
    bool moderate(qint64 caseId, const QString &secondGrade, const QString &agreedGrade, QString *error = nullptr);

    // The agreement between the auditors over an audit's moderated cases.
    Agreement agreementOf(qint64 auditId) const;

private:
    bool saveOccurrence(const ProgrammeOccurrence &after, const QString &text, QString *error);
    const ProgrammeEntry *entryFor(qint64 id, QString *error) const;

    Workspace &m_ws;
};

} // namespace assure
