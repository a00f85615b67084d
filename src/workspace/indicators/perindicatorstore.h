// The loaded rows of a kind of which an indicator has at most one (its SPC settings), by indicator id.
#pragma once

#include <QHash>

#include <vector>

namespace assure {

template <class T> class PerIndicatorStore final
{
public:
    void reset(const std::vector<T> &rows)
    {
        m_rows.clear();
        for (const T &row : rows)
            m_rows.insert(row.indicatorId, row);
    }
    const T *find(qint64 indicatorId) const
    {
        const auto it = m_rows.constFind(indicatorId);
        return it == m_rows.cend() ? nullptr : &*it;
    }
    bool contains(qint64 indicatorId) const { return m_rows.contains(indicatorId); }
    void set(const T &row) { m_rows.insert(row.indicatorId, row); }
    void remove(qint64 indicatorId) { m_rows.remove(indicatorId); }

private:
    QHash<qint64, T> m_rows;
};

} // namespace assure
