// Power loss: the power is cut at a random write or sync while a board is being edited, and every write that was
// not yet synced is lost, as on a laptop whose battery is pulled. Reopened, the board holds every edit whose commit
// had returned and nothing of the one under way; integrity_check and the change history's chain pass.
// ASSURE_POWERLOSS_ROUNDS sets the number of rounds (30 by default; the slow test runs 1,000) and
// ASSURE_POWERLOSS_SEED repeats a run.
#include "crash/crashedits.h"
#include "storage/history/historylog.h"
#include "testsupport/powerlossvfs.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;
using namespace assure::crashtest;
using test::PowerLossVfs;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

} // namespace

class TestPowerLoss final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PowerLossVfs::install(); }
    void committedEditsSurvive();
};

void TestPowerLoss::committedEditsSurvive()
{
    const int rounds = envInt("ASSURE_POWERLOSS_ROUNDS", 30);
    const quint32 seed = quint32(envInt("ASSURE_POWERLOSS_SEED", int(QRandomGenerator::global()->bounded(1, 1000000))));
    qInfo("power loss test: %d rounds, ASSURE_POWERLOSS_SEED=%u", rounds, seed);
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path;
    int committed = 0;
    int cutMidEdit = 0;
    int rolledBack = 0;
    for (int round = 0; round < rounds; ++round) {
        if (round % 10 == 0) {
            path = dir.filePath(QStringLiteral("round%1.assure").arg(round));
            Board board;
            board.name = QStringLiteral("Power loss test board");
            OpenResult created;
            QVERIFY2(Workspace::create(path, board, &created), qPrintable(created.message));
            committed = 0;
        }
        {
            OpenResult opened;
            auto ws = Workspace::open(path, BoardFile::Mode::ReadWrite, &opened);
            QVERIFY2(ws, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(opened.message)));
            // An edit is some tens of writes and syncs; the cut comes within the next few edits.
            PowerLossVfs::cutPowerAt(random.bounded(1, 300));
            for (int n = committed + 1; n <= committed + 12 && !PowerLossVfs::powerIsCut(); ++n) {
                QString error;
                if (!perform(*ws, n, &error)) {
                    QVERIFY2(PowerLossVfs::powerIsCut(), qPrintable(error));
                    break;
                }
                committed = n;
            }
            cutMidEdit += PowerLossVfs::powerIsCut() ? 1 : 0;
            PowerLossVfs::cutPowerAt(1); // whatever closing would still write is lost too
            ws.reset();
        }
        PowerLossVfs::loseUnsyncedWrites();

        // The read-only door first, then a read-write open.
        const OpenResult looked = BoardFile::inspect(path);
        QVERIFY2(looked.ok(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(looked.message)));
        rolledBack += looked.notice.isEmpty() ? 0 : 1;
        OpenResult reopened;
        const auto ws = Workspace::open(path, BoardFile::Mode::ReadWrite, &reopened);
        QVERIFY2(ws, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(reopened.message)));
        QCOMPARE(ws->file().integrityProblems(), QStringList());
        qint64 entries = 0;
        QString head;
        QCOMPARE(HistoryLog::verify(ws->file().handle(), &entries, &head), QStringList());
        QVERIFY2(stateOf(*ws) == modelAfter(committed),
                 qPrintable(QStringLiteral("round %1 (seed %2): the board does not hold exactly edits 1 to %3")
                                .arg(round)
                                .arg(seed)
                                .arg(committed)));
    }
    qInfo("power loss test: %d rounds, %d cuts in the middle of an edit, %d boards rolled back on reopening, 0 "
          "committed edits lost",
          rounds, cutMidEdit, rolledBack);
}

QTEST_GUILESS_MAIN(TestPowerLoss)
#include "tst_powerloss.moc"
