// A board a crash left with a journal: every open rolls the change back when it safely can and says so in one
// line; when it cannot, it says why and what to do and changes no byte; it is never called damaged.
#include "storage/board/boardrepository.h"
#include "storage/boardfile.h"
#include "storage/filesafety/backupsummary.h"
#include "storage/filesafety/boardlock.h"
#include "storage/filesafety/boardrecovery.h"
#include "testsupport/filebytes.h"
#include "testsupport/hotjournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace assure;
using test::fileDigest;

namespace {

const QString kRolledBack =
    QStringLiteral("An interrupted change was rolled back; everything saved before it is intact.");

QString boardNameIn(const BoardFile &file)
{
    return BoardRepository(file.database()).load().name;
}

// What a plain read-only connection makes of the file: SQLite's own refusal while a hot journal is beside it.
int rawReadOnlyRead(const QString &path)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc;
}

} // namespace

class TestBoardRecovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanBoardIsLeftAlone();
    void everyOpenRollsBack_data();
    void everyOpenRollsBack();
    void readOnlyPlaceSaysSoAndChangesNothing();
    void runningHolderSaysWhoAndChangesNothing();
    void tornFileIsStillCalledDamaged();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_board;
};

void TestBoardRecovery::initTestCase()
{
    qputenv("ASSURE_BACKUP_DIR", QFile::encodeName(path(QStringLiteral("backups"))));
    m_board = path(QStringLiteral("westmere.assure"));
    OpenResult r;
    auto file = BoardFile::create(m_board, &r);
    QVERIFY2(file, qPrintable(r.message));
    QString error;
    QVERIFY2(file->executeScript(QStringLiteral("UPDATE board SET name = 'Westmere Partnership'"), &error),
             qPrintable(error));
}

void TestBoardRecovery::cleanBoardIsLeftAlone()
{
    const QByteArray before = fileDigest(m_board);
    const OpenResult r = BoardFile::inspect(m_board);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(r.notice.isEmpty());
    QCOMPARE(fileDigest(m_board), before);
    QVERIFY(!QFileInfo::exists(BoardLock::lockPath(m_board)));
}

void TestBoardRecovery::everyOpenRollsBack_data()
{
    QTest::addColumn<QString>("door");
    QTest::newRow("inspect") << QStringLiteral("inspect");
    QTest::newRow("inspect, header only") << QStringLiteral("header");
    QTest::newRow("open read-only") << QStringLiteral("read-only");
    QTest::newRow("open read-write") << QStringLiteral("read-write");
    QTest::newRow("backup summary") << QStringLiteral("summary");
}

void TestBoardRecovery::everyOpenRollsBack()
{
    QFETCH(QString, door);
    const QString copy = path(door + QStringLiteral(".assure"));
    QVERIFY(test::copyMidTransaction(m_board, copy));
    // Without recovery SQLite will not read the copy read-only at all: the old "damaged" message.
    QCOMPARE(rawReadOnlyRead(copy) & 0xff, SQLITE_READONLY);

    QString notice;
    if (door == QLatin1String("summary")) {
        const BackupSummary s = BackupSummary::read(copy, BackupSummary::Depth::Quick);
        QVERIFY2(s.ok, qPrintable(s.problem));
        QCOMPARE(s.boardName, QStringLiteral("Westmere Partnership"));
        notice = s.notice;
    } else if (door == QLatin1String("inspect") || door == QLatin1String("header")) {
        const OpenResult r = BoardFile::inspect(copy, door == QLatin1String("header") ? BoardFile::Check::HeaderOnly
                                                                                      : BoardFile::Check::Full);
        QVERIFY2(r.ok(), qPrintable(r.message));
        notice = r.notice;
    } else {
        OpenResult r;
        auto file = BoardFile::open(
            copy, door == QLatin1String("read-only") ? BoardFile::Mode::ReadOnly : BoardFile::Mode::ReadWrite, &r);
        QVERIFY2(file, qPrintable(r.message));
        QCOMPARE(boardNameIn(*file), QStringLiteral("Westmere Partnership"));
        QVERIFY(file->integrityProblems().isEmpty());
        notice = r.notice;
    }
    QCOMPARE(notice, kRolledBack);
    QVERIFY(!BoardRecovery::hasJournal(copy));
    QVERIFY(!QFileInfo::exists(BoardLock::lockPath(copy)));
    QCOMPARE(rawReadOnlyRead(copy), SQLITE_OK);
    // The next open has nothing to say.
    const OpenResult again = BoardFile::inspect(copy);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QVERIFY(again.notice.isEmpty());
}

void TestBoardRecovery::readOnlyPlaceSaysSoAndChangesNothing()
{
    test::ReadOnlyPlace place(path(QStringLiteral("cdrom")));
    if (!place.usable())
        QSKIP("root without the right to mount a read-only tmpfs");
    const QString copy = place.filePath(QStringLiteral("westmere.assure"));
    QVERIFY(test::copyMidTransaction(m_board, copy));
    QVERIFY(place.makeReadOnly());
    const QString journal = BoardRecovery::journalPath(copy);
    const QByteArray file = fileDigest(copy);
    const QByteArray held = fileDigest(journal);

    for (const BoardFile::Mode mode : {BoardFile::Mode::ReadOnly, BoardFile::Mode::ReadWrite}) {
        OpenResult r;
        QVERIFY(!BoardFile::open(copy, mode, &r));
        QCOMPARE(r.status, OpenStatus::Interrupted);
        QVERIFY2(r.message.contains(QStringLiteral("interrupted")) && r.message.contains(QStringLiteral("read-only")) &&
                     r.message.contains(QStringLiteral("Copy it together with")) &&
                     r.message.contains(QStringLiteral("nothing was changed")),
                 qPrintable(r.message));
        QVERIFY(!r.message.contains(QStringLiteral("damaged")));
    }
    const BackupSummary s = BackupSummary::read(copy, BackupSummary::Depth::Quick);
    QVERIFY(!s.ok);
    QVERIFY2(s.problem.contains(QStringLiteral("interrupted")), qPrintable(s.problem));
    QCOMPARE(fileDigest(copy), file);
    QCOMPARE(fileDigest(journal), held);
}

void TestBoardRecovery::runningHolderSaysWhoAndChangesNothing()
{
    const QString copy = path(QStringLiteral("held.assure"));
    QVERIFY(test::copyMidTransaction(m_board, copy));
    // This test itself is the running program that holds the board for changes.
    BoardLock::Outcome outcome = BoardLock::Outcome::Failed;
    auto lock = BoardLock::acquire(copy, &outcome, nullptr, nullptr);
    QVERIFY(lock);
    const QString holder = BoardLock::holder(copy).describe();
    const QString journal = BoardRecovery::journalPath(copy);
    const QByteArray file = fileDigest(copy);
    const QByteArray held = fileDigest(journal);
    OpenResult r;
    QVERIFY(!BoardFile::open(copy, BoardFile::Mode::ReadOnly, &r));
    QCOMPARE(r.status, OpenStatus::Interrupted);
    QVERIFY2(r.message.contains(holder) && r.message.contains(QStringLiteral("nothing was changed")) &&
                 !r.message.contains(QStringLiteral("damaged")),
             qPrintable(r.message));
    QCOMPARE(fileDigest(copy), file);
    QCOMPARE(fileDigest(journal), held);
    // Once the holder has gone, the next open rolls back.
    lock.reset();
    auto opened = BoardFile::open(copy, BoardFile::Mode::ReadOnly, &r);
    QVERIFY2(opened, qPrintable(r.message));
    QCOMPARE(r.notice, kRolledBack);
    QCOMPARE(boardNameIn(*opened), QStringLiteral("Westmere Partnership"));
}

void TestBoardRecovery::tornFileIsStillCalledDamaged()
{
    const QString copy = path(QStringLiteral("torn.assure"));
    QVERIFY(test::copyMidTransaction(m_board, copy));
    // A file torn past what the journal can repair: the last pages are gone.
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(4096 * 3));
    f.close();
    QVERIFY(QFile::remove(BoardRecovery::journalPath(copy)));
    const OpenResult r = BoardFile::inspect(copy);
    QCOMPARE(r.status, OpenStatus::Damaged);
}

QTEST_GUILESS_MAIN(TestBoardRecovery)
#include "tst_boardrecovery.moc"
