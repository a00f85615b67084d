// The demo's indicator templates: the small demo's list, in the order the demo lists them.
#include "core/demo/demoindicatortemplates.h"

#include "core/demo/demoindicatortemplatesparts.h"

namespace assure::demo {

namespace {

std::vector<Template> makeTemplates()
{
    std::vector<Template> t;
    t.reserve(44);
    addChildrenTemplates(t);
    addAdultsAndPartnershipTemplates(t);
    return t;
}

} // namespace

const std::vector<Template> &templates()
{
    static const std::vector<Template> all = makeTemplates();
    return all;
}

} // namespace assure::demo
