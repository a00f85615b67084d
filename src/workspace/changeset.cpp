// A set of writes that succeed or fail together, and can be turned around for undo.
#include "workspace/changeset.h"

namespace assure {

ChangeSet::ChangeSet(const ChangeSet &other) : m_steps(other.m_steps), m_last(other.m_last)
{
    m_slots.reserve(other.m_slots.size());
    for (const auto &s : other.m_slots)
        m_slots.push_back(s->copy());
}

ChangeSet &ChangeSet::operator=(const ChangeSet &other)
{
    if (this != &other)
        *this = ChangeSet(other);
    return *this;
}

ChangeSet ChangeSet::inverse() const
{
    ChangeSet out;
    out.m_slots.reserve(m_slots.size());
    for (const auto &s : m_slots)
        out.m_slots.push_back(s->inverse());
    out.m_steps.reserve(m_steps.size());
    // Each kind's rows are reversed too, so the row of a step moves to the other end.
    for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it)
        out.m_steps.push_back({it->slot, std::uint32_t(m_slots[it->slot]->size() - 1 - it->index)});
    return out;
}

void ChangeSet::truncate(size_t n)
{
    if (n >= m_steps.size())
        return;
    m_steps.resize(n);
    m_steps.shrink_to_fit();
    // Steps of one kind are in row order, so each kind keeps the rows the first n steps use.
    std::vector<size_t> kept(m_slots.size(), 0);
    for (const Step &s : m_steps)
        kept[s.slot] = std::max(kept[s.slot], size_t(s.index) + 1);
    for (size_t i = 0; i < m_slots.size(); ++i)
        m_slots[i]->truncate(kept[i]);
}

} // namespace assure
