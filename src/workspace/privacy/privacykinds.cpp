// The anonymisation guard's kind: the registration.
#include "workspace/privacy/privacykinds.h"

#include "workspace/kindops.h"

namespace assure {

void PrivacyKinds::registerAll()
{
    registerKind<PrivacyAcceptance>();
}

} // namespace assure
