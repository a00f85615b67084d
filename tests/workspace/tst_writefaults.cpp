// Faults while a board is open: a full disk, a removed USB stick, a folder or disk that became
// read-only, a file moved or deleted. Each gives a clear message and loses nothing committed.
#include "storage/board/boardrepository.h"
#include "storage/filesafety/backupsummary.h"
#include "storage/repository.h"
#include "testsupport/faultvfs.h"
#include "workspace/filesafety/boardfilewatch.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;
using assure::test::FaultVfs;

namespace {

Agency agency(const QString &name)
{
    Agency a;
    a.name = name;
    a.sector = Sector::Police;
    return a;
}

QStringList agencyNamesIn(const QString &path)
{
    QStringList names;
    OpenResult r;
    auto ws = Workspace::open(path, BoardFile::Mode::ReadOnly, &r);
    if (!ws)
        return {QStringLiteral("cannot open: ") + r.message};
    if (!ws->file().integrityProblems().isEmpty())
        return {QStringLiteral("damaged")};
    for (const Agency &a : ws->items<Agency>())
        names << a.name;
    return names;
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestWriteFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { FaultVfs::install(); }
    void init();
    void cleanup();
    void failedWriteKeepsCommitted_data();
    void failedWriteKeepsCommitted();
    void movedOrDeletedFileIsNoticedAndCanBeCopied_data();
    void movedOrDeletedFileIsNoticedAndCanBeCopied();
    void realFullDisk();
    void realReadOnlyDisk();
    void realStickPulledOut();

private:
    // A board with two agencies, committed.
    std::unique_ptr<Workspace> makeBoard(const QString &file);
    bool mountTmpfs(const QString &size);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_mount;
};

void TestWriteFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    FaultVfs::heal();
}

void TestWriteFaults::cleanup()
{
    FaultVfs::heal();
    if (!m_mount.isEmpty()) {
        run(QStringLiteral("umount"), {m_mount});
        m_mount.clear();
    }
}

std::unique_ptr<Workspace> TestWriteFaults::makeBoard(const QString &file)
{
    Board board;
    board.name = QStringLiteral("Westmere Safeguarding Board");
    OpenResult r;
    auto ws = Workspace::create(file, board, &r);
    if (!ws)
        return nullptr;
    if (!ws->add(agency(QStringLiteral("Westmere Police"))) || !ws->add(agency(QStringLiteral("Fenholt College"))))
        return nullptr;
    return ws;
}

bool TestWriteFaults::mountTmpfs(const QString &size)
{
    const QString at = m_dir->filePath(QStringLiteral("stick"));
    QDir().mkpath(at);
    if (!run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                       QStringLiteral("size=") + size, QStringLiteral("tmpfs"), at}))
        return false;
    m_mount = at;
    return true;
}

void TestWriteFaults::failedWriteKeepsCommitted_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("allowedWrites");
    QTest::addColumn<QString>("says");
    QTest::newRow("disk full") << int(FaultVfs::Fault::DiskFull) << 0 << QStringLiteral("is full");
    QTest::newRow("disk full mid-commit") << int(FaultVfs::Fault::DiskFull) << 2 << QStringLiteral("is full");
    QTest::newRow("USB stick removed") << int(FaultVfs::Fault::IoError) << 1 << QStringLiteral("USB stick");
    QTest::newRow("folder became read-only")
        << int(FaultVfs::Fault::NoNewFiles) << 0 << QStringLiteral("no longer accepts changes");
}

void TestWriteFaults::failedWriteKeepsCommitted()
{
    QFETCH(int, fault);
    QFETCH(int, allowedWrites);
    QFETCH(QString, says);
    const QString file = m_dir->filePath(QStringLiteral("board.assure"));
    auto ws = makeBoard(file);
    QVERIFY(ws);
    QSignalSpy failed(ws->notifier(), &Notifier::writeFailed);
    FaultVfs::failAfter(FaultVfs::Fault(fault), allowedWrites);
    QString error;
    QVERIFY(!ws->add(agency(QStringLiteral("Harbour NHS Trust")), &error));
    QVERIFY(FaultVfs::failures() > 0);
    QCOMPARE(failed.size(), 1);
    const QString message = failed.constFirst().constFirst().toString();
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Every change saved before this one is safe")), qPrintable(message));
    QVERIFY(message.contains(QDir::toNativeSeparators(file)));
    // Nothing half-done: not in the loaded board, not on the undo stack.
    QCOMPARE(ws->items<Agency>().size(), 2);
    QCOMPARE(ws->undoStack()->count(), 2);
    // Once the fault has gone (space freed, stick back), the same workspace writes again.
    FaultVfs::heal();
    QVERIFY2(ws->add(agency(QStringLiteral("Harbour NHS Trust")), &error), qPrintable(error));
    ws.reset();
    QCOMPARE(agencyNamesIn(file), (QStringList{QStringLiteral("Westmere Police"), QStringLiteral("Fenholt College"),
                                               QStringLiteral("Harbour NHS Trust")}));
}

void TestWriteFaults::movedOrDeletedFileIsNoticedAndCanBeCopied_data()
{
    QTest::addColumn<bool>("deleted");
    QTest::newRow("moved") << false;
    QTest::newRow("deleted") << true;
}

void TestWriteFaults::movedOrDeletedFileIsNoticedAndCanBeCopied()
{
    QFETCH(bool, deleted);
    const QString file = m_dir->filePath(QStringLiteral("board.assure"));
    auto ws = makeBoard(file);
    QVERIFY(ws);
    auto *watch = new BoardFileWatch(ws.get(), ws.get());
    QSignalSpy noticed(watch, &BoardFileWatch::moved);
    QSignalSpy failed(ws->notifier(), &Notifier::writeFailed);
    const QString elsewhere = m_dir->filePath(QStringLiteral("renamed.assure"));
    QVERIFY(deleted ? QFile::remove(file) : QFile::rename(file, elsewhere));
    QVERIFY(noticed.wait(5000));
    QVERIFY(noticed.constFirst().constFirst().toString().contains(QStringLiteral("save a copy now")));
    // An edit is refused rather than written to a file no one will find again.
    QVERIFY(!ws->add(agency(QStringLiteral("Harbour NHS Trust"))));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("moved, renamed or deleted")));
    // Everything committed is still in the open board, and a copy saves it.
    const QString copy = m_dir->filePath(QStringLiteral("rescued.assure"));
    QString error;
    QVERIFY2(ws->file().saveCopy(copy, &error), qPrintable(error));
    ws.reset();
    QCOMPARE(agencyNamesIn(copy), (QStringList{QStringLiteral("Westmere Police"), QStringLiteral("Fenholt College")}));
}

void TestWriteFaults::realFullDisk()
{
    FaultVfs::heal();
    if (!mountTmpfs(QStringLiteral("2m")))
        QSKIP("cannot mount a tmpfs here (not root, or no mount rights); failedWriteKeepsCommitted covers it");
    const QString file = QDir(m_mount).filePath(QStringLiteral("board.assure"));
    auto ws = makeBoard(file);
    QVERIFY(ws);
    // Fill what is left of the stick.
    QFile filler(QDir(m_mount).filePath(QStringLiteral("filler")));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    filler.close();
    QSignalSpy failed(ws->notifier(), &Notifier::writeFailed);
    Agency big = agency(QStringLiteral("Harbour NHS Trust"));
    big.name += QString(3000, QLatin1Char('n'));
    QVERIFY(!ws->add(big));
    QCOMPARE(failed.size(), 1);
    const QString message = failed.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QStringLiteral("is full")), qPrintable(message));
    ws.reset();
    QVERIFY(QFile::remove(filler.fileName()));
    QCOMPARE(agencyNamesIn(file), (QStringList{QStringLiteral("Westmere Police"), QStringLiteral("Fenholt College")}));
}

void TestWriteFaults::realReadOnlyDisk()
{
    if (!mountTmpfs(QStringLiteral("4m")))
        QSKIP("cannot mount a tmpfs here (not root, or no mount rights); failedWriteKeepsCommitted covers it");
    const QString file = QDir(m_mount).filePath(QStringLiteral("board.assure"));
    QVERIFY(makeBoard(file));
    QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mount}));
    OpenResult r;
    QVERIFY(!Workspace::open(file, BoardFile::Mode::ReadWrite, &r));
    QCOMPARE(r.status, OpenStatus::CannotWrite);
    QVERIFY2(r.message.contains(QStringLiteral("read-only")), qPrintable(r.message));
    auto ws = Workspace::open(file, BoardFile::Mode::ReadOnly, &r);
    QVERIFY2(ws, qPrintable(r.message));
    QCOMPARE(ws->items<Agency>().size(), 2);
    QString error;
    QVERIFY(!ws->add(agency(QStringLiteral("Harbour NHS Trust")), &error));
    QVERIFY(error.contains(QStringLiteral("read-only")));
}

void TestWriteFaults::realStickPulledOut()
{
    if (!mountTmpfs(QStringLiteral("4m")))
        QSKIP("cannot mount a tmpfs here (not root, or no mount rights); movedOrDeletedFile covers it");
    const QString file = QDir(m_mount).filePath(QStringLiteral("board.assure"));
    auto ws = makeBoard(file);
    QVERIFY(ws);
    // A lazy unmount is what the system does when a stick goes: the path is gone at once.
    QVERIFY(run(QStringLiteral("umount"), {QStringLiteral("-l"), m_mount}));
    m_mount.clear();
    QSignalSpy failed(ws->notifier(), &Notifier::writeFailed);
    QVERIFY(!ws->add(agency(QStringLiteral("Harbour NHS Trust"))));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("moved, renamed or deleted")));
    const QString copy = m_dir->filePath(QStringLiteral("copy.assure"));
    QString error;
    QVERIFY2(ws->file().saveCopy(copy, &error), qPrintable(error));
    ws.reset();
    QCOMPARE(agencyNamesIn(copy), (QStringList{QStringLiteral("Westmere Police"), QStringLiteral("Fenholt College")}));
}

QTEST_GUILESS_MAIN(TestWriteFaults)
#include "tst_writefaults.moc"
