// The narrative's kind: the rule of one summary per section and period, and the registration.
#include "workspace/narrative/narrativekinds.h"

#include "workspace/kindops.h"

namespace assure {

QString KindTraits<Narrative>::clash(const Workspace &ws, const Narrative &n)
{
    for (const Narrative &other : ws.items<Narrative>())
        if (other.id != n.id && other.periodKey == n.periodKey && other.section == n.section)
            return NarrativeKinds::tr("%1 already has a summary for “%2”.").arg(periodWords(n), sectionWords(n));
    return {};
}

void NarrativeKinds::registerAll()
{
    registerKind<Narrative>();
}

} // namespace assure
