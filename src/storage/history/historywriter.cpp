// Writes the change history: one entry per operation, in the transaction of the change, chained by hash.
#include "storage/history/historywriter.h"

#include "storage/history/historychain.h"
#include "storage/history/historytable.h"
#include "storage/statement.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <sqlite3.h>

#include <charconv>

namespace assure {

namespace {

// How an operation's entry writes its row changes (0004_operation_history.sql): in groups of rows of
// one table, action and set of columns, each naming its key and columns once.
constexpr char kGroupTable[] = "{\"table\":";
constexpr char kGroupAction[] = ",\"action\":\"";
constexpr char kGroupKey[] = "\",\"key\":[";
constexpr char kGroupColumns[] = "],\"columns\":[";
constexpr char kGroupRows[] = "],\"rows\":[";

} // namespace

HistoryActor HistoryActor::current()
{
    HistoryActor a;
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        a.user = qEnvironmentVariable(name);
        if (!a.user.isEmpty())
            break;
    }
    if (a.user.isEmpty()) // services and containers may set none: the home folder is named after the account
        a.user = QDir::home().dirName();
    a.machine = QSysInfo::machineHostName();
    return a;
}

struct HistoryWriter::Layout
{
    QString table;
    QByteArray tableName; // UTF-8
    QByteArray tableJson; // ... as a JSON string (table names are plain ASCII)
    std::vector<HistoryJson::Member> keys;
    std::vector<HistoryJson::Member> columns;
};

HistoryWriter::HistoryWriter(sqlite3 *db, HistoryActor actor) : m_db(db), m_actor(std::move(actor)) {}

HistoryWriter::~HistoryWriter()
{
    sqlite3_finalize(m_readHead);
}

QString HistoryWriter::kindKey(HistoryOperation::Kind kind)
{
    switch (kind) {
    case HistoryOperation::Kind::Undo: return QStringLiteral("undo");
    case HistoryOperation::Kind::Redo: return QStringLiteral("redo");
    case HistoryOperation::Kind::Edit: break;
    }
    return QStringLiteral("edit");
}

bool HistoryWriter::begin(HistoryOperation *operation, QString *error)
{
    // Read each time: a change that failed leaves the head where it was.
    int rc = m_readHead ? SQLITE_OK
                        : sqlite3_prepare_v2(m_db, "SELECT last_entry, hash FROM history_head WHERE id = 1", -1,
                                             &m_readHead, nullptr);
    m_lastId = 0;
    m_lastHash.clear();
    if (rc == SQLITE_OK && (rc = sqlite3_step(m_readHead)) == SQLITE_ROW) {
        m_lastId = sqlite3_column_int64(m_readHead, 0);
        m_lastHash = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(m_readHead, 1)),
                                sqlite3_column_bytes(m_readHead, 1));
        rc = SQLITE_DONE;
    }
    sqlite3_reset(m_readHead);
    if (rc != SQLITE_DONE) {
        if (error)
            *error = HistoryTable::lastError(m_db);
        return false;
    }
    operation->number = m_lastId + 1;
    m_operation = HistoryEntry{};
    m_operation.operation = operation->number;
    m_operation.kind = kindKey(operation->kind);
    m_operation.refersTo = operation->refersTo;
    m_operation.label = operation->label;
    m_operation.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_operation.user = m_actor.user;
    m_operation.machine = m_actor.machine;
    shareOperation();
    m_written = false;
    m_changes.resize(0);
    m_changeCount = 0;
    m_groupLayout = -1;
    return true;
}

void HistoryWriter::shareOperation()
{
    m_kind = m_operation.kind.toUtf8();
    m_label = m_operation.label.toUtf8();
    m_at = m_operation.at.toUtf8();
    m_user = m_operation.user.toUtf8();
    m_machine = m_operation.machine.toUtf8();
    m_sharedContent.clear();
    HistoryChain::addPiece(m_sharedContent, QByteArray::number(m_operation.operation));
    HistoryChain::addPiece(m_sharedContent, m_kind);
    HistoryChain::addPiece(m_sharedContent, QByteArray::number(m_operation.refersTo));
    HistoryChain::addPiece(m_sharedContent, m_label);
    HistoryChain::addPiece(m_sharedContent, m_at);
    HistoryChain::addPiece(m_sharedContent, m_user);
    HistoryChain::addPiece(m_sharedContent, m_machine);
}

int HistoryWriter::layoutOf(const QString &table, const QStringList &keys, const QStringList &columns)
{
    for (size_t i = 0; i < m_layouts.size(); ++i)
        if (m_layouts[i].table == table)
            return int(i);
    Layout l;
    l.table = table;
    l.tableName = table.toUtf8();
    l.tableJson = '"' + l.tableName + '"';
    l.keys = HistoryJson::members(keys);
    l.columns = HistoryJson::members(columns);
    m_layouts.push_back(std::move(l));
    return int(m_layouts.size()) - 1;
}

bool HistoryWriter::recordRow(const QString &table, const QStringList &keys, const HistoryJson::Field *key,
                              const QStringList &columns, const HistoryJson::Field *before,
                              const HistoryJson::Field *after, QString *error)
{
    Q_UNUSED(error)
    const int layoutIndex = layoutOf(table, keys, columns);
    const Layout &layout = m_layouts[size_t(layoutIndex)];
    const char *action = !before ? "insert" : !after ? "delete" : "update";
    const bool update = before && after;
    // An insert or a delete records every column; an update only those that differ.
    m_columns.clear();
    for (size_t i = 0; i < layout.columns.size(); ++i) {
        const int c = layout.columns[i].index;
        if (!update || !HistoryJson::same(before[c], after[c]))
            m_columns.push_back(int(i));
    }
    if (update && m_columns.empty())
        return true; // nothing changed
    if (m_groupLayout != layoutIndex || qstrcmp(m_groupAction, action) != 0 || m_groupColumns != m_columns) {
        // A new group: its table, action and column names, written once for all its rows.
        m_changes += m_groupLayout < 0 ? "[" : "]},";
        m_changes += kGroupTable;
        m_changes += layout.tableJson;
        m_changes += kGroupAction;
        m_changes += action;
        m_changes += kGroupKey;
        for (size_t i = 0; i < layout.keys.size(); ++i) {
            if (i > 0)
                m_changes += ',';
            m_changes += QByteArrayView(layout.keys[i].prefix).chopped(1);
        }
        m_changes += kGroupColumns;
        for (size_t i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                m_changes += ',';
            m_changes += QByteArrayView(layout.columns[size_t(m_columns[i])].prefix).chopped(1);
        }
        m_changes += kGroupRows;
        m_groupLayout = layoutIndex;
        m_groupAction = action;
        m_groupColumns = m_columns;
    } else {
        m_changes += ',';
    }
    // The row: its key, then the old values of the columns (not for an insert), then the new ones (not for
    // a delete).
    m_changes += '[';
    bool first = true;
    const auto value = [&](const HistoryJson::Field &v) {
        if (!first)
            m_changes += ',';
        first = false;
        HistoryJson::appendValue(m_changes, v);
    };
    for (const HistoryJson::Member &k : layout.keys)
        value(key[k.index]);
    for (const HistoryJson::Field *values : {before, after})
        if (values)
            for (int i : m_columns)
                value(values[layout.columns[size_t(i)].index]);
    m_changes += ']';
    ++m_changeCount;
    return true;
}

bool HistoryWriter::append(HistoryEntry &e, QString *error)
{
    // Entries other than rows (the start) share their columns with no other entry.
    m_operation.operation = e.operation;
    m_operation.kind = e.kind;
    m_operation.refersTo = e.refersTo;
    m_operation.label = e.label;
    m_operation.at = e.at;
    m_operation.user = e.user;
    m_operation.machine = e.machine;
    shareOperation();
    return appendRow(e.table.toUtf8(), e.key.toUtf8(), e.action.toUtf8().constData(), e.oldValues.toUtf8(),
                     e.newValues.toUtf8(), error);
}

bool HistoryWriter::appendRow(const QByteArray &table, const QByteArray &key, const char *action,
                              const QByteArray &oldValues, const QByteArray &newValues, QString *error)
{
    const qint64 id = m_lastId + 1;
    const qsizetype actionSize = qsizetype(qstrlen(action));
    char idText[24];
    const auto idEnd = std::to_chars(idText, idText + sizeof idText, id).ptr;
    m_hash.add(m_lastHash);
    HistoryChain::hashPiece(m_hash, QByteArrayView(idText, idEnd - idText));
    m_hash.add(m_sharedContent);
    HistoryChain::hashPiece(m_hash, table);
    HistoryChain::hashPiece(m_hash, key);
    HistoryChain::hashPiece(m_hash, QByteArrayView(action, actionSize));
    HistoryChain::hashPiece(m_hash, oldValues);
    HistoryChain::hashPiece(m_hash, newValues);
    const QByteArray hash = m_hash.hexResult();

    if (!m_insert)
        m_insert = std::make_unique<Statement>(
            m_db, QStringLiteral("INSERT INTO history (id, operation, kind, refers_to, label, at, user_name, machine, "
                                 "table_name, row_key, action, old_values, new_values, hash) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!m_insert->run(error, columnValues(id, m_operation.operation, m_kind, m_operation.refersTo, m_label, m_at,
                                           m_user, m_machine, table, key, QByteArrayView(action, actionSize), oldValues,
                                           newValues, hash)))
        return false;
    m_lastId = id;
    m_lastHash = hash;
    m_written = true;
    return true;
}

bool HistoryWriter::finish(QString *error)
{
    if (m_changeCount > 0) {
        m_changes += "]}]";
        const bool written =
            appendRow(QByteArray(), QByteArrayLiteral("{}"), "changes", QByteArrayLiteral("{}"), m_changes, error);
        m_changes.resize(0);
        m_changeCount = 0;
        m_groupLayout = -1;
        if (!written)
            return false;
    }
    if (!m_written)
        return true;
    if (!m_head)
        m_head = std::make_unique<Statement>(
            m_db, QStringLiteral("INSERT INTO history_head (id, last_entry, hash) VALUES (1, ?, ?) ON CONFLICT (id) "
                                 "DO UPDATE SET last_entry = excluded.last_entry, hash = excluded.hash"));
    if (!m_head->run(error, columnValues(m_lastId, m_lastHash)))
        return false;
    m_written = false;
    return true;
}

bool HistoryWriter::restart(sqlite3 *db, const QString &label, const HistoryActor &actor, const QDateTime &at,
                            QString *error)
{
    return Statement(db, QStringLiteral("DELETE FROM history")).run(error) &&
           Statement(db, QStringLiteral("DELETE FROM history_head")).run(error) && start(db, label, error, actor, at);
}

bool HistoryWriter::start(sqlite3 *db, const QString &label, QString *error, const HistoryActor &actor,
                          const QDateTime &at)
{
    QStringList tables;
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "AND name NOT LIKE 'history%' ORDER BY name",
                       -1, &s, nullptr);
    while (sqlite3_step(s) == SQLITE_ROW)
        tables << HistoryTable::text(s, 0);
    sqlite3_finalize(s);
    QJsonObject counts;
    for (const QString &table : std::as_const(tables)) {
        const QByteArray sql = QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table).toUtf8();
        sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr);
        if (sqlite3_step(s) == SQLITE_ROW)
            counts.insert(table, sqlite3_column_int64(s, 0));
        sqlite3_finalize(s);
    }
    HistoryWriter log(db, actor);
    HistoryOperation operation;
    operation.label = label;
    if (!log.begin(&operation, error))
        return false;
    HistoryEntry e = log.m_operation;
    if (at.isValid())
        e.at = at.toUTC().toString(Qt::ISODateWithMs);
    e.kind = QStringLiteral("start");
    e.action = QStringLiteral("start");
    e.key = QStringLiteral("{}");
    e.oldValues = QStringLiteral("{}");
    e.newValues = QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact));
    return log.append(e, error) && log.finish(error);
}

} // namespace assure
