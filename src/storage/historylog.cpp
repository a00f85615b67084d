// The change history: one entry per changed row, written in the transaction of the change and chained by hash.
#include "storage/historylog.h"

#include "storage/repository.h"
#include "storage/statement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <sqlite3.h>

namespace assure {

namespace {

QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool: return v.toLongLong();
    case QMetaType::Double: return v.toDouble();
    default: return v.toString();
    }
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString columnText(sqlite3_stmt *s, int column)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return QString::fromUtf8(bytes, sqlite3_column_bytes(s, column));
}

// Columns in the order of canonicalContent(), then the hash.
const char *const kSelect =
    "SELECT id, operation, kind, refers_to, label, at, user_name, machine, table_name, row_key, "
    "action, old_values, new_values, hash FROM history";

HistoryEntry readEntry(sqlite3_stmt *s)
{
    HistoryEntry e;
    e.id = sqlite3_column_int64(s, 0);
    e.operation = sqlite3_column_int64(s, 1);
    e.kind = columnText(s, 2);
    e.refersTo = sqlite3_column_int64(s, 3);
    e.label = columnText(s, 4);
    e.at = columnText(s, 5);
    e.user = columnText(s, 6);
    e.machine = columnText(s, 7);
    e.table = columnText(s, 8);
    e.key = columnText(s, 9);
    e.action = columnText(s, 10);
    e.oldValues = columnText(s, 11);
    e.newValues = columnText(s, 12);
    e.hash = columnText(s, 13);
    return e;
}

// Every column as the text SQLite holds, so a value altered into another type still shows.
QStringList rawColumns(sqlite3_stmt *s)
{
    QStringList out;
    for (int c = 0; c < 13; ++c)
        out << columnText(s, c);
    return out;
}

// Each column as its UTF-8 length, a colon and its bytes: unambiguous whatever the text holds.
QByteArray canonical(const QStringList &columns)
{
    QByteArray out;
    out.reserve(512);
    for (const QString &c : columns) {
        const QByteArray bytes = c.toUtf8();
        out += QByteArray::number(bytes.size());
        out += ':';
        out += bytes;
    }
    return out;
}

QString hashOf(const QString &previousHash, const QByteArray &content)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previousHash.toLatin1());
    h.addData(content);
    return QString::fromLatin1(h.result().toHex());
}

QString sqliteError(sqlite3 *db)
{
    return describeSqliteMessage(QString::fromUtf8(sqlite3_errmsg(db)));
}

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

HistoryLog::HistoryLog(sqlite3 *db, HistoryActor actor) : m_db(db), m_actor(std::move(actor)) {}

HistoryLog::~HistoryLog() = default;

QString HistoryLog::kindKey(HistoryOperation::Kind kind)
{
    switch (kind) {
    case HistoryOperation::Kind::Undo: return QStringLiteral("undo");
    case HistoryOperation::Kind::Redo: return QStringLiteral("redo");
    case HistoryOperation::Kind::Edit: break;
    }
    return QStringLiteral("edit");
}

QByteArray HistoryLog::canonicalContent(const HistoryEntry &e)
{
    return canonical({QString::number(e.id), QString::number(e.operation), e.kind, QString::number(e.refersTo), e.label,
                      e.at, e.user, e.machine, e.table, e.key, e.action, e.oldValues, e.newValues});
}

QString HistoryLog::chainHash(const QString &previousHash, const HistoryEntry &entry)
{
    return hashOf(previousHash, canonicalContent(entry));
}

bool HistoryLog::begin(HistoryOperation *operation, QString *error)
{
    sqlite3_stmt *s = nullptr;
    int rc = sqlite3_prepare_v2(m_db, "SELECT last_entry, hash FROM history_head WHERE id = 1", -1, &s, nullptr);
    m_lastId = 0;
    m_lastHash.clear();
    if (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        m_lastId = sqlite3_column_int64(s, 0);
        m_lastHash = columnText(s, 1);
        rc = SQLITE_DONE;
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        if (error)
            *error = sqliteError(m_db);
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
    m_written = false;
    return true;
}

bool HistoryLog::recordRow(const QString &table, const QStringList &keys, const QVariantList &keyValues,
                           const QStringList &columns, const QVariantList &before, const QVariantList &after,
                           QString *error)
{
    HistoryEntry e = m_operation;
    e.table = table;
    QJsonObject key;
    for (qsizetype i = 0; i < keys.size(); ++i)
        key.insert(keys[i], jsonValue(keyValues.value(i)));
    e.key = compact(key);
    QJsonObject oldValues;
    QJsonObject newValues;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QJsonValue was = before.isEmpty() ? QJsonValue(QJsonValue::Undefined) : jsonValue(before[i]);
        const QJsonValue is = after.isEmpty() ? QJsonValue(QJsonValue::Undefined) : jsonValue(after[i]);
        if (was == is)
            continue;
        if (!before.isEmpty())
            oldValues.insert(columns[i], was);
        if (!after.isEmpty())
            newValues.insert(columns[i], is);
    }
    if (!before.isEmpty() && !after.isEmpty() && oldValues.isEmpty())
        return true; // nothing changed
    e.action = before.isEmpty()  ? QStringLiteral("insert")
               : after.isEmpty() ? QStringLiteral("delete")
                                 : QStringLiteral("update");
    e.oldValues = compact(oldValues);
    e.newValues = compact(newValues);
    return append(e, error);
}

bool HistoryLog::append(HistoryEntry &e, QString *error)
{
    e.id = m_lastId + 1;
    e.hash = chainHash(m_lastHash, e);
    if (!m_insert)
        m_insert = std::make_unique<Statement>(
            m_db, QStringLiteral("INSERT INTO history (id, operation, kind, refers_to, label, at, user_name, machine, "
                                 "table_name, row_key, action, old_values, new_values, hash) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QVariantList values{e.id,      e.operation, e.kind, e.refersTo, e.label,     e.at,        e.user,
                        e.machine, e.table,     e.key,  e.action,   e.oldValues, e.newValues, e.hash};
    for (QVariant &v : values)
        v = bindable(v);
    if (!m_insert->run(values, error))
        return false;
    m_lastId = e.id;
    m_lastHash = e.hash;
    m_written = true;
    return true;
}

bool HistoryLog::finish(QString *error)
{
    if (!m_written)
        return true;
    Statement head(m_db, QStringLiteral("INSERT INTO history_head (id, last_entry, hash) VALUES (1, ?, ?) "
                                        "ON CONFLICT (id) DO UPDATE SET last_entry = excluded.last_entry, "
                                        "hash = excluded.hash"));
    return head.run({m_lastId, m_lastHash}, error);
}

bool HistoryLog::restart(sqlite3 *db, const QString &label, const HistoryActor &actor, const QDateTime &at,
                         QString *error)
{
    return Statement(db, QStringLiteral("DELETE FROM history")).run({}, error) &&
           Statement(db, QStringLiteral("DELETE FROM history_head")).run({}, error) &&
           start(db, label, error, actor, at);
}

bool HistoryLog::start(sqlite3 *db, const QString &label, QString *error, const HistoryActor &actor,
                       const QDateTime &at)
{
    QStringList tables;
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "AND name NOT LIKE 'history%' ORDER BY name",
                       -1, &s, nullptr);
    while (sqlite3_step(s) == SQLITE_ROW)
        tables << columnText(s, 0);
    sqlite3_finalize(s);
    QJsonObject counts;
    for (const QString &table : std::as_const(tables)) {
        const QByteArray sql = QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table).toUtf8();
        sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr);
        if (sqlite3_step(s) == SQLITE_ROW)
            counts.insert(table, sqlite3_column_int64(s, 0));
        sqlite3_finalize(s);
    }
    HistoryLog log(db, actor);
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
    e.newValues = compact(counts);
    return log.append(e, error) && log.finish(error);
}

std::vector<HistoryEntry> HistoryLog::load(sqlite3 *db, qint64 afterId, QString *error)
{
    std::vector<HistoryEntry> out;
    const QByteArray sql = QByteArray(kSelect) + " WHERE id > ? ORDER BY id";
    sqlite3_stmt *s = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(s, 1, afterId);
        while ((rc = sqlite3_step(s)) == SQLITE_ROW)
            out.push_back(readEntry(s));
    }
    if (rc != SQLITE_DONE && error)
        *error = sqliteError(db);
    sqlite3_finalize(s);
    return out;
}

QStringList HistoryLog::verify(sqlite3 *db, qint64 *entries, QString *headHash)
{
    QStringList problems;
    sqlite3_stmt *s = nullptr;
    const QByteArray sql = QByteArray(kSelect) + " ORDER BY id";
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr) != SQLITE_OK) {
        problems << tr("The change history cannot be read (%1).").arg(sqliteError(db));
        return problems;
    }
    qint64 expected = 1;
    qint64 count = 0;
    QString previous;
    while (sqlite3_step(s) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(s, 0);
        const QString stored = columnText(s, 13);
        ++count;
        if (id != expected) {
            problems << (id == expected + 1
                             ? tr("History entry %1 is missing: it was removed outside Assure.").arg(expected)
                             : tr("History entries %1 to %2 are missing: they were removed outside Assure.")
                                   .arg(expected)
                                   .arg(id - 1));
        } else if (hashOf(previous, canonical(rawColumns(s))) != stored) {
            const QString action = columnText(s, 10);
            const QString what = action == QLatin1String("start")
                                     ? tr("the start of the history")
                                     : tr("%1 of %2 %3").arg(action, columnText(s, 8), columnText(s, 9));
            problems << tr("History entry %1 (%2, recorded %3) was altered outside Assure: it no longer matches its "
                           "hash, or the entry before it was altered and its hash rewritten. Restore the file from "
                           "a backup to get the history as Assure wrote it.")
                            .arg(id)
                            .arg(what, columnText(s, 5));
        }
        previous = stored;
        expected = id + 1;
    }
    sqlite3_finalize(s);

    qint64 headId = -1;
    QString head;
    if (sqlite3_prepare_v2(db, "SELECT last_entry, hash FROM history_head WHERE id = 1", -1, &s, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW) {
        headId = sqlite3_column_int64(s, 0);
        head = columnText(s, 1);
    }
    sqlite3_finalize(s);
    const qint64 last = expected - 1;
    if (headId < 0)
        problems << tr("The record of where the change history ends is missing: it was removed outside Assure.");
    else if (headId > last)
        problems << (headId == last + 1
                         ? tr("History entry %1, the newest, is missing: it was removed outside Assure.").arg(headId)
                         : tr("History entries %1 to %2, the newest, are missing: they were removed outside Assure.")
                               .arg(last + 1)
                               .arg(headId));
    else if (headId < last)
        problems << (last == headId + 1
                         ? tr("History entry %1 was added outside Assure.").arg(last)
                         : tr("History entries %1 to %2 were added outside Assure.").arg(headId + 1).arg(last));
    else if (head != previous)
        problems << tr("History entry %1, the newest, was altered outside Assure: it no longer matches the "
                       "recorded end of the history.")
                        .arg(last);
    if (entries)
        *entries = count;
    if (headHash)
        *headHash = head;
    return problems;
}

} // namespace assure
