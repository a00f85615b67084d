// Crash test: a child making numbered edits is killed with SIGKILL at a random moment, and every edit it reported is in the file.
// ASSURE_CRASH_ROUNDS sets the number of rounds (20 by default; the slow test runs 200) and
// ASSURE_CRASH_SEED repeats a run.
#include "crash/crashedits.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;
using namespace assure::crashtest;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

// The highest N of the complete "committed N" lines the child wrote.
int lastReported(const QByteArray &output)
{
    static const QRegularExpression line(QStringLiteral("^committed (\\d+)$"), QRegularExpression::MultilineOption);
    int last = 0;
    const QString text = QString::fromLatin1(output.left(output.lastIndexOf('\n') + 1));
    for (auto it = line.globalMatch(text); it.hasNext();)
        last = std::max(last, it.next().captured(1).toInt());
    return last;
}

QStringList pragmaRows(const Workspace &ws, const QString &pragma)
{
    QSqlQuery query(ws.file().database());
    QStringList rows;
    if (!query.exec(pragma))
        return {QStringLiteral("cannot run %1").arg(pragma)};
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells << query.value(i).toString();
        rows << cells.join(QLatin1Char(' '));
    }
    return rows;
}

} // namespace

class TestCrash final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedChildLosesNoReportedEdit();
};

void TestCrash::killedChildLosesNoReportedEdit()
{
    const int rounds = envInt("ASSURE_CRASH_ROUNDS", 20);
    const quint32 seed = quint32(envInt("ASSURE_CRASH_SEED", int(QRandomGenerator::global()->bounded(1, 1000000))));
    qInfo("crash test: %d rounds, ASSURE_CRASH_SEED=%u", rounds, seed);
    QRandomGenerator random(seed);
    const QString child = QStringLiteral(ASSURE_BIN_DIR "/assure-crashchild");
    QVERIFY2(QFileInfo::exists(child), qPrintable(child));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path;
    int committed = 0; // edits the board holds, all reported
    int reported = 0;
    int killedMidEdit = 0;
    for (int round = 0; round < rounds; ++round) {
        // A fresh board now and then; otherwise the last round's board carries on.
        if (round % 5 == 0) {
            path = dir.filePath(QStringLiteral("round%1.assure").arg(round));
            Board board;
            board.name = QStringLiteral("Crash test board");
            board.area = QStringLiteral("Testshire");
            OpenResult created;
            QVERIFY2(Workspace::create(path, board, &created), qPrintable(created.message));
            committed = 0;
        }
        QProcess process;
        process.start(child, {path, QString::number(committed + 1)});
        QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
        // A random moment: from while the file is still being opened to well into the edits.
        QTest::qWait(int(random.bounded(10, 1500)));
        process.kill(); // SIGKILL
        QVERIFY(process.waitForFinished());
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(!err.contains("refused") && !err.contains("cannot open"), err.constData());
        const int last = lastReported(process.readAllStandardOutput());
        QVERIFY2(last == 0 || last > committed, "the child reported an edit it was not asked for");
        if (last > 0)
            reported += last - committed;

        OpenResult result;
        const auto ws = Workspace::open(path, BoardFile::Mode::ReadWrite, &result);
        QVERIFY2(ws, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(result.message)));
        QCOMPARE(pragmaRows(*ws, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
        QCOMPARE(pragmaRows(*ws, QStringLiteral("PRAGMA foreign_key_check")), QStringList());
        QCOMPARE(ws->file().integrityProblems(), QStringList());
        // Every reported edit is there; the edit under way when the kill came may be too.
        const int known = std::max(last, committed);
        const BoardState state = stateOf(*ws);
        if (state == modelAfter(known + 1)) {
            committed = known + 1;
            ++killedMidEdit;
        } else {
            QVERIFY2(state == modelAfter(known),
                     qPrintable(QStringLiteral("round %1: the board does not hold edits 1 to %2").arg(round).arg(known)));
            committed = known;
        }
    }
    qInfo("crash test: %d rounds, %d edits reported, 0 lost, %d kills after a commit but before its report",
          rounds, reported, killedMidEdit);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
