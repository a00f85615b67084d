// A set of writes that succeed or fail together, and can be turned around for undo.
#pragma once

#include "core/agency.h"
#include "core/board.h"
#include "core/indicator.h"
#include "core/person.h"
#include "core/subgroup.h"
#include "storage/tablemapping.h"
#include "workspace/bulkallocator.h"

#include <optional>
#include <variant>
#include <vector>

namespace assure {

// One row's change: no before = insert; no after = delete; both = update.
template <class T> struct RowChange
{
    std::optional<T> before;
    std::optional<T> after;

    RowChange() = default;
    RowChange(std::optional<T> was, std::optional<T> now) : before(std::move(was)), after(std::move(now)) {}

    RowChange inverse() const { return {after, before}; }
};

struct BoardChange
{
    Board before;
    Board after;

    BoardChange inverse() const { return {after, before}; }
};

using Change = std::variant<RowChange<Agency>, RowChange<Person>, RowChange<SubGroup>, RowChange<Priority>,
                            RowChange<Indicator>, RowChange<Measurement>, RowChange<Target>, RowChange<Benchmark>,
                            RowChange<StoredThresholds>, RowChange<IndicatorSpcSettings>, BoardChange>;

class ChangeSet final
{
public:
    // Each change is built in its place in the set: a bulk import adds 100,000.
    template <class T> void insert(const T &item)
    {
        m_changes.emplace_back(std::in_place_type<RowChange<T>>, std::nullopt, item);
    }
    template <class T> void update(const T &before, const T &after)
    {
        m_changes.emplace_back(std::in_place_type<RowChange<T>>, before, after);
    }
    template <class T> void remove(const T &item)
    {
        m_changes.emplace_back(std::in_place_type<RowChange<T>>, item, std::nullopt);
    }
    void setBoard(const Board &before, const Board &after) { m_changes.push_back(BoardChange{before, after}); }

    // The writes that take this change back, in reverse order.
    ChangeSet inverse() const;

    bool isEmpty() const { return m_changes.empty(); }
    size_t size() const { return m_changes.size(); }
    using Changes = std::vector<Change, BulkAllocator<Change>>;
    Changes &changes() { return m_changes; }
    const Changes &changes() const { return m_changes; }

private:
    Changes m_changes;
};

} // namespace assure
