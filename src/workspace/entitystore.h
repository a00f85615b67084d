// The loaded items of one kind, in id order, with a lookup from id to position.
#pragma once

#include <QHash>

#include <algorithm>
#include <vector>

namespace assure {

// Kinds with more to index (IndicatorStore) derive from it.
template <class T> class EntityStore
{
public:
    void reset(std::vector<T> items)
    {
        m_items = std::move(items);
        const auto byId = [](const T &a, const T &b) { return a.id < b.id; };
        if (!std::is_sorted(m_items.begin(), m_items.end(), byId)) // repositories load in id order
            std::sort(m_items.begin(), m_items.end(), byId);
        reindexFrom(0);
    }

    int size() const { return static_cast<int>(m_items.size()); }
    const T &at(int row) const { return m_items[static_cast<size_t>(row)]; }
    const std::vector<T> &items() const { return m_items; }
    auto begin() const { return m_items.begin(); }
    auto end() const { return m_items.end(); }

    // Position of the item with this id, or -1.
    int indexOf(qint64 id) const { return m_index.value(id, -1); }
    const T *find(qint64 id) const
    {
        const int row = indexOf(id);
        return row < 0 ? nullptr : &at(row);
    }

    // Where an item with this id goes (ids are kept in order, so undo restores the old place).
    int insertionRow(qint64 id) const
    {
        const auto it = std::lower_bound(m_items.begin(), m_items.end(), id,
                                         [](const T &item, qint64 key) { return item.id < key; });
        return static_cast<int>(it - m_items.begin());
    }

    void insertAt(int row, const T &item)
    {
        m_items.insert(m_items.begin() + row, item);
        reindexFrom(row);
    }
    void replaceAt(int row, const T &item) { m_items[static_cast<size_t>(row)] = item; }
    void removeAt(int row)
    {
        m_index.remove(at(row).id);
        m_items.erase(m_items.begin() + row);
        reindexFrom(row);
    }

private:
    void reindexFrom(int row)
    {
        if (row == 0)
            m_index.clear();
        for (int i = row; i < size(); ++i)
            m_index.insert(at(i).id, i);
    }

    std::vector<T> m_items;
    QHash<qint64, int> m_index;
};

} // namespace assure
