// The kinds of item a workspace holds, each registered once with what it takes to load, write,
// record, announce and delete it; the workspace and change sets take every kind from here.
#pragma once

#include "workspace/notifier.h"

#include <QSet>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

class QSqlDatabase;

namespace assure {

class Dependents;
class HistoryLog;
class KindChanges;
class Workspace;

namespace kinds {
// A new kind number; kindOf<T>() takes one per type.
Kind next();
} // namespace kinds

// The number of kind T, the same for the life of the program.
template <class T> Kind kindOf()
{
    static const Kind kind = kinds::next();
    return kind;
}

// What applying a change set to the loaded items gathers for the word to the views.
struct Applied
{
    Notifier *notifier = nullptr;
    Kind kind{};
    QSet<qint64> seriesTouched; // indicators whose series (or what rates it) changed
    bool thresholdsTouched = false;
};

// A workspace's loaded items of one kind (a LoadedStore<Store>, kindops.h).
class LoadedItems
{
public:
    virtual ~LoadedItems() = default;
};

template <class Store> class LoadedStore final : public LoadedItems
{
public:
    Store store;
};

// Writes one kind's rows for the length of a change set, so each statement is prepared once
// however many rows the set writes.
class KindWriter
{
public:
    virtual ~KindWriter() = default;
};

// One registered kind, without its type (KindOpsOf<T> in kindops.h).
class KindOps
{
public:
    explicit KindOps(Kind kind) : m_kind(kind) {}
    virtual ~KindOps() = default;

    Kind kind() const { return m_kind; }
    // Its table in the board file, and its name for people (history labels).
    virtual QString table() const = 0;
    virtual QString name() const = 0;
    // Whether new rows of it may be written many to a statement (rows that refer to no row of
    // the same set but their parent, so a run of them may go in table by table).
    virtual bool bulkInserts() const = 0;

    virtual std::unique_ptr<LoadedItems> load(const QSqlDatabase &db, QString *error) const = 0;
    virtual std::unique_ptr<KindWriter> writer(const QSqlDatabase &db) const = 0;
    virtual bool write(KindWriter &writer, KindChanges &changes, size_t i, QString *error) const = 0;
    // Writes the inserts at these places of changes, many to a statement (bulkInserts()).
    virtual bool insertAll(KindWriter &writer, const KindChanges &changes, const std::uint32_t *first,
                           const std::uint32_t *last, QString *error) const = 0;
    virtual bool record(HistoryLog &log, const KindChanges &changes, size_t i, QString *error) const = 0;
    // Brings the loaded items in step with change i, and says so; finishLoaded() after the last.
    virtual void applyLoaded(LoadedItems &items, const KindChanges &changes, size_t i, Applied &applied) const = 0;
    virtual void finishLoaded(LoadedItems &items, Applied &applied) const = 0;
    // Adds this kind's items that refer to the item of kind referred with this id, with what
    // deleting that item does to them.
    virtual void collectDependents(const Workspace &ws, Kind referred, qint64 id, Dependents &out) const = 0;

private:
    Kind m_kind;
};

namespace kinds {
// Adds a kind (once; again is ignored). registerKind<T>() (kindops.h) makes its KindOps.
void add(std::unique_ptr<KindOps> ops);
// Every registered kind in the order registered, the application's own first (appkinds.cpp).
const std::vector<const KindOps *> &all();
const KindOps *find(Kind kind);
const KindOps *findByTable(const QString &table);
// One more than the highest kind number handed out so far.
int count();
} // namespace kinds

// Registers the kinds of every feature of the application (appkinds.cpp); more than once is harmless.
void registerAppKinds();

} // namespace assure
