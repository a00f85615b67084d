// Automatic backups of an open board: one on open, one after each interval with edits, rotated.
#include "storage/filesafety/backupstore.h"
#include "storage/filesafety/backupsummary.h"
#include "workspace/filesafety/backupscheduler.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;
using namespace std::chrono_literals;

class TestBackupScheduler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void backsUpOnOpen();
    void timedBackupOnlyAfterEdits();
    void rotatesAsConfigured();
    void readOnlyBoardIsNotCopied();
    void unwritableBackupsFolderIsReported();

private:
    std::unique_ptr<Workspace> openBoard(BoardFile::Mode mode = BoardFile::Mode::ReadWrite);
    void addAgency(Workspace &ws, const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    BackupStore m_store;
};

void TestBackupScheduler::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = BackupStore(m_dir->filePath(QStringLiteral("backups")));
    m_file = m_dir->filePath(QStringLiteral("westmere.assure"));
    Board board;
    board.name = QStringLiteral("Westmere Board");
    OpenResult r;
    QVERIFY(Workspace::create(m_file, board, &r));
}

std::unique_ptr<Workspace> TestBackupScheduler::openBoard(BoardFile::Mode mode)
{
    OpenResult r;
    return Workspace::open(m_file, mode, &r);
}

void TestBackupScheduler::addAgency(Workspace &ws, const QString &name)
{
    Agency a;
    a.name = name;
    QString error;
    QVERIFY2(ws.add(a, &error), qPrintable(error));
}

void TestBackupScheduler::backsUpOnOpen()
{
    auto ws = openBoard();
    addAgency(*ws, QStringLiteral("Westmere Police"));
    auto *scheduler = new BackupScheduler(ws.get(), m_store, {}, 10min, ws.get());
    QSignalSpy made(scheduler, &BackupScheduler::backedUp);
    scheduler->start();
    QCOMPARE(made.size(), 1);
    const QList<BackupEntry> backups = BackupStore::backupsIn(scheduler->folder());
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.constFirst().trigger, BackupStore::kOpen);
    QCOMPARE(QDir(scheduler->folder()).dirName(), QStringLiteral("westmere-board-") + BackupStore::shortId(m_file));
    QCOMPARE(BackupSummary::read(backups.constFirst().path).count(QStringLiteral("agency")), 1);
}

void TestBackupScheduler::timedBackupOnlyAfterEdits()
{
    auto ws = openBoard();
    auto *scheduler = new BackupScheduler(ws.get(), m_store, {}, 40ms, ws.get());
    QSignalSpy made(scheduler, &BackupScheduler::backedUp);
    scheduler->start();
    QCOMPARE(made.size(), 1);
    // Several intervals pass without an edit: nothing new to keep.
    QVERIFY(!made.wait(300));
    QCOMPARE(made.size(), 1);
    addAgency(*ws, QStringLiteral("Westmere Police"));
    QVERIFY(scheduler->hasEditsSinceBackup());
    QVERIFY(made.wait(5000));
    QCOMPARE(made.size(), 2);
    const QString timed = made.last().constFirst().toString();
    QVERIFY(timed.endsWith(QStringLiteral("-timed.assure")));
    QCOMPARE(BackupSummary::read(timed).count(QStringLiteral("agency")), 1);
    QVERIFY(!scheduler->hasEditsSinceBackup());
    // An undo is a change too.
    ws->undoStack()->undo();
    QVERIFY(made.wait(5000));
    QCOMPARE(BackupSummary::read(made.last().constFirst().toString()).count(QStringLiteral("agency")), 0);
}

void TestBackupScheduler::rotatesAsConfigured()
{
    auto ws = openBoard();
    auto *scheduler = new BackupScheduler(ws.get(), m_store, BackupPolicy{3, 0, 0}, 10min, ws.get());
    scheduler->start();
    QStringList made;
    for (int i = 0; i < 6; ++i) {
        addAgency(*ws, QStringLiteral("Agency %1").arg(i));
        const QString path = scheduler->backUpNow(BackupStore::kTimed);
        QVERIFY(!path.isEmpty());
        made << path;
    }
    const QList<BackupEntry> left = BackupStore::backupsIn(scheduler->folder());
    QCOMPARE(left.size(), 3);
    QCOMPARE(left[0].path, made[5]);
    QCOMPARE(left[2].path, made[3]);
    QCOMPARE(BackupSummary::read(left[0].path).count(QStringLiteral("agency")), 6);
}

void TestBackupScheduler::readOnlyBoardIsNotCopied()
{
    auto ws = openBoard(BoardFile::Mode::ReadOnly);
    auto *scheduler = new BackupScheduler(ws.get(), m_store, {}, 10min, ws.get());
    scheduler->start();
    QVERIFY(!QDir(scheduler->folder()).exists());
}

void TestBackupScheduler::unwritableBackupsFolderIsReported()
{
    // A file where the backups folder should be: the folder cannot be made.
    const QString blocked = m_dir->filePath(QStringLiteral("blocked"));
    QFile f(blocked);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    auto ws = openBoard();
    auto *scheduler = new BackupScheduler(ws.get(), BackupStore(blocked), {}, 10min, ws.get());
    QSignalSpy failed(scheduler, &BackupScheduler::failed);
    scheduler->start();
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.constFirst().constFirst().toString().contains(QStringLiteral("backup")), "says what failed");
}

QTEST_GUILESS_MAIN(TestBackupScheduler)
#include "tst_backupscheduler.moc"
