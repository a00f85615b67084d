// The action plans' kinds: the uniqueness of references, the Edit menu's words, the registration.
#include "workspace/actions/actionkinds.h"

#include "workspace/kindops.h"

namespace assure {

namespace {

// The reference of the action a milestone or update belongs to, for the Edit menu.
QString refOf(const Workspace &ws, qint64 actionId)
{
    const Action *a = ws.items<Action>().find(actionId);
    return a ? a->ref : QString();
}

} // namespace

QString KindTraits<Action>::clash(const Workspace &ws, const Action &a)
{
    if (!nameTaken(ws.items<Action>(), a, &Action::ref))
        return {};
    return ActionKinds::tr("There is already an action with the reference “%1”.").arg(a.ref.trimmed());
}

QString KindTraits<Milestone>::addText(const Workspace &ws, const Milestone &m)
{
    return ActionKinds::tr("Add milestone to %1").arg(refOf(ws, m.actionId));
}

QString KindTraits<Milestone>::editText(const Workspace &ws, const Milestone &m)
{
    return ActionKinds::tr("Edit milestone of %1").arg(refOf(ws, m.actionId));
}

QString KindTraits<Milestone>::deleteText(const Workspace &ws, const Milestone &m)
{
    return ActionKinds::tr("Delete milestone of %1").arg(refOf(ws, m.actionId));
}

QString KindTraits<ProgressUpdate>::addText(const Workspace &ws, const ProgressUpdate &u)
{
    return ActionKinds::tr("Add progress update to %1").arg(refOf(ws, u.actionId));
}

QString KindTraits<ProgressUpdate>::editText(const Workspace &ws, const ProgressUpdate &u)
{
    return ActionKinds::tr("Edit progress update of %1").arg(refOf(ws, u.actionId));
}

QString KindTraits<ProgressUpdate>::deleteText(const Workspace &ws, const ProgressUpdate &u)
{
    return ActionKinds::tr("Delete progress update of %1").arg(refOf(ws, u.actionId));
}

void ActionKinds::registerAll()
{
    registerKind<Action>();
    registerKind<Milestone>();
    registerKind<ProgressUpdate>();
}

} // namespace assure
