// The board file: create, reopen, migrate, refuse what is not a sound board file, roll back failures.
#include "storage/board/boardmappings.h"
#include "storage/board/boardrepository.h"
#include "storage/boardfile.h"
#include "storage/filesafety/backupstore.h"
#include "storage/indicators/indicatormappings.h"
#include "storage/repository.h"
#include "storage/transaction.h"
#include "testsupport/filebytes.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace assure;
using assure::test::fileDigest;

namespace {

// Runs SQL on a file through the C API, as another program (or the sqlite3 shell) would.
bool rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK &&
              sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

int count(const BoardFile &file, const QString &table)
{
    QSqlQuery q(file.database());
    q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestBoardFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createCloseReopen();
    void createRefusesExistingFile();
    void migratesFromEmptyFileAfterBackup();
    void refusals_data();
    void refusals();
    void refusesReadOnlyFileForWriting();
    void failingWriteRollsBack();
    void saveCopyIsComplete();
    void integrityFindsBrokenReference();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
};

void TestBoardFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("ASSURE_BACKUP_DIR", QFile::encodeName(m_dir->filePath(QStringLiteral("backups"))));
}

void TestBoardFile::createCloseReopen()
{
    const QString file = path("board.assure");
    OpenResult r;
    {
        auto created = BoardFile::create(file, &r);
        QVERIFY2(created, qPrintable(r.message));
        Agency a;
        a.name = QStringLiteral("Westmere Police");
        a.sector = Sector::Police;
        QString error;
        QVERIFY(Repository<Agency>(created->database()).insert(a, &error));
        QVERIFY(a.id > 0);
    }
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-journal")));
    auto reopened = BoardFile::open(file, BoardFile::Mode::ReadWrite, &r);
    QVERIFY2(reopened, qPrintable(r.message));
    QCOMPARE(r.schemaVersion, BoardFile::currentSchemaVersion());
    QSqlQuery q(reopened->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toUInt(), BoardFile::kApplicationId);
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
    q.finish();
    const auto agencies = Repository<Agency>(reopened->database()).loadAll();
    QCOMPARE(agencies.size(), size_t(1));
    QCOMPARE(agencies.front().name, QStringLiteral("Westmere Police"));
    QCOMPARE(agencies.front().sector, Sector::Police);
}

void TestBoardFile::createRefusesExistingFile()
{
    const QString file = path("exists.assure");
    QVERIFY(assure::test::writeFile(file, "keep me"));
    OpenResult r;
    QVERIFY(!BoardFile::create(file, &r));
    QVERIFY(r.message.contains(QStringLiteral("already exists")));
    QCOMPARE(assure::test::readFile(file), QByteArray("keep me"));
}

void TestBoardFile::migratesFromEmptyFileAfterBackup()
{
    // A board file at format 0: ours by its application id, but with no schema yet.
    const QString file = path("old.assure");
    QVERIFY(rawExec(file, "PRAGMA application_id = 1095980370; CREATE TABLE scratch (x); DROP TABLE scratch;"));
    const QByteArray before = fileDigest(file);
    OpenResult r;
    auto opened = BoardFile::open(file, BoardFile::Mode::ReadWrite, &r);
    QVERIFY2(opened, qPrintable(r.message));
    QCOMPARE(r.schemaVersion, BoardFile::currentSchemaVersion());
    for (const char *table : {"board", "agency", "person", "subgroup"})
        QVERIFY2(count(*opened, QString::fromLatin1(table)) >= 0, table);
    QCOMPARE(count(*opened, QStringLiteral("board")), 1);
    // The copy taken before migrating, in the board's backups folder, is the file as it was.
    const QList<BackupEntry> backups = BackupStore::backupsIn(BackupStore().folderFor(file, QString()));
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.constFirst().trigger, BackupStore::kBeforeUpgrade);
    QVERIFY(QDir(QFileInfo(backups.constFirst().path).absolutePath()).dirName().startsWith(QStringLiteral("old-")));
    const QString backup = backups.constFirst().path;
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(backup).constData(), &db), SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_schema", -1, &stmt, nullptr);
    QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(stmt, 0), 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    Q_UNUSED(before);
}

void TestBoardFile::refusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("text file") << QStringLiteral("text") << int(OpenStatus::NotSqlite)
                               << QStringLiteral("not a database");
    QTest::newRow("empty file") << QStringLiteral("empty") << int(OpenStatus::NotSqlite)
                                << QStringLiteral("not a database");
    QTest::newRow("other application") << QStringLiteral("other") << int(OpenStatus::OtherApplication)
                                       << QStringLiteral("another application");
    QTest::newRow("newer version") << QStringLiteral("newer") << int(OpenStatus::NewerVersion)
                                   << QStringLiteral("newer version of Assure");
    QTest::newRow("damaged") << QStringLiteral("damaged") << int(OpenStatus::Damaged) << QStringLiteral("damaged");
    QTest::newRow("missing") << QStringLiteral("missing") << int(OpenStatus::Missing)
                             << QStringLiteral("does not exist");
}

void TestBoardFile::refusals()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, messagePart);
    const QString file = m_dir->filePath(kind + QStringLiteral(".assure"));
    if (kind == QLatin1String("text")) {
        QVERIFY(assure::test::writeFile(file, "Indicator,Value\nCP01,87.5\n"));
    } else if (kind == QLatin1String("empty")) {
        QVERIFY(assure::test::writeFile(file, {}));
    } else if (kind == QLatin1String("other")) {
        QVERIFY(rawExec(file, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('scones');"));
    } else if (kind != QLatin1String("missing")) {
        {
            OpenResult r;
            auto created = BoardFile::create(file, &r);
            QVERIFY(created);
            Agency a;
            a.name = QStringLiteral("Fenholt College");
            QString error;
            Transaction t(created->database());
            for (int i = 0; i < 300; ++i) { // enough rows for several pages
                a.id = 0;
                a.name = QStringLiteral("Agency %1 with a long name to fill the pages").arg(i);
                QVERIFY(Repository<Agency>(created->database()).insert(a, &error));
            }
            QVERIFY(t.commit());
        }
        if (kind == QLatin1String("newer")) {
            QVERIFY(rawExec(file, "PRAGMA user_version = 999"));
        } else {
            // Scribble over the middle of the file, as a bad sector or a half-copied file would.
            QByteArray bytes = assure::test::readFile(file);
            QVERIFY(bytes.size() > 8 * 4096);
            const int middlePage = int(bytes.size() / 4096 / 2) * 4096;
            for (int i = middlePage; i < middlePage + 1000; ++i)
                bytes[i] = char(0x5a);
            QVERIFY(assure::test::writeFile(file, bytes));
        }
    }
    const QByteArray before = fileDigest(file);
    OpenResult r;
    QVERIFY(!BoardFile::open(file, BoardFile::Mode::ReadWrite, &r));
    QCOMPARE(int(r.status), status);
    QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
    QVERIFY2(r.message.contains(QFileInfo(file).fileName()), qPrintable(r.message));
    QCOMPARE(fileDigest(file), before);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-journal")));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).filter(QStringLiteral(".bak")).size(), 0);
}

void TestBoardFile::refusesReadOnlyFileForWriting()
{
    const QString file = path("locked.assure");
    {
        OpenResult r;
        QVERIFY(BoardFile::create(file, &r));
    }
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    if (QFileInfo(file).isWritable())
        QSKIP("running as a user who can write read-only files");
    OpenResult r;
    QVERIFY(!BoardFile::open(file, BoardFile::Mode::ReadWrite, &r));
    QCOMPARE(r.status, OpenStatus::CannotWrite);
    QVERIFY(BoardFile::open(file, BoardFile::Mode::ReadOnly, &r));
}

void TestBoardFile::failingWriteRollsBack()
{
    const QString file = path("rollback.assure");
    OpenResult r;
    auto board = BoardFile::create(file, &r);
    QVERIFY(board);
    QString error;
    Repository<Agency> agencies(board->database());
    Agency police;
    police.name = QStringLiteral("Westmere Police");
    QVERIFY(agencies.insert(police, &error));
    {
        Transaction t(board->database());
        Agency health;
        health.name = QStringLiteral("Westmere Health");
        QVERIFY(agencies.insert(health, &error));
        Agency duplicate;
        duplicate.name = QStringLiteral("westmere police"); // names are unique, ignoring case
        QVERIFY(!agencies.insert(duplicate, &error));
        QVERIFY2(error.contains(QStringLiteral("already in use")), qPrintable(error));
        // t goes out of scope without commit: both inserts are undone
    }
    QCOMPARE(count(*board, QStringLiteral("agency")), 1);
    QVERIFY(board->integrityProblems().isEmpty());
}

void TestBoardFile::saveCopyIsComplete()
{
    OpenResult r;
    auto board = BoardFile::create(path("source.assure"), &r);
    QVERIFY(board);
    QString error;
    Agency a;
    a.name = QStringLiteral("Fenholt College");
    QVERIFY(Repository<Agency>(board->database()).insert(a, &error));
    const QString copy = path("copy.assure");
    QVERIFY2(board->saveCopy(copy, &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".part")));
    auto opened = BoardFile::open(copy, BoardFile::Mode::ReadOnly, &r);
    QVERIFY2(opened, qPrintable(r.message));
    QCOMPARE(count(*opened, QStringLiteral("agency")), 1);
    QVERIFY(!board->saveCopy(m_dir->filePath(QStringLiteral("no/such/folder/copy.assure")), &error));
    QVERIFY(!error.isEmpty());
}

void TestBoardFile::integrityFindsBrokenReference()
{
    const QString file = path("refs.assure");
    {
        OpenResult r;
        QVERIFY(BoardFile::create(file, &r));
    }
    // Written behind Assure's back with foreign keys off, as a careless tool might.
    QVERIFY(rawExec(file, "PRAGMA foreign_keys = OFF; INSERT INTO person (name, agency_id) VALUES ('A. Lead', 42);"));
    OpenResult r;
    auto board = BoardFile::open(file, BoardFile::Mode::ReadOnly, &r);
    QVERIFY(board);
    const QStringList problems = board->integrityProblems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("person")), qPrintable(problems.first()));
}

QTEST_GUILESS_MAIN(TestBoardFile)
#include "tst_boardfile.moc"
