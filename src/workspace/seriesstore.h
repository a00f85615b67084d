// The loaded rows of one per-period kind (measurements, targets, benchmarks), per indicator in period order.
#pragma once

#include <QHash>
#include <QString>

#include <algorithm>
#include <vector>

namespace assure {

template <class T>
class SeriesStore final
{
public:
    void reset(const std::vector<T> &rows)
    {
        m_rows.clear();
        for (const T &row : rows)
            m_rows[row.indicatorId].push_back(row);
        for (auto &series : m_rows)
            std::sort(series.begin(), series.end(), [](const T &a, const T &b) { return a.periodKey < b.periodKey; });
    }

    // An indicator's rows, ordered by period key (which sorts by time within one frequency).
    const std::vector<T> &of(qint64 indicatorId) const
    {
        static const std::vector<T> none;
        const auto it = m_rows.constFind(indicatorId);
        return it == m_rows.cend() ? none : *it;
    }

    const T *find(qint64 indicatorId, const QString &periodKey) const
    {
        const std::vector<T> &series = of(indicatorId);
        const auto it = lowerBound(series, periodKey);
        return it != series.end() && it->periodKey == periodKey ? &*it : nullptr;
    }

    void upsert(const T &row)
    {
        std::vector<T> &series = m_rows[row.indicatorId];
        const auto it = lowerBound(series, row.periodKey);
        if (it != series.end() && it->periodKey == row.periodKey)
            series[size_t(it - series.begin())] = row;
        else
            series.insert(series.begin() + (it - series.begin()), row);
    }

    void remove(qint64 indicatorId, const QString &periodKey)
    {
        auto found = m_rows.find(indicatorId);
        if (found == m_rows.end())
            return;
        const auto it = lowerBound(*found, periodKey);
        if (it != found->end() && it->periodKey == periodKey)
            found->erase(found->begin() + (it - found->begin()));
        if (found->empty())
            m_rows.erase(found);
    }

    qint64 count() const
    {
        qint64 n = 0;
        for (const auto &series : m_rows)
            n += qint64(series.size());
        return n;
    }

private:
    static typename std::vector<T>::const_iterator lowerBound(const std::vector<T> &series, const QString &key)
    {
        return std::lower_bound(series.begin(), series.end(), key,
                                [](const T &row, const QString &k) { return row.periodKey < k; });
    }

    QHash<qint64, std::vector<T>> m_rows;
};

} // namespace assure
