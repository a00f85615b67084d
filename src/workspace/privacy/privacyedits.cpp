// The anonymisation guard over an open board: unaccepted hits, acceptances with their save, the
// whole-board scan.
#include "workspace/privacy/privacyedits.h"

#include "storage/audits/narrativetexts.h"
#include "storage/history/historywriter.h"
#include "workspace/workspace.h"

#include <QUndoStack>

namespace assure {

PrivacyAcceptances PrivacyEdits::acceptances() const
{
    return PrivacyAcceptances(m_ws.items<PrivacyAcceptance>());
}

QList<PrivacyHit> PrivacyEdits::unaccepted(const PrivacyPlace &place, const QString &text) const
{
    QList<PrivacyHit> hits = PrivacyGuard::scan(text);
    if (hits.isEmpty())
        return hits;
    hits.removeIf([&](const PrivacyHit &h) {
        for (const PrivacyAcceptance &a : m_ws.items<PrivacyAcceptance>())
            if (a.covers(place, h))
                return true;
        return false;
    });
    return hits;
}

bool PrivacyEdits::prepare(QList<PrivacyAcceptance> &acceptances, qint64 newId, QString *error) const
{
    const QString who = HistoryActor::current().user;
    for (PrivacyAcceptance &a : acceptances) {
        a.id = 0;
        if (a.place.id == 0 && a.place.key.isEmpty())
            a.place.id = newId;
        a.reason = a.reason.trimmed();
        if (a.acceptedBy.isEmpty())
            a.acceptedBy = who;
        if (!a.acceptedOn.isValid())
            a.acceptedOn = QDate::currentDate();
        if (!Workspace::acceptable(a.problems(), error))
            return false;
    }
    return true;
}

bool PrivacyEdits::accept(const QList<PrivacyAcceptance> &acceptances, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    QList<PrivacyAcceptance> ready = acceptances;
    if (!prepare(ready, 0, error))
        return false;
    if (ready.isEmpty())
        return true;
    ChangeSet changes;
    for (const PrivacyAcceptance &a : std::as_const(ready))
        changes.insert(a);
    const QString text = ready.size() == 1 ? KindTraits<PrivacyAcceptance>::addText(m_ws, ready.constFirst())
                                           : tr("Accept %n pieces of personal data", nullptr, int(ready.size()));
    return m_ws.execute(text, std::move(changes), error);
}

bool PrivacyEdits::saveWith(const QList<PrivacyAcceptance> &accepted, const Save &save, QString *error)
{
    qint64 newId = 0;
    if (accepted.isEmpty())
        return save(error, &newId);
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    // Checked before anything is written (a reason for each), so that a refusal leaves no half step.
    QList<PrivacyAcceptance> ready = accepted;
    if (!prepare(ready, -1, error))
        return false;

    QUndoStack *stack = m_ws.undoStack();
    stack->beginMacro(QString());
    // The stack made the macro, and holds it as the last of its commands until endMacro; it is
    // named here after the save inside it, which only the save knows.
    auto *macro = const_cast<QUndoCommand *>(stack->command(stack->count() - 1));
    bool done = save(error, &newId);
    if (done) {
        ready = accepted;
        done = prepare(ready, newId, error);
        ChangeSet changes;
        for (const PrivacyAcceptance &a : std::as_const(ready))
            changes.insert(a);
        done = done && m_ws.execute(QString(), std::move(changes), error);
    }
    if (macro->childCount() > 0)
        macro->setText(macro->child(0)->text());
    const bool saved = macro->childCount() > 0;
    stack->endMacro();
    if (!done) {
        // Nothing half done stays: the save is taken back, and the step removed from the stack
        // (an obsolete command is dropped instead of undone or redone).
        if (saved)
            stack->undo();
        macro->setObsolete(true);
        if (saved)
            stack->redo();
        else
            stack->undo();
    }
    return done;
}

bool PrivacyEdits::scanBoard(const std::function<bool(const PrivacyFinding &)> &visit, QString *error) const
{
    const PrivacyAcceptances accepted = acceptances();
    bool stopped = false;
    PrivacyFinding finding;
    const bool read = readNarrativeTexts(
        m_ws.file(),
        [&](const NarrativeText &t) {
            if (stopped)
                return;
            finding.place = {t.table, t.key.isEmpty() ? t.id : 0, t.key, t.field};
            finding.hits = accepted.unaccepted(finding.place, t.text);
            if (finding.hits.isEmpty())
                return;
            finding.text = t.text;
            stopped = !visit(finding);
        },
        error);
    return read && !stopped;
}

} // namespace assure
