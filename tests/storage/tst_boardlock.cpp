// One writer: the lock beside a board file, who holds it, and clearing a lock left by a process that is gone.
#include "storage/boardfile.h"
#include "storage/filesafety/boardlock.h"
#include "testsupport/lockfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;
using test::deadPid;

class TestBoardLock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void lockExistsOnlyWhileOpenForChanges();
    void secondWriterIsToldWhoHoldsIt();
    void lockOfDeadProcessIsClearedWithoutAsking();
    void lockFromAnotherMachineWaitsForAPerson();
    void clearRefusesALockThatChanged();
    void unreadableLockCanBeCleared();
    void parse();
    void describe_data();
    void describe();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestBoardLock::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestBoardLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("Westmere.assure"));
    OpenResult r;
    QVERIFY(BoardFile::create(m_path, &r));
}

void TestBoardLock::lockExistsOnlyWhileOpenForChanges()
{
    const QString lock = BoardLock::lockPath(m_path);
    QVERIFY(!QFileInfo::exists(lock));
    {
        OpenResult r;
        auto file = BoardFile::open(m_path, BoardFile::Mode::ReadWrite, &r);
        QVERIFY2(file, qPrintable(r.message));
        QVERIFY(QFileInfo::exists(lock));
        QVERIFY(BoardLock::isHeld(m_path));
    }
    {
        OpenResult r;
        auto file = BoardFile::open(m_path, BoardFile::Mode::ReadOnly, &r);
        QVERIFY(file);
        QVERIFY(!QFileInfo::exists(lock));
    }
    // Closed, the board is one self-contained file again.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("Westmere.assure")});
}

void TestBoardLock::secondWriterIsToldWhoHoldsIt()
{
    OpenResult first;
    auto holder = BoardFile::open(m_path, BoardFile::Mode::ReadWrite, &first);
    QVERIFY(holder);

    OpenResult second;
    QVERIFY(!BoardFile::open(m_path, BoardFile::Mode::ReadWrite, &second));
    QCOMPARE(second.status, OpenStatus::Locked);
    QCOMPARE(second.holder.user, LockHolder::currentUser());
    QCOMPARE(second.holder.machine, QSysInfo::machineHostName());
    QCOMPARE(second.holder.pid, QCoreApplication::applicationPid());
    QVERIFY(second.holder.sameMachine);
    QVERIFY(qAbs(second.holder.since.secsTo(QDateTime::currentDateTime())) < 60);
    QVERIFY(!second.holder.looksAbandoned());
    QVERIFY2(second.message.contains(LockHolder::currentUser()) && second.message.contains(QStringLiteral("today")) &&
                 second.message.contains(QStringLiteral("read-only")),
             qPrintable(second.message));

    // Reading goes on while it is held.
    OpenResult reader;
    QVERIFY(BoardFile::open(m_path, BoardFile::Mode::ReadOnly, &reader));
}

void TestBoardLock::lockOfDeadProcessIsClearedWithoutAsking()
{
    const qint64 pid = deadPid();
    QVERIFY(pid > 0);
    QVERIFY(test::writeLock(m_path, pid, QSysInfo::machineHostName(), QSysInfo::machineUniqueId(),
                            QStringLiteral("Jane"), QDateTime::currentDateTime().addSecs(-60)));
    OpenResult r;
    auto file = BoardFile::open(m_path, BoardFile::Mode::ReadWrite, &r);
    QVERIFY2(file, qPrintable(r.message));
    QCOMPARE(BoardLock::holder(m_path).pid, QCoreApplication::applicationPid());
}

void TestBoardLock::lockFromAnotherMachineWaitsForAPerson()
{
    // Its process may be alive on LAPTOP-7: no age makes it stale by itself.
    QVERIFY(test::writeLock(m_path, 4242, QStringLiteral("LAPTOP-7"),
                            QByteArrayLiteral("0123456789abcdef0123456789abcdef"), QStringLiteral("Jane Smith"),
                            QDateTime::currentDateTime().addDays(-3)));
    OpenResult r;
    QVERIFY(!BoardFile::open(m_path, BoardFile::Mode::ReadWrite, &r));
    QCOMPARE(r.status, OpenStatus::Locked);
    QCOMPARE(r.holder.user, QStringLiteral("Jane Smith"));
    QCOMPARE(r.holder.machine, QStringLiteral("LAPTOP-7"));
    QVERIFY(!r.holder.sameMachine);
    QVERIFY(r.holder.looksAbandoned());
    QVERIFY2(r.message.contains(QStringLiteral("Jane Smith on LAPTOP-7 since")), qPrintable(r.message));

    // A person agrees to clear it: then it opens for changes.
    QString error;
    QVERIFY2(BoardLock::clear(m_path, r.holder, &error), qPrintable(error));
    QVERIFY(BoardFile::open(m_path, BoardFile::Mode::ReadWrite, &r));

    // A recent lock from elsewhere does not look abandoned.
    LockHolder recent = r.holder;
    recent.readable = true;
    recent.sameMachine = false;
    recent.since = QDateTime::currentDateTime().addSecs(-3600);
    QVERIFY(!recent.looksAbandoned());
}

void TestBoardLock::clearRefusesALockThatChanged()
{
    QVERIFY(test::writeLock(m_path, 4242, QStringLiteral("LAPTOP-7"),
                            QByteArrayLiteral("0123456789abcdef0123456789abcdef"), QStringLiteral("Jane Smith"),
                            QDateTime::currentDateTime().addDays(-3)));
    const LockHolder shown = BoardLock::holder(m_path);
    // Meanwhile Jane's lock went and someone else's came.
    QVERIFY(test::writeLock(m_path, 77, QStringLiteral("DESKTOP-2"),
                            QByteArrayLiteral("fedcba9876543210fedcba9876543210"), QStringLiteral("Raj Patel"),
                            QDateTime::currentDateTime()));
    QString error;
    QVERIFY(!BoardLock::clear(m_path, shown, &error));
    QVERIFY2(error.contains(QStringLiteral("Raj Patel")), qPrintable(error));
    QVERIFY(BoardLock::isHeld(m_path));
}

void TestBoardLock::unreadableLockCanBeCleared()
{
    QFile f(BoardLock::lockPath(m_path));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-600), QFileDevice::FileModificationTime));
    f.close();
    OpenResult r;
    QVERIFY(!BoardFile::open(m_path, BoardFile::Mode::ReadWrite, &r));
    QCOMPARE(r.status, OpenStatus::Locked);
    QVERIFY(!r.holder.readable);
    QVERIFY(r.holder.looksAbandoned());
    QVERIFY2(r.message.contains(QStringLiteral("does not say who")), qPrintable(r.message));
    QString error;
    QVERIFY2(BoardLock::clear(m_path, r.holder, &error), qPrintable(error));
    QVERIFY(BoardFile::open(m_path, BoardFile::Mode::ReadWrite, &r));
}

void TestBoardLock::parse()
{
    const QDateTime since(QDate(2026, 11, 20), QTime(9, 14), Qt::UTC);
    const QByteArray full =
        "1234\nassure\nLAPTOP-7\nabc\nboot\n" + LockHolder::detailLines(QStringLiteral("Jane"), since);
    LockHolder h = LockHolder::parse(full, "abc", QStringLiteral("elsewhere"));
    QVERIFY(h.readable);
    QCOMPARE(h.pid, 1234);
    QCOMPARE(h.application, QStringLiteral("assure"));
    QCOMPARE(h.machine, QStringLiteral("LAPTOP-7"));
    QCOMPARE(h.user, QStringLiteral("Jane"));
    QCOMPARE(h.since, since);
    QVERIFY(h.sameMachine); // the machine id decides, not the host name

    // QLockFile's lines only (the details not yet appended, or a Windows holder).
    h = LockHolder::parse("1234\nassure\nLAPTOP-7\n\n\n", "abc", QStringLiteral("LAPTOP-7"));
    QVERIFY(h.readable);
    QVERIFY(h.user.isEmpty());
    QVERIFY(!h.since.isValid());
    QVERIFY(h.sameMachine); // no machine id: the host name decides

    QVERIFY(!LockHolder::parse("", "abc", QStringLiteral("x")).readable);
    QVERIFY(!LockHolder::parse("not a pid\n", "abc", QStringLiteral("x")).readable);
    // A user name cannot break the line structure.
    h = LockHolder::parse("1\na\nh\nm\nb\n" + LockHolder::detailLines(QStringLiteral("Jane\nSmith"), since), "m",
                          QString());
    QCOMPARE(h.user, QStringLiteral("Jane Smith"));
    QCOMPARE(h.since, since);
}

void TestBoardLock::describe_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QDateTime>("since");
    QTest::addColumn<bool>("sameMachine");
    QTest::addColumn<QString>("text");

    const QDate day(2026, 11, 23);
    QTest::newRow("today") << "Jane" << QDateTime(day, QTime(9, 14)) << false << "Jane on LAPTOP-7 since 09:14 today";
    QTest::newRow("yesterday") << "Jane" << QDateTime(day.addDays(-1), QTime(16, 2)) << false
                               << "Jane on LAPTOP-7 since 16:02 yesterday";
    QTest::newRow("older") << "Jane" << QDateTime(day.addDays(-10), QTime(8, 30)) << false
                           << "Jane on LAPTOP-7 since 13/11/2026 08:30";
    QTest::newRow("here") << "Jane" << QDateTime(day, QTime(9, 14)) << true
                          << "Jane on this computer (LAPTOP-7) since 09:14 today";
    QTest::newRow("no user") << "" << QDateTime(day, QTime(9, 14)) << false << "someone on LAPTOP-7 since 09:14 today";
}

void TestBoardLock::describe()
{
    QFETCH(QString, user);
    QFETCH(QDateTime, since);
    QFETCH(bool, sameMachine);
    QFETCH(QString, text);
    LockHolder h;
    h.pid = 1;
    h.readable = true;
    h.machine = QStringLiteral("LAPTOP-7");
    h.user = user;
    h.since = since;
    h.sameMachine = sameMachine;
    QCOMPARE(h.describe(QDateTime(QDate(2026, 11, 23), QTime(11, 0))), text);
}

QTEST_GUILESS_MAIN(TestBoardLock)
#include "tst_boardlock.moc"
