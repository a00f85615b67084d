// Writes the change history: one entry per operation, in the transaction of the change, chained by hash.
//
// An operation's row changes are gathered between begin() and finish() into one entry (format 4,
// 0004_operation_history.sql), grouped by table, action and changed columns so that each name is
// written once, and hashed as they are written (HistoryChain). historylog.h says what the chain proves.
#pragma once

#include "core/historyentry.h"
#include "storage/history/historyjson.h"
#include "storage/history/sha256.h"
#include "storage/tablemapping.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace assure {

class Statement;

// Who makes the changes: the account and the computer.
struct HistoryActor
{
    QString user;
    QString machine;

    static HistoryActor current();
};

// What one applied change set is: an edit, or the undo or redo of an earlier edit.
struct HistoryOperation
{
    enum class Kind { Edit, Undo, Redo };

    Kind kind = Kind::Edit;
    qint64 refersTo = 0; // undo and redo: the edit's operation number
    QString label;
    qint64 number = 0; // filled in by begin(): this operation's number
};

class HistoryWriter
{
public:
    explicit HistoryWriter(sqlite3 *db, HistoryActor actor = HistoryActor::current());
    ~HistoryWriter();
    HistoryWriter(const HistoryWriter &) = delete;
    HistoryWriter &operator=(const HistoryWriter &) = delete;

    // Starts an operation: the row changes recorded until finish() make its one entry.
    bool begin(HistoryOperation *operation, QString *error);
    // Records one row's change (no before: insert; no after: delete) from the type's mapping, so
    // every table with a TableMapping is recorded without more code. An update that changes no
    // column records nothing.
    template <class T> bool record(const std::optional<T> &before, const std::optional<T> &after, QString *error)
    {
        using Map = TableMapping<T>;
        static const QString table = Map::table();
        static const QStringList keys = Map::keys();
        static const QStringList columns = Map::columns();
        const T &item = after ? *after : *before;
        using Values = decltype(Map::values(item));
        std::optional<Values> was, now;
        if (before)
            was.emplace(Map::values(*before));
        if (after)
            now.emplace(Map::values(*after));
        return recordValues(table, keys, Map::keyValues(item), columns, was ? &*was : nullptr, now ? &*now : nullptr,
                            error);
    }
    // The same for a table without a mapping: its key and column values as tuples (columnvalues.h).
    template <class Key, class Values>
    bool recordValues(const QString &table, const QStringList &keys, const Key &key, const QStringList &columns,
                      const Values *before, const Values *after, QString *error)
    {
        const auto keyFields = HistoryJson::fields(key);
        std::array<HistoryJson::Field, std::tuple_size_v<Values>> was{}, now{};
        if (before)
            was = HistoryJson::fields(*before);
        if (after)
            now = HistoryJson::fields(*after);
        return recordRow(table, keys, keyFields.data(), columns, before ? was.data() : nullptr,
                         after ? now.data() : nullptr, error);
    }
    // Writes the operation's entry, if it changed anything, and moves the head to it; call before
    // committing.
    bool finish(QString *error);

    // Writes the chain's first entry, saying how many rows each table holds; label says why.
    // A null at means now.
    static bool start(sqlite3 *db, const QString &label, QString *error,
                      const HistoryActor &actor = HistoryActor::current(), const QDateTime &at = {});
    // Empties the history and starts it again: only for a file being generated in one
    // transaction (the demo board), whose history then starts with what it holds.
    static bool restart(sqlite3 *db, const QString &label, const HistoryActor &actor, const QDateTime &at,
                        QString *error);
    static QString kindKey(HistoryOperation::Kind kind);

private:
    // How one table's rows go on the record, worked out on its first row.
    struct Layout;
    // One row's change: the key's fields and the columns' before (none for an insert) and after (none
    // for a delete), as many as keys and columns name.
    bool recordRow(const QString &table, const QStringList &keys, const HistoryJson::Field *key,
                   const QStringList &columns, const HistoryJson::Field *before, const HistoryJson::Field *after,
                   QString *error);
    // Its place in m_layouts.
    int layoutOf(const QString &table, const QStringList &keys, const QStringList &columns);
    // Fixes the text every entry of the operation shares, from m_operation.
    void shareOperation();
    bool append(HistoryEntry &entry, QString *error);
    // Writes the next entry from its own columns as UTF-8 (the shared ones come from m_operation).
    bool appendRow(const QByteArray &table, const QByteArray &key, const char *action, const QByteArray &oldValues,
                   const QByteArray &newValues, QString *error);

    sqlite3 *m_db;
    HistoryActor m_actor;
    std::unique_ptr<Statement> m_insert;
    std::unique_ptr<Statement> m_head;
    sqlite3_stmt *m_readHead = nullptr;
    HistoryEntry m_operation;                            // what every entry of the operation shares
    QByteArray m_kind, m_label, m_at, m_user, m_machine; // ... as UTF-8
    QByteArray m_sharedContent;                          // ... and its part of every entry's canonical content
    std::vector<Layout> m_layouts;
    Sha256 m_hash;
    QByteArray m_changes; // the operation's row changes so far, as its entry's JSON without the closing brackets
    qsizetype m_changeCount = 0;
    // The group the last row change went into: its layout, action and columns (places in the layout).
    int m_groupLayout = -1;
    const char *m_groupAction = nullptr;
    std::vector<int> m_groupColumns;
    std::vector<int> m_columns; // reused for every row
    qint64 m_lastId = 0;
    QByteArray m_lastHash; // hex
    bool m_written = false;
};

} // namespace assure
