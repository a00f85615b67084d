// The risk register's kinds: the words for a link's edits, a pair linked once, the registration.
#include "workspace/risks/riskkinds.h"

#include "workspace/kindops.h"
#include "workspace/workspace.h"

namespace assure {

namespace {

QString titleOf(const Workspace &ws, qint64 riskId)
{
    const Risk *r = ws.items<Risk>().find(riskId);
    return r ? r->title : QString();
}

} // namespace

QString KindTraits<RiskIndicator>::addText(const Workspace &ws, const RiskIndicator &l)
{
    return RiskKinds::tr("Link an indicator to risk “%1”").arg(titleOf(ws, l.riskId));
}

QString KindTraits<RiskIndicator>::editText(const Workspace &ws, const RiskIndicator &l)
{
    return RiskKinds::tr("Change an indicator of risk “%1”").arg(titleOf(ws, l.riskId));
}

QString KindTraits<RiskIndicator>::deleteText(const Workspace &ws, const RiskIndicator &l)
{
    return RiskKinds::tr("Unlink an indicator from risk “%1”").arg(titleOf(ws, l.riskId));
}

QString KindTraits<RiskIndicator>::clash(const Workspace &ws, const RiskIndicator &l)
{
    for (const RiskIndicator &other : ws.items<RiskIndicator>())
        if (other.id != l.id && other.riskId == l.riskId && other.indicatorId == l.indicatorId)
            return RiskKinds::tr("That indicator is already linked to risk “%1”.").arg(titleOf(ws, l.riskId));
    return {};
}

QString KindTraits<RiskAction>::addText(const Workspace &ws, const RiskAction &l)
{
    return RiskKinds::tr("Link an action to risk “%1”").arg(titleOf(ws, l.riskId));
}

QString KindTraits<RiskAction>::editText(const Workspace &ws, const RiskAction &l)
{
    return RiskKinds::tr("Change an action of risk “%1”").arg(titleOf(ws, l.riskId));
}

QString KindTraits<RiskAction>::deleteText(const Workspace &ws, const RiskAction &l)
{
    return RiskKinds::tr("Unlink an action from risk “%1”").arg(titleOf(ws, l.riskId));
}

QString KindTraits<RiskAction>::clash(const Workspace &ws, const RiskAction &l)
{
    for (const RiskAction &other : ws.items<RiskAction>())
        if (other.id != l.id && other.riskId == l.riskId && other.actionId == l.actionId)
            return RiskKinds::tr("That action is already linked to risk “%1”.").arg(titleOf(ws, l.riskId));
    return {};
}

void KindTraits<RiskSettings>::touched(const RowChange<RiskSettings> &, Applied &applied)
{
    Q_EMIT applied.notifier->changed(kindOf<RiskSettings>(), 0);
}

void RiskKinds::registerAll()
{
    registerKind<Risk>();
    registerKind<RiskIndicator>();
    registerKind<RiskAction>();
    registerKind<RiskSettings>();
}

} // namespace assure
