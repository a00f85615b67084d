// One writer across real processes: Assure holds a board, assure-cli's writing verbs refuse with the
// holder's details, reading verbs go on, and after a SIGKILL of the holder the stale lock is cleared.
#include "storage/filesafety/boardlock.h"
#include "testsupport/clirun.h"
#include "testsupport/filebytes.h"
#include "testsupport/lockfiles.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;
using test::cli;
using test::Run;

class TestOneWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writingVerbsRefuseAHeldFileUntilItsHolderDies();
    void createRefusesALockedPath();
    void unlockClearsOnlyALockNoProgramHolds();

private:
    QTemporaryDir m_dir;
};

void TestOneWriter::writingVerbsRefuseAHeldFileUntilItsHolderDies()
{
    const QString file = m_dir.filePath(QStringLiteral("held.assure"));
    QCOMPARE(cli({QStringLiteral("demo"), file, QStringLiteral("--as-of"), QStringLiteral("2026-11-22")}).exitCode, 0);
    const QString csv = m_dir.filePath(QStringLiteral("data.csv"));
    QVERIFY(test::writeFile(csv, "Indicator code,Period,Value\nCSC-01,Nov 2026,21.5\n"));

    // The desktop program opens the board for changes, as a colleague would.
    QProcess holder;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    holder.setProcessEnvironment(env);
    holder.start(QStringLiteral(ASSURE_BIN_DIR "/assure"), {file});
    QVERIFY(holder.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(BoardLock::holder(file).pid == holder.processId(), 30000);

    const QStringList import = {QStringLiteral("import"), file, QStringLiteral("--measurements"), csv};
    const Run refused = cli(import);
    QCOMPARE(refused.exitCode, 5);
    QVERIFY2(refused.err.contains(LockHolder::currentUser()) && refused.err.contains(QSysInfo::machineHostName()) &&
                 refused.err.contains(QStringLiteral("since")) && refused.err.contains(QStringLiteral("read-only")),
             qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());

    // Reading verbs, and an import that only checks, still work.
    const Run info = cli({QStringLiteral("info"), file});
    QCOMPARE(info.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(info.out.toUtf8()).object();
    const QJsonObject heldBy = json.value(QStringLiteral("open_for_changes_by")).toObject();
    QCOMPARE(heldBy.value(QStringLiteral("user")).toString(), LockHolder::currentUser());
    QCOMPARE(heldBy.value(QStringLiteral("pid")).toInteger(), holder.processId());
    QCOMPARE(json.value(QStringLiteral("location")).toObject().value(QStringLiteral("risk")).toString(),
             QStringLiteral("local"));
    QCOMPARE(cli({QStringLiteral("check"), file}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("indicator"), file, QStringLiteral("--code"), QStringLiteral("CSC-01")}).exitCode, 0);
    QCOMPARE(cli(import + QStringList{QStringLiteral("--dry-run")}).exitCode, 0);
    // The lock of a program running on this computer is never cleared, even by force.
    const Run unlock = cli({QStringLiteral("unlock"), file, QStringLiteral("--force")});
    QCOMPARE(unlock.exitCode, 5);
    QVERIFY2(unlock.err.contains(QStringLiteral("still running on this computer")), qPrintable(unlock.err));
    QCOMPARE(BoardLock::holder(file).pid, holder.processId());

    // The holder crashes: its lock stays behind, but its process is provably gone.
    holder.kill();
    QVERIFY(holder.waitForFinished());
    QVERIFY(BoardLock::isHeld(file));
    const Run after = cli(import);
    QCOMPARE(after.exitCode, 0);
    QVERIFY2(after.out.startsWith(QStringLiteral("imported 1, unchanged 0, rejected 0")),
             qPrintable(after.out + after.err));
    QVERIFY(!BoardLock::isHeld(file));
    QVERIFY(!cli({QStringLiteral("info"), file}).out.contains(QStringLiteral("open_for_changes_by")));
}

void TestOneWriter::createRefusesALockedPath()
{
    // Someone is creating this very file right now.
    const QString file = m_dir.filePath(QStringLiteral("new.assure"));
    BoardLock::Outcome outcome = BoardLock::Outcome::Failed;
    auto lock = BoardLock::acquire(file, &outcome, nullptr, nullptr);
    QVERIFY(lock);
    const Run refused = cli({QStringLiteral("create"), file});
    QCOMPARE(refused.exitCode, 5);
    QVERIFY2(refused.err.contains(LockHolder::currentUser()), qPrintable(refused.err));
    lock.reset();
    QCOMPARE(cli({QStringLiteral("create"), file}).exitCode, 0);
    QVERIFY(!BoardLock::isHeld(file));
}

// assure-cli unlock: a lock from another computer goes when it looks abandoned or the person says
// so with --force; one whose program has ended here goes without asking; no lock, nothing to do.
void TestOneWriter::unlockClearsOnlyALockNoProgramHolds()
{
    const QString file = m_dir.filePath(QStringLiteral("locked.assure"));
    QCOMPARE(cli({QStringLiteral("create"), file}).exitCode, 0);
    const Run none = cli({QStringLiteral("unlock"), file});
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(none.out.contains(QStringLiteral("no lock to clear")), qPrintable(none.out));

    const QByteArray otherMachine("0123456789abcdef0123456789abcdef");
    const QDateTime now = QDateTime::currentDateTime();
    QVERIFY(test::writeLock(file, 4242, QStringLiteral("LAPTOP-7"), otherMachine, QStringLiteral("Jane Smith"),
                            now.addSecs(-3600)));
    const Run recent = cli({QStringLiteral("unlock"), file});
    QCOMPARE(recent.exitCode, 5);
    QVERIFY2(recent.err.contains(QStringLiteral("Jane Smith on LAPTOP-7")) &&
                 recent.err.contains(QStringLiteral("--force")),
             qPrintable(recent.err));
    QVERIFY(BoardLock::isHeld(file));
    const Run forced = cli({QStringLiteral("unlock"), file, QStringLiteral("--force")});
    QCOMPARE(forced.exitCode, 0);
    QVERIFY2(forced.out.contains(QStringLiteral("Cleared the lock of Jane Smith on LAPTOP-7")), qPrintable(forced.out));
    QVERIFY(!BoardLock::isHeld(file));

    QVERIFY(test::writeLock(file, 4242, QStringLiteral("LAPTOP-7"), otherMachine, QStringLiteral("Jane Smith"),
                            now.addDays(-3)));
    const Run abandoned = cli({QStringLiteral("unlock"), file});
    QCOMPARE(abandoned.exitCode, 0);
    QVERIFY(!BoardLock::isHeld(file));

    QVERIFY(test::writeLock(file, test::deadPid(), QSysInfo::machineHostName(), QSysInfo::machineUniqueId(),
                            QStringLiteral("Jane Smith"), now));
    const Run ended = cli({QStringLiteral("unlock"), file});
    QCOMPARE(ended.exitCode, 0);
    QVERIFY2(ended.out.contains(QStringLiteral("that program has ended")), qPrintable(ended.out));
    QVERIFY(!BoardLock::isHeld(file));
    // The board can be taken for changes again.
    BoardLock::Outcome outcome = BoardLock::Outcome::Failed;
    QVERIFY(BoardLock::acquire(file, &outcome, nullptr, nullptr));
    QCOMPARE(outcome, BoardLock::Outcome::Acquired);
}

QTEST_GUILESS_MAIN(TestOneWriter)
#include "tst_onewriter.moc"
