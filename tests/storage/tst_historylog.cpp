// The change history's chain: started by the format 3 migration, kept whole by the format 4 one, and broken by any
// entry altered or removed outside Assure.
#include "storage/board/boardmappings.h"
#include "storage/boardfile.h"
#include "storage/filesafety/backupstore.h"
#include "storage/history/historylog.h"
#include "storage/indicators/indicatormappings.h"
#include "storage/repository.h"
#include "storage/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace assure;

namespace {

bool rawExec(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    char *message = nullptr;
    const bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK &&
                    sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK;
    if (message)
        qWarning("%s", message);
    sqlite3_free(message);
    sqlite3_close(db);
    return ok;
}

QByteArray migration(const char *name)
{
    QFile f(QStringLiteral(":/migrations/") + QString::fromLatin1(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Adds two agencies as one recorded operation, as the desktop app's edit would; a and b get their ids.
bool addTwoAgencies(BoardFile &file, HistoryLog &log, HistoryOperation *add, Agency *a, Agency *b, QString *error)
{
    a->name = QStringLiteral("Westmere Police");
    b->name = QStringLiteral("Westmere NHS Trust");
    Repository<Agency> agencies(file.database());
    return log.begin(add, error) && agencies.insert(*a, error) && log.record<Agency>({}, *a, error) &&
           agencies.insert(*b, error) && log.record<Agency>({}, *b, error) && log.finish(error);
}

} // namespace

class TestHistoryLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void newBoardStartsTheChain();
    void migrationFromFormat2KeepsDataAndStartsChain();
    void migrationFromFormat3KeepsTheChain();
    void tampering_data();
    void tampering();

private:
    // A board with the start entry (1) and three operations: two agencies added (2), one renamed (3), one
    // deleted (4).
    QString boardWithHistory();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestHistoryLog::boardWithHistory()
{
    const QString path = m_dir->filePath(QStringLiteral("board.assure"));
    OpenResult r;
    auto file = BoardFile::create(path, &r);
    if (!file)
        return {};
    QString error;
    Transaction t(file->database());
    HistoryLog log(file->handle(), HistoryActor{QStringLiteral("jo"), QStringLiteral("laptop-7")});
    HistoryOperation add{HistoryOperation::Kind::Edit, 0, QStringLiteral("Add agencies"), 0};
    Agency a;
    Agency b;
    bool ok = addTwoAgencies(*file, log, &add, &a, &b, &error);
    Repository<Agency> agencies(file->database());
    Agency renamed = a;
    renamed.name = QStringLiteral("Westmere Constabulary");
    HistoryOperation rename{HistoryOperation::Kind::Edit, 0, QStringLiteral("Edit agency"), 0};
    ok = ok && log.begin(&rename, &error) && agencies.update(renamed, &error) &&
         log.record<Agency>(a, renamed, &error) && log.finish(&error);
    HistoryOperation remove{HistoryOperation::Kind::Edit, 0, QStringLiteral("Delete agency"), 0};
    ok = ok && log.begin(&remove, &error) && agencies.remove(b, &error) && log.record<Agency>(b, {}, &error) &&
         log.finish(&error) && t.commit();
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok ? path : QString();
}

void TestHistoryLog::newBoardStartsTheChain()
{
    const QString path = boardWithHistory();
    QVERIFY(!path.isEmpty());
    OpenResult r;
    auto file = BoardFile::open(path, BoardFile::Mode::ReadOnly, &r);
    QVERIFY2(file, qPrintable(r.message));
    // One row per change; the changes of one operation share its entry and hash.
    const auto entries = HistoryLog::load(file->handle(), 0, nullptr);
    QCOMPARE(entries.size(), size_t(5));
    QCOMPARE(entries[0].kind, QStringLiteral("start"));
    QVERIFY(entries[0].label.contains(QStringLiteral("created")));
    QCOMPARE(entries[1].id, 2);
    QCOMPARE(entries[2].id, 2);
    QCOMPARE(entries[1].operation, 2);
    QCOMPARE(entries[2].operation, 2);
    QCOMPARE(entries[1].action, QStringLiteral("insert"));
    QCOMPARE(entries[1].newValues.contains(QStringLiteral("Westmere Police")), true);
    QCOMPARE(entries[2].newValues.contains(QStringLiteral("Westmere NHS Trust")), true);
    QCOMPARE(entries[1].hash, entries[2].hash);
    QCOMPARE(entries[3].operation, 3);
    QCOMPARE(entries[3].user, QStringLiteral("jo"));
    QCOMPARE(entries[3].table, QStringLiteral("agency"));
    QCOMPARE(entries[3].action, QStringLiteral("update"));
    QCOMPARE(entries[3].oldValues, QStringLiteral(R"({"name":"Westmere Police"})"));
    QCOMPARE(entries[3].newValues, QStringLiteral(R"({"name":"Westmere Constabulary"})"));
    QCOMPARE(entries[4].operation, 4);
    QCOMPARE(entries[4].action, QStringLiteral("delete"));
    QVERIFY(entries[4].oldValues.contains(QStringLiteral("Westmere NHS Trust")));
    QCOMPARE(entries[4].newValues, QStringLiteral("{}"));
    QVERIFY(entries[3].hash != entries[1].hash);
    qint64 count = 0;
    QString head;
    QCOMPARE(HistoryLog::verify(file->handle(), &count, &head), QStringList());
    QCOMPARE(count, 4);
    QCOMPARE(head, entries[4].hash);
}

void TestHistoryLog::migrationFromFormat2KeepsDataAndStartsChain()
{
    const QString path = m_dir->filePath(QStringLiteral("format2.assure"));
    const QByteArray format2 = migration("0001_initial.sql") + migration("0002_indicators.sql");
    QVERIFY(!format2.isEmpty());
    QVERIFY(rawExec(path, "PRAGMA application_id = 1095980370;" + format2 +
                              "INSERT INTO agency (name) VALUES ('Westmere Police');"
                              "INSERT INTO indicator (code, title) VALUES ('CP-01', 'Child protection plans');"
                              "INSERT INTO measurement (indicator_id, period_key, value) VALUES (1, '2026-M04', 41.5);"
                              "PRAGMA user_version = 2;"));
    OpenResult r;
    auto file = BoardFile::open(path, BoardFile::Mode::ReadWrite, &r);
    QVERIFY2(file, qPrintable(r.message));
    QCOMPARE(r.schemaVersion, BoardFile::currentSchemaVersion());
    // The copy taken before the upgrade is in the board's backups folder.
    const QList<BackupEntry> backups = BackupStore::backupsIn(BackupStore().folderFor(path, QString()));
    QVERIFY(!backups.isEmpty());
    QCOMPARE(backups.constFirst().trigger, BackupStore::kBeforeUpgrade);
    // The data is as it was.
    const auto agencies = Repository<Agency>(file->database()).loadAll();
    QCOMPARE(agencies.size(), size_t(1));
    QCOMPARE(agencies.front().name, QStringLiteral("Westmere Police"));
    const auto measurements = Repository<Measurement>(file->database()).loadAll();
    QCOMPARE(measurements.size(), size_t(1));
    QCOMPARE(measurements.front().value, std::optional<double>(41.5));
    // The chain starts with what the board held.
    const auto entries = HistoryLog::load(file->handle(), 0, nullptr);
    QCOMPARE(entries.size(), size_t(1));
    QCOMPARE(entries.front().kind, QStringLiteral("start"));
    QVERIFY2(entries.front().label.contains(QStringLiteral("format 2")), qPrintable(entries.front().label));
    const QJsonObject counts = QJsonDocument::fromJson(entries.front().newValues.toUtf8()).object();
    QCOMPARE(counts.value(QStringLiteral("agency")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("measurement")).toInt(), 1);
    QCOMPARE(HistoryLog::verify(file->handle()), QStringList());
}

void TestHistoryLog::migrationFromFormat3KeepsTheChain()
{
    // A format 3 board, with the entries Assure wrote then: one per row, each chained on the one before.
    const QString path = m_dir->filePath(QStringLiteral("format3.assure"));
    const QByteArray format3 =
        migration("0001_initial.sql") + migration("0002_indicators.sql") + migration("0003_history.sql");
    QVERIFY(!format3.isEmpty());
    HistoryEntry start;
    start.id = 1;
    start.operation = 1;
    start.kind = QStringLiteral("start");
    start.label = QStringLiteral("History started: board file created");
    start.at = QStringLiteral("2026-10-01T09:00:00.000Z");
    start.user = QStringLiteral("jo");
    start.machine = QStringLiteral("laptop-7");
    start.action = QStringLiteral("start");
    start.key = QStringLiteral("{}");
    start.oldValues = QStringLiteral("{}");
    start.newValues = QStringLiteral(R"({"agency":0,"indicator":0,"measurement":0})");
    start.hash = HistoryLog::chainHash(QString(), start);
    HistoryEntry add = start;
    add.id = 2;
    add.operation = 2;
    add.kind = QStringLiteral("edit");
    add.label = QStringLiteral("Add measurement");
    add.table = QStringLiteral("measurement");
    add.key = QStringLiteral(R"({"indicator_id":1,"period_key":"2026-M04"})");
    add.action = QStringLiteral("insert");
    add.newValues = QStringLiteral(R"({"quality":"provisional","value":41.5})");
    add.hash = HistoryLog::chainHash(start.hash, add);
    QString rows;
    for (const HistoryEntry &e : {start, add})
        rows += QStringLiteral("INSERT INTO history VALUES (%1, %2, '%3', 0, '%4', '%5', '%6', '%7', '%8', '%9', ")
                    .arg(e.id)
                    .arg(e.operation)
                    .arg(e.kind, e.label, e.at, e.user, e.machine, e.table, e.key) +
                QStringLiteral("'%1', '%2', '%3', '%4');").arg(e.action, e.oldValues, e.newValues, e.hash);
    QVERIFY(rawExec(path, "PRAGMA application_id = 1095980370;" + format3 +
                              "INSERT INTO indicator (code, title) VALUES ('CP-01', 'Child protection plans');"
                              "INSERT INTO measurement (indicator_id, period_key, value, quality) "
                              "VALUES (1, '2026-M04', 41.5, 'provisional');" +
                              rows.toUtf8() + "INSERT INTO history_head VALUES (1, 2, '" + add.hash.toLatin1() +
                              "'); PRAGMA user_version = 3;"));

    OpenResult r;
    auto file = BoardFile::open(path, BoardFile::Mode::ReadWrite, &r);
    QVERIFY2(file, qPrintable(r.message));
    QCOMPARE(r.schemaVersion, BoardFile::currentSchemaVersion()); // format 3, migrated through 4 and on
    // The measurement is as it was, and its check still refuses a quality that is not one of the three.
    const auto measurements = Repository<Measurement>(file->database()).loadAll();
    QCOMPARE(measurements.size(), size_t(1));
    QCOMPARE(measurements.front().quality, DataQuality::Provisional);
    QCOMPARE(sqlite3_exec(file->handle(), "UPDATE measurement SET quality = 'guessed'", nullptr, nullptr, nullptr),
             SQLITE_CONSTRAINT_CHECK);
    // The entries written under format 3 are as they were, and the chain still verifies.
    auto entries = HistoryLog::load(file->handle(), 0, nullptr);
    QCOMPARE(entries.size(), size_t(2));
    QCOMPARE(entries[1].hash, add.hash);
    QCOMPARE(entries[1].newValues, add.newValues);
    QCOMPARE(HistoryLog::verify(file->handle()), QStringList());

    // The next operation, one entry for its two changes, chains on the last format 3 entry.
    QString error;
    {
        Transaction t(file->database());
        HistoryLog log(file->handle(), HistoryActor{QStringLiteral("sam"), QStringLiteral("desk-2")});
        HistoryOperation edit{HistoryOperation::Kind::Edit, 0, QStringLiteral("Add agencies"), 0};
        Agency a;
        Agency b;
        QVERIFY2(addTwoAgencies(*file, log, &edit, &a, &b, &error) && t.commit(), qPrintable(error));
        QCOMPARE(edit.number, 3);
    }
    entries = HistoryLog::load(file->handle(), 2, nullptr);
    QCOMPARE(entries.size(), size_t(2));
    QCOMPARE(entries[0].id, 3);
    QCOMPARE(entries[1].id, 3);
    QCOMPARE(entries[1].user, QStringLiteral("sam"));
    QCOMPARE(entries[1].table, QStringLiteral("agency"));
    qint64 count = 0;
    QCOMPARE(HistoryLog::verify(file->handle(), &count), QStringList());
    QCOMPARE(count, 3);
}

void TestHistoryLog::tampering_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("message");
    QTest::newRow("value altered")
        << QByteArray(
               "UPDATE history SET new_values = replace(new_values, 'Westmere NHS Trust', 'Nobody') WHERE id = 2")
        << QStringLiteral("History entry 2 (the changes of “Add agencies”");
    QTest::newRow("user altered") << QByteArray("UPDATE history SET user_name = 'sam' WHERE id = 3")
                                  << QStringLiteral("History entry 3 (the changes of “Edit agency”");
    QTest::newRow("start altered") << QByteArray("UPDATE history SET new_values = '{}' WHERE id = 1")
                                   << QStringLiteral("History entry 1 (the start of the history");
    QTest::newRow("entry rehashed") << QByteArray("UPDATE history SET hash = 'ab' WHERE id = 2")
                                    << QStringLiteral("History entry 3 (the changes of “Edit agency”");
    QTest::newRow("middle removed") << QByteArray("DELETE FROM history WHERE id = 2")
                                    << QStringLiteral("History entry 2 is missing");
    QTest::newRow("two removed") << QByteArray("DELETE FROM history WHERE id IN (2, 3)")
                                 << QStringLiteral("History entries 2 to 3 are missing");
    QTest::newRow("newest removed") << QByteArray("DELETE FROM history WHERE id = 4")
                                    << QStringLiteral("History entry 4, the newest, is missing");
    QTest::newRow("head removed") << QByteArray("DELETE FROM history_head")
                                  << QStringLiteral("where the change history ends is missing");
    QTest::newRow("entry added") << QByteArray(
                                        "INSERT INTO history SELECT 5, 5, kind, refers_to, label, at, user_name, "
                                        "machine, table_name, row_key, action, old_values, new_values, hash "
                                        "FROM history WHERE id = 4")
                                 << QStringLiteral("History entry 5 (the changes of “Delete agency”");
}

void TestHistoryLog::tampering()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, message);
    const QString path = boardWithHistory();
    QVERIFY(!path.isEmpty());
    QVERIFY(rawExec(path, sql));
    OpenResult r;
    auto file = BoardFile::open(path, BoardFile::Mode::ReadOnly, &r);
    QVERIFY2(file, qPrintable(r.message));
    const QStringList problems = HistoryLog::verify(file->handle());
    QVERIFY2(!problems.isEmpty() && problems.join(QLatin1Char('\n')).contains(message),
             qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestHistoryLog)
#include "tst_historylog.moc"
