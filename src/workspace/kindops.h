// Everything the workspace does with a kind, made by the compiler from its KindTraits and
// TableMapping: include it in the one file that registers the kind (registerKind<T>()).
#pragma once

#include "storage/history/historylog.h"
#include "storage/repository.h"
#include "workspace/dependents.h"
#include "workspace/kindtraits.h"
#include "workspace/storechanges.h"
#include "workspace/workspace.h"

#include <QSqlDatabase>

#include <tuple>

namespace assure {

template <class T> class KindWriterOf final : public KindWriter
{
public:
    explicit KindWriterOf(const QSqlDatabase &db) : repository(db) {}
    Repository<T> repository;
};

template <class T> class KindOpsOf final : public KindOps
{
    using Traits = KindTraits<T>;
    using Map = TableMapping<T>;
    using Store = typename Traits::Store;

public:
    KindOpsOf() : KindOps(kindOf<T>()) {}

    QString table() const override { return Map::table(); }
    QString name() const override { return Traits::name(); }
    bool bulkInserts() const override { return Traits::kBulkInserts; }

    std::unique_ptr<LoadedItems> load(const QSqlDatabase &db, QString *error) const override
    {
        auto loaded = std::make_unique<LoadedStore<Store>>();
        loaded->store.reset(Repository<T>(db).loadAll(error));
        return loaded;
    }

    std::unique_ptr<KindWriter> writer(const QSqlDatabase &db) const override
    {
        return std::make_unique<KindWriterOf<T>>(db);
    }

    bool write(KindWriter &writer, KindChanges &changes, size_t i, QString *error) const override
    {
        Repository<T> &repo = static_cast<KindWriterOf<T> &>(writer).repository;
        RowChange<T> &change = rows(changes)[i];
        if (change.isDelete())
            return repo.remove(*change.before, error);
        if (change.isInsert())
            return repo.insert(*change.after, error); // a new id is written back into the set
        return repo.update(*change.after, error);
    }

    bool insertAll(KindWriter &writer, const KindChanges &changes, const std::uint32_t *first,
                   const std::uint32_t *last, QString *error) const override
    {
        if constexpr (Traits::kBulkInserts) {
            const RowChanges<T> &all = rows(changes);
            std::vector<const T *> items;
            items.reserve(size_t(last - first));
            for (const std::uint32_t *i = first; i != last; ++i)
                items.push_back(&*all[*i].after);
            return items.empty() || static_cast<KindWriterOf<T> &>(writer).repository.insertAll(
                                        items.data(), items.data() + items.size(), error);
        } else {
            Q_UNUSED(writer)
            Q_UNUSED(changes)
            Q_UNUSED(first)
            Q_UNUSED(last)
            Q_UNUSED(error)
            Q_ASSERT(!"insertAll() is only for kinds with kBulkInserts");
            return false;
        }
    }

    bool record(HistoryLog &log, const KindChanges &changes, size_t i, QString *error) const override
    {
        const RowChange<T> &change = rows(changes)[i];
        return log.record(change.before, change.after, error);
    }

    void applyLoaded(LoadedItems &items, const KindChanges &changes, size_t i, Applied &applied) const override
    {
        const RowChange<T> &change = rows(changes)[i];
        applied.kind = kind();
        applyChange(static_cast<LoadedStore<Store> &>(items).store, change, applied, Traits::kRowSignals);
        Traits::touched(change, applied);
    }

    void finishLoaded(LoadedItems &items, Applied &applied) const override
    {
        finishChanges(static_cast<LoadedStore<Store> &>(items).store, applied);
    }

    void collectDependents(const Workspace &ws, Kind referred, qint64 id, Dependents &out) const override
    {
        std::apply([&](const auto &...refs) { (collect(ws, refs, referred, id, out), ...); }, Traits::references());
    }

private:
    static RowChanges<T> &rows(KindChanges &changes) { return static_cast<KindChangesOf<T> &>(changes).rows; }
    static const RowChanges<T> &rows(const KindChanges &changes)
    {
        return static_cast<const KindChangesOf<T> &>(changes).rows;
    }

    template <class To>
    void collect(const Workspace &ws, const Reference<T, To> &ref, Kind referred, qint64 id, Dependents &out) const
    {
        if (kindOf<To>() != referred)
            return;
        qint64 n = 0;
        forEachReferring(ws.items<T>(), ref.member, id, [&](const T &item) {
            if (ref.when && !ref.when(item))
                return;
            ++n;
            switch (ref.onDelete) {
            case OnDelete::Clear: {
                // The file clears it too (ON DELETE SET NULL); saying so in the change set keeps
                // the loaded items in step, and lets undo give it back.
                T cleared = item;
                cleared.*ref.member = 0;
                out.changes().update(item, cleared);
                break;
            }
            case OnDelete::Cascade:
                // Deleted in the change set rather than by the file, so that undo puts them back.
                if constexpr (Map::kRowId)
                    ws.collectDependents(kind(), item.id, out);
                out.changes().remove(item);
                break;
            case OnDelete::Refuse: break;
            }
        });
        out.note(kind(), ref.onDelete, ref.context, ref.sentence, n);
    }
};

// Registers kind T (once): the workspace loads, writes, records and announces it from then on.
template <class T> void registerKind()
{
    kinds::add(std::make_unique<KindOpsOf<T>>());
}

} // namespace assure
