// A set of writes that succeed or fail together, and can be turned around for undo.
#include "workspace/changeset.h"

namespace assure {

ChangeSet ChangeSet::inverse() const
{
    ChangeSet out;
    for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it)
        out.m_changes.push_back(std::visit([](const auto &c) -> Change { return c.inverse(); }, *it));
    return out;
}

} // namespace assure
