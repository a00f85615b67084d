// The escalation log's kinds: the level against the board's highest, names used once, the words
// for a link's edits, the registration.
#include "workspace/voices/escalationkinds.h"

#include "workspace/kindops.h"
#include "workspace/workspace.h"

namespace assure {

namespace {

QString refOf(const Workspace &ws, qint64 escalationId)
{
    const Escalation *e = ws.items<Escalation>().find(escalationId);
    return e ? e->ref : QString();
}

} // namespace

QStringList KindTraits<Escalation>::problems(const Workspace &ws, const Escalation &e)
{
    return e.problems(ws.items<EscalationSettings>().value().highestLevel());
}

QString KindTraits<EscalationReason>::clash(const Workspace &ws, const EscalationReason &r)
{
    if (nameTaken(ws.items<EscalationReason>(), r, &EscalationReason::name))
        return EscalationKinds::tr("There is already a reason called “%1”.").arg(r.name.trimmed());
    return {};
}

QString KindTraits<EscalationAction>::addText(const Workspace &ws, const EscalationAction &l)
{
    return EscalationKinds::tr("Link an action to escalation “%1”").arg(refOf(ws, l.escalationId));
}

QString KindTraits<EscalationAction>::editText(const Workspace &ws, const EscalationAction &l)
{
    return EscalationKinds::tr("Change an action of escalation “%1”").arg(refOf(ws, l.escalationId));
}

QString KindTraits<EscalationAction>::deleteText(const Workspace &ws, const EscalationAction &l)
{
    return EscalationKinds::tr("Unlink an action from escalation “%1”").arg(refOf(ws, l.escalationId));
}

QString KindTraits<EscalationAction>::clash(const Workspace &ws, const EscalationAction &l)
{
    for (const EscalationAction &other : ws.items<EscalationAction>())
        if (other.id != l.id && other.escalationId == l.escalationId && other.actionId == l.actionId)
            return EscalationKinds::tr("That action is already linked to escalation “%1”.")
                .arg(refOf(ws, l.escalationId));
    return {};
}

QStringList KindTraits<EscalationSettings>::problems(const Workspace &ws, const EscalationSettings &s)
{
    QStringList out = s.problems();
    int reached = 0;
    for (const Escalation &e : ws.items<Escalation>())
        reached = std::max(reached, e.level);
    if (out.isEmpty() && reached > s.highestLevel())
        out << EscalationKinds::tr("An escalation on record reached level %1: keep at least %1 levels.").arg(reached);
    return out;
}

void KindTraits<EscalationSettings>::touched(const RowChange<EscalationSettings> &, Applied &applied)
{
    Q_EMIT applied.notifier->changed(kindOf<EscalationSettings>(), 0);
}

void EscalationKinds::registerAll()
{
    registerKind<EscalationReason>();
    registerKind<Escalation>();
    registerKind<EscalationAction>();
    registerKind<EscalationSettings>();
}

} // namespace assure
