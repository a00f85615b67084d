// The action plans' board-wide kinds: how a change of the settings is announced, the registration.
#include "workspace/actions/actionplankinds.h"

#include "workspace/kindops.h"

namespace assure {

void KindTraits<ActionSettings>::touched(const RowChange<ActionSettings> &, Applied &applied)
{
    Q_EMIT applied.notifier->changed(kindOf<ActionSettings>(), 0);
}

void ActionPlanKinds::registerAll()
{
    registerKind<ActionSettings>();
    registerKind<DevelopmentPlan>();
}

} // namespace assure
