// A set of writes that succeed or fail together, and can be turned around for undo.
//
// The set holds each kind's rows in a vector of their own type (so a 100,000-row import is one
// vector of measurement changes, built in place) and the order of all changes as (kind, place)
// steps. It knows no kind by name: any type with a KindTraits and a TableMapping can go in.
#pragma once

#include "workspace/bulkallocator.h"
#include "workspace/kindregistry.h"

#include <cstdint>
#include <memory>
#include <optional>
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
    bool isInsert() const { return !before && after.has_value(); }
    bool isDelete() const { return before.has_value() && !after; }
};

template <class T> using RowChanges = std::vector<RowChange<T>, BulkAllocator<RowChange<T>>>;

// One kind's changes in a set, in the order they were made.
class KindChanges
{
public:
    explicit KindChanges(Kind kind) : m_kind(kind) {}
    virtual ~KindChanges() = default;

    Kind kind() const { return m_kind; }
    virtual std::unique_ptr<KindChanges> copy() const = 0;
    // The inverse of each change, last first.
    virtual std::unique_ptr<KindChanges> inverse() const = 0;
    virtual size_t size() const = 0;
    virtual bool isInsert(size_t i) const = 0;
    virtual void truncate(size_t n) = 0;

private:
    Kind m_kind;
};

template <class T> class KindChangesOf final : public KindChanges
{
public:
    KindChangesOf() : KindChanges(kindOf<T>()) {}

    RowChanges<T> rows;

    std::unique_ptr<KindChanges> copy() const override { return std::make_unique<KindChangesOf>(*this); }
    std::unique_ptr<KindChanges> inverse() const override
    {
        auto out = std::make_unique<KindChangesOf>();
        out->rows.reserve(rows.size());
        for (auto it = rows.rbegin(); it != rows.rend(); ++it)
            out->rows.push_back(it->inverse());
        return out;
    }
    size_t size() const override { return rows.size(); }
    bool isInsert(size_t i) const override { return rows[i].isInsert(); }
    void truncate(size_t n) override
    {
        rows.resize(n);
        rows.shrink_to_fit();
    }
};

class ChangeSet final
{
public:
    // A change's place: its kind's slot in the set and its row there.
    struct Step
    {
        std::uint32_t slot;
        std::uint32_t index;
    };
    using Steps = std::vector<Step, BulkAllocator<Step>>;

    ChangeSet() = default;
    ChangeSet(const ChangeSet &other);
    ChangeSet &operator=(const ChangeSet &other);
    ChangeSet(ChangeSet &&) noexcept = default;
    ChangeSet &operator=(ChangeSet &&) noexcept = default;

    // Each change is built in its place in the set: a bulk import adds 100,000.
    template <class T> void insert(const T &item) { add(std::in_place_type<T>, std::nullopt, item); }
    template <class T> void update(const T &before, const T &after) { add(std::in_place_type<T>, before, after); }
    template <class T> void remove(const T &item) { add(std::in_place_type<T>, item, std::nullopt); }
    // The change that turns the stored row (null: none) into row: an insert, an update, a delete
    // when row is not to be kept, or nothing when they are the same.
    template <class T> void upsert(const T *stored, const T &row, bool keep)
    {
        if (stored && !keep)
            remove(*stored);
        else if (stored && *stored != row)
            update(*stored, row);
        else if (!stored && keep)
            insert(row);
    }
    // Room for n more changes of one kind, so a bulk edit does not move its rows as it grows.
    template <class T> void reserve(size_t n)
    {
        rowsFor<T>().rows.reserve(rowsFor<T>().rows.size() + n);
        m_steps.reserve(m_steps.size() + n);
    }

    // The writes that take this change back, in reverse order.
    ChangeSet inverse() const;
    // Keeps the first n changes and gives back the room of the rest.
    void truncate(size_t n);

    bool isEmpty() const { return m_steps.empty(); }
    size_t size() const { return m_steps.size(); }
    const Steps &steps() const { return m_steps; }
    const KindChanges &slot(std::uint32_t slot) const { return *m_slots[slot]; }
    KindChanges &slot(std::uint32_t slot) { return *m_slots[slot]; } // writing gives new rows their ids
    size_t slotCount() const { return m_slots.size(); }

    // The i-th change, which must be of kind T.
    template <class T> const RowChange<T> &at(size_t i) const
    {
        const Step step = m_steps[i];
        Q_ASSERT(m_slots[step.slot]->kind() == kindOf<T>());
        return static_cast<const KindChangesOf<T> &>(*m_slots[step.slot]).rows[step.index];
    }
    // All changes of kind T in the order made; null when there are none.
    template <class T> const RowChanges<T> *rowsOf() const
    {
        for (const auto &s : m_slots)
            if (s->kind() == kindOf<T>())
                return &static_cast<const KindChangesOf<T> &>(*s).rows;
        return nullptr;
    }

private:
    template <class T, class Before, class After> void add(std::in_place_type_t<T>, Before &&before, After &&after)
    {
        KindChangesOf<T> &k = rowsFor<T>();
        k.rows.emplace_back(std::forward<Before>(before), std::forward<After>(after));
        m_steps.push_back({m_last, std::uint32_t(k.rows.size() - 1)});
    }
    // The slot of kind T, made on first use; the last one used is tried first (bulk edits run long).
    template <class T> KindChangesOf<T> &rowsFor()
    {
        const Kind kind = kindOf<T>();
        if (m_last >= m_slots.size() || m_slots[m_last]->kind() != kind) {
            m_last = 0;
            while (m_last < m_slots.size() && m_slots[m_last]->kind() != kind)
                ++m_last;
            if (m_last == m_slots.size())
                m_slots.push_back(std::make_unique<KindChangesOf<T>>());
        }
        return static_cast<KindChangesOf<T> &>(*m_slots[m_last]);
    }

    Steps m_steps;
    std::vector<std::unique_ptr<KindChanges>> m_slots;
    std::uint32_t m_last = 0;
};

} // namespace assure
