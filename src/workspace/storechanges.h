// How each kind of store takes a change once it is in the file, and which of its rows refer to an
// item: overloads that KindOpsOf<T> picks by the kind's Store.
#pragma once

#include "workspace/changeset.h"
#include "workspace/entitystore.h"
#include "workspace/indicators/perindicatorstore.h"
#include "workspace/indicators/seriesstore.h"
#include "workspace/singletonstore.h"

namespace assure {

// Items kept in id order, announced row by row (unless rowSignals is false).
template <class T> void applyChange(EntityStore<T> &items, const RowChange<T> &change, Applied &a, bool rowSignals)
{
    Notifier *n = rowSignals ? a.notifier : nullptr;
    if (change.isDelete()) {
        const int row = items.indexOf(change.before->id);
        if (n)
            Q_EMIT n->aboutToRemove(a.kind, row);
        items.removeAt(row);
        if (n)
            Q_EMIT n->removed(a.kind, row);
        return;
    }
    const int row = items.indexOf(change.after->id);
    if (row < 0) {
        const int at = items.insertionRow(change.after->id);
        if (n)
            Q_EMIT n->aboutToInsert(a.kind, at);
        items.insertAt(at, *change.after);
        if (n)
            Q_EMIT n->inserted(a.kind, at);
    } else {
        items.replaceAt(row, *change.after);
        if (n)
            Q_EMIT n->changed(a.kind, row);
    }
}

// Series rows are staged and merged in one batch when the set is done (finishChanges).
template <class T> void applyChange(SeriesStore<T> &series, const RowChange<T> &change, Applied &a, bool)
{
    const T &row = change.after ? *change.after : *change.before;
    series.stage({row.indicatorId, &row.periodKey, change.after ? &*change.after : nullptr});
    a.seriesTouched.insert(row.indicatorId);
}

template <class T> void applyChange(SingletonStore<T> &item, const RowChange<T> &change, Applied &, bool)
{
    item.set(*change.after);
}

template <class T> void applyChange(PerIndicatorStore<T> &rows, const RowChange<T> &change, Applied &, bool)
{
    if (change.after)
        rows.set(*change.after);
    else
        rows.remove(change.before->indicatorId);
}

template <class Store> void finishChanges(Store &, Applied &) {}
template <class T> void finishChanges(SeriesStore<T> &series, Applied &)
{
    series.applyStaged();
}

// Calls f for each row of items whose member is id.
template <class T, class F> void forEachReferring(const EntityStore<T> &items, qint64 T::*member, qint64 id, F f)
{
    for (const T &item : items)
        if (item.*member == id)
            f(item);
}
template <class T, class F> void forEachReferring(const SeriesStore<T> &series, qint64 T::*member, qint64 id, F f)
{
    if (member == &T::indicatorId) {
        for (const T &row : series.of(id))
            f(row);
        return;
    }
    series.forEach([&](const T &row) {
        if (row.*member == id)
            f(row);
    });
}
template <class T, class F> void forEachReferring(const PerIndicatorStore<T> &rows, qint64 T::*member, qint64 id, F f)
{
    Q_ASSERT(member == &T::indicatorId);
    if (const T *row = rows.find(id))
        f(*row);
}
template <class T, class F> void forEachReferring(const SingletonStore<T> &item, qint64 T::*member, qint64 id, F f)
{
    if (item.value().*member == id)
        f(item.value());
}

} // namespace assure
