// The kinds of item a workspace holds, each registered once.
#include "workspace/kindregistry.h"

#include <atomic>

namespace assure {

namespace {

std::atomic<int> g_kinds{0};

struct Registry
{
    std::vector<std::unique_ptr<KindOps>> owned;
    std::vector<const KindOps *> ordered;
    std::vector<const KindOps *> byKind; // by kind number
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

namespace kinds {

Kind next()
{
    return Kind(g_kinds.fetch_add(1));
}

int count()
{
    return g_kinds.load();
}

void add(std::unique_ptr<KindOps> ops)
{
    Registry &r = registry();
    const auto number = size_t(ops->kind());
    if (number < r.byKind.size() && r.byKind[number])
        return;
    if (r.byKind.size() <= number)
        r.byKind.resize(number + 1, nullptr);
    r.byKind[number] = ops.get();
    r.ordered.push_back(ops.get());
    r.owned.push_back(std::move(ops));
}

const std::vector<const KindOps *> &all()
{
    registerAppKinds();
    return registry().ordered;
}

const KindOps *find(Kind kind)
{
    registerAppKinds();
    const Registry &r = registry();
    const auto number = size_t(kind);
    return number < r.byKind.size() ? r.byKind[number] : nullptr;
}

const KindOps *findByTable(const QString &table)
{
    for (const KindOps *ops : all())
        if (ops->table() == table)
            return ops;
    return nullptr;
}

} // namespace kinds

} // namespace assure
