// The features whose kinds every workspace holds: one line per feature, each registering its own kinds.
#include "workspace/boardkinds.h"
#include "workspace/indicatorkinds.h"
#include "workspace/kindregistry.h"

namespace assure {

void registerAppKinds()
{
    static const bool registered = [] {
        BoardKinds::registerAll();
        IndicatorKinds::registerAll();
        return true;
    }();
    Q_UNUSED(registered)
}

} // namespace assure
