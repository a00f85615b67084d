// Kills at more doors: undo and redo, the migration of an older board file, backup and restore, each killed with
// SIGKILL at a random moment. After each kill the read-only door goes first (assure-cli check), then a read-write
// open: no door calls the board damaged, every reported edit is there, and the file is sound.
// ASSURE_KILL_ROUNDS sets the rounds per door (5 by default; the slow test runs 250, 1,000 in all) and
// ASSURE_KILL_SEED repeats a run.
#include "crash/crashedits.h"
#include "storage/filesafety/boardlock.h"
#include "testsupport/clirun.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace assure;
using namespace assure::crashtest;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

// The number in the last complete "committed N" or "undone N" line, and whether it was an undo.
int lastReported(const QByteArray &output, bool *undone)
{
    static const QRegularExpression line(QStringLiteral("^(committed|undone) (\\d+)$"),
                                         QRegularExpression::MultilineOption);
    int last = 0;
    *undone = false;
    const QString text = QString::fromLatin1(output.left(output.lastIndexOf('\n') + 1));
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        last = m.captured(2).toInt();
        *undone = m.captured(1) == QLatin1String("undone");
    }
    return last;
}

// Starts a program and kills it (SIGKILL) after a random while; its standard output.
QByteArray runAndKill(const QString &program, const QStringList &args, int maxMs, QRandomGenerator &random)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted())
        return {};
    QTest::qWait(int(random.bounded(0, maxMs)));
    process.kill();
    process.waitForFinished();
    return process.readAllStandardOutput();
}

// The read-write open after a kill. A kill in the instant between the lock file's creation and its
// first line leaves a lock that does not say who holds it: Assure offers to clear such a lock
// (LockedFilePrompt, assure-cli unlock), and so does this, once.
std::unique_ptr<Workspace> openAfterKill(const QString &path, OpenResult *r, int *unsaidLocks)
{
    auto ws = Workspace::open(path, BoardFile::Mode::ReadWrite, r);
    if (ws || r->status != OpenStatus::Locked || r->holder.readable)
        return ws;
    ++*unsaidLocks;
    QString error;
    if (!BoardLock::clear(path, r->holder, &error)) {
        r->message = error;
        return nullptr;
    }
    return Workspace::open(path, BoardFile::Mode::ReadWrite, r);
}

// The read-only door: assure-cli check, which must never call the board damaged.
bool checkSaysSound(const QString &path, QString *said)
{
    const test::Run r = test::cli({QStringLiteral("check"), path});
    *said = QStringLiteral("exit %1: %2%3").arg(r.exitCode).arg(r.out, r.err);
    return r.exitCode == 0 && !r.err.contains(QStringLiteral("damaged"));
}

} // namespace

class TestKillDoors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void undoAndRedo();
    void migration();
    void backup();
    void restore();
    void cleanupTestCase();

private:
    QString newBoard(const QString &name);

    QTemporaryDir m_dir;
    int m_rounds = 5;
    quint32 m_seed = 0;
    QRandomGenerator m_random;
    int m_kills = 0;
    int m_unsaidLocks = 0;
};

void TestKillDoors::initTestCase()
{
    qputenv("ASSURE_BACKUP_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("backups"))));
    m_rounds = envInt("ASSURE_KILL_ROUNDS", 5);
    m_seed = quint32(envInt("ASSURE_KILL_SEED", int(QRandomGenerator::global()->bounded(1, 1000000))));
    qInfo("kill doors: %d rounds per door, ASSURE_KILL_SEED=%u", m_rounds, m_seed);
    m_random.seed(m_seed);
}

void TestKillDoors::cleanupTestCase()
{
    qInfo("kill doors: %d kills, no board called damaged, no reported edit lost; %d kills left a lock file that "
          "does not say who holds it (cleared as the app offers to)",
          m_kills, m_unsaidLocks);
}

QString TestKillDoors::newBoard(const QString &name)
{
    const QString path = m_dir.filePath(name);
    Board board;
    board.name = QStringLiteral("Kill test board");
    OpenResult created;
    return Workspace::create(path, board, &created) ? path : QString();
}

void TestKillDoors::undoAndRedo()
{
    const QString child = QStringLiteral(ASSURE_BIN_DIR "/assure-crashchild");
    QString path;
    int known = 0; // the board holds edits 1 to known
    for (int round = 0; round < m_rounds; ++round) {
        if (round % 5 == 0) {
            path = newBoard(QStringLiteral("undo%1.assure").arg(round));
            QVERIFY(!path.isEmpty());
            known = 0;
        }
        const QByteArray out =
            runAndKill(child, {path, QString::number(known + 1), QStringLiteral("--undo")}, 1200, m_random);
        ++m_kills;
        bool undone = false;
        const int last = lastReported(out, &undone);
        QString said;
        QVERIFY2(checkSaysSound(path, &said), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(said)));
        OpenResult r;
        const auto ws = openAfterKill(path, &r, &m_unsaidLocks);
        QVERIFY2(ws, qPrintable(r.message));
        QCOMPARE(ws->file().integrityProblems(), QStringList());
        // The edit, undo or redo under way at the kill may have been committed or not; nothing else.
        const int reported = last == 0 ? known : (undone ? last - 1 : last);
        const BoardState state = stateOf(*ws);
        bool matched = false;
        for (const int k : {reported, reported + 1, reported > 0 ? reported - 1 : 0}) {
            if (k >= known && state == modelAfter(k)) {
                known = k;
                matched = true;
                break;
            }
        }
        QVERIFY2(matched, qPrintable(QStringLiteral("round %1 (seed %2): the board is not as edits 1 to %3 left it")
                                         .arg(round)
                                         .arg(m_seed)
                                         .arg(reported)));
    }
}

void TestKillDoors::migration()
{
    const QString child = QStringLiteral(ASSURE_BIN_DIR "/assure-crashchild");
    for (int round = 0; round < m_rounds; ++round) {
        // A board file at format 0: ours by its application id, every migration still to run.
        const QString path = m_dir.filePath(QStringLiteral("old%1.assure").arg(round));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA application_id = 1095980370; CREATE TABLE scratch (x); DROP TABLE scratch;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        runAndKill(child, {path, QStringLiteral("1"), QStringLiteral("3")}, 400, m_random);
        ++m_kills;
        // Read-only, a board left part-way through its upgrade says it needs one, never that it is damaged.
        const test::Run check = test::cli({QStringLiteral("check"), path});
        QVERIFY2(check.exitCode == 0 ||
                     (check.exitCode == 2 && check.err.contains(QStringLiteral("older version of Assure"))),
                 qPrintable(QStringLiteral("round %1: exit %2: %3").arg(round).arg(check.exitCode).arg(check.err)));
        OpenResult r;
        const auto ws = openAfterKill(path, &r, &m_unsaidLocks);
        QVERIFY2(ws, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(r.message)));
        QCOMPARE(r.schemaVersion, BoardFile::currentSchemaVersion());
        QCOMPARE(ws->file().integrityProblems(), QStringList());
        const BoardState state = stateOf(*ws);
        QVERIFY(state == modelAfter(0) || state == modelAfter(1) || state == modelAfter(2) || state == modelAfter(3));
    }
}

void TestKillDoors::backup()
{
    const QString board = m_dir.filePath(QStringLiteral("demo.assure"));
    if (!QFileInfo::exists(board))
        QCOMPARE(test::cli({QStringLiteral("demo"), board}).exitCode, 0);
    const QString out = m_dir.filePath(QStringLiteral("copies"));
    for (int round = 0; round < m_rounds; ++round) {
        runAndKill(QStringLiteral(ASSURE_BIN_DIR "/assure-cli"),
                   {QStringLiteral("backup"), board, QStringLiteral("--out"), out}, 300, m_random);
        ++m_kills;
        QString said;
        QVERIFY2(checkSaysSound(board, &said), qPrintable(said));
        // A copy is there whole under its name, or not at all.
        for (const QString &name : QDir(out).entryList({QStringLiteral("*.assure")}, QDir::Files)) {
            const OpenResult copy = BoardFile::inspect(QDir(out).filePath(name));
            QVERIFY2(copy.ok(), qPrintable(copy.message));
        }
    }
}

void TestKillDoors::restore()
{
    const QString board = m_dir.filePath(QStringLiteral("demo.assure"));
    if (!QFileInfo::exists(board))
        QCOMPARE(test::cli({QStringLiteral("demo"), board}).exitCode, 0);
    for (int round = 0; round < m_rounds; ++round) {
        const QString target = m_dir.filePath(QStringLiteral("restored%1.assure").arg(round));
        runAndKill(QStringLiteral(ASSURE_BIN_DIR "/assure-cli"),
                   {QStringLiteral("restore"), board, QStringLiteral("--out"), target}, 300, m_random);
        ++m_kills;
        QString said;
        QVERIFY2(checkSaysSound(board, &said), qPrintable(said));
        if (QFileInfo::exists(target))
            QVERIFY2(checkSaysSound(target, &said), qPrintable(said));
    }
}

QTEST_GUILESS_MAIN(TestKillDoors)
#include "tst_killdoors.moc"
