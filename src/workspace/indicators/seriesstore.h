// The loaded rows of one per-period kind (measurements, targets, benchmarks), per indicator in period order.
#pragma once

#include <QHash>
#include <QString>

#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

namespace assure {

template <class T> class SeriesStore final
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

    // One row's change in a batch: its key, and what it becomes (null: the row goes).
    struct Edit
    {
        qint64 indicatorId = 0;
        const QString *periodKey = nullptr; // in the change, which outlives the batch
        const T *after = nullptr;
    };

    // Many changes at once, the last one for a key counting. A series given many rows (a large
    // import) is merged with them in one pass, where one upsert at a time would shift it each time.
    void apply(std::vector<Edit> edits)
    {
        const auto byKey = [](const Edit &a, const Edit &b) {
            return a.indicatorId != b.indicatorId ? a.indicatorId < b.indicatorId : *a.periodKey < *b.periodKey;
        };
        if (!std::is_sorted(edits.begin(), edits.end(), byKey)) // imports and bulk edits mostly come sorted
            std::stable_sort(edits.begin(), edits.end(), byKey);
        for (auto from = edits.begin(); from != edits.end();) {
            const auto to =
                std::find_if(from, edits.end(), [&](const Edit &e) { return e.indicatorId != from->indicatorId; });
            if (to - from < kMergeFrom) {
                for (auto e = from; e != to; ++e) {
                    if (e->after)
                        upsert(*e->after);
                    else
                        remove(e->indicatorId, *e->periodKey);
                }
            } else {
                merge(from, to);
            }
            from = to;
        }
    }

    // A change staged for applyStaged(), which applies every staged change in one batch.
    void stage(const Edit &edit) { m_staged.push_back(edit); }
    void applyStaged()
    {
        if (!m_staged.empty())
            apply(std::exchange(m_staged, {}));
    }

    // Calls f for every row, indicator by indicator.
    template <class F> void forEach(F f) const
    {
        for (const auto &series : m_rows)
            for (const T &row : series)
                f(row);
    }

    qint64 count() const
    {
        qint64 n = 0;
        for (const auto &series : m_rows)
            n += qint64(series.size());
        return n;
    }

private:
    // Edits of one indicator, fewer than this, go in one at a time.
    static constexpr int kMergeFrom = 16;

    using EditIterator = typename std::vector<Edit>::const_iterator;

    // Edits of one indicator, in key order, merged with its series.
    void merge(EditIterator from, EditIterator to)
    {
        const qint64 indicatorId = from->indicatorId;
        std::vector<T> &series = m_rows[indicatorId];
        std::vector<T> merged;
        merged.reserve(series.size() + size_t(to - from));
        auto old = series.begin();
        for (auto e = from; e != to;) {
            auto last = e; // the key's last edit is the one that counts
            while (last + 1 != to && *(last + 1)->periodKey == *e->periodKey)
                ++last;
            while (old != series.end() && old->periodKey < *e->periodKey)
                merged.push_back(std::move(*old++));
            if (old != series.end() && old->periodKey == *e->periodKey)
                ++old; // replaced or gone
            if (last->after)
                merged.push_back(*last->after);
            e = last + 1;
        }
        std::move(old, series.end(), std::back_inserter(merged));
        if (merged.empty())
            m_rows.remove(indicatorId);
        else
            series = std::move(merged);
    }

    static typename std::vector<T>::const_iterator lowerBound(const std::vector<T> &series, const QString &key)
    {
        return std::lower_bound(series.begin(), series.end(), key,
                                [](const T &row, const QString &k) { return row.periodKey < k; });
    }

    QHash<qint64, std::vector<T>> m_rows;
    std::vector<Edit> m_staged;
};

} // namespace assure
