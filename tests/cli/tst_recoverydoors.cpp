// Every assure-cli door on a board a crash left with a journal: the change rolled back, one line saying so, and
// the same answer as the board before the crash; on a read-only copy, why not and what to do, exit 2, no byte
// changed, and never "damaged".
#include "testsupport/clirun.h"
#include "testsupport/filebytes.h"
#include "testsupport/hotjournal.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace assure;

using test::cli;
using test::Run;

namespace {

const QString kRolledBack =
    QStringLiteral("An interrupted change was rolled back; everything saved before it is intact.");

} // namespace

class TestRecoveryDoors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rollsBackAndAnswers_data() { doors_data(); }
    void rollsBackAndAnswers();
    void readOnlyCopyIsRefusedHonestly_data() { doors_data(); }
    void readOnlyCopyIsRefusedHonestly();

private:
    void doors_data();

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_board;
    std::unique_ptr<test::ReadOnlyPlace> m_readOnly;
};

void TestRecoveryDoors::initTestCase()
{
    qputenv("ASSURE_BACKUP_DIR", QFile::encodeName(path(QStringLiteral("backups"))));
    m_board = path(QStringLiteral("westmere.assure"));
    QCOMPARE(cli({QStringLiteral("demo"), m_board, QStringLiteral("--as-of"), QStringLiteral("2026-11-30")}).exitCode,
             0);
    m_readOnly = std::make_unique<test::ReadOnlyPlace>(path(QStringLiteral("cdrom")));
    if (m_readOnly->usable()) {
        QVERIFY(test::copyMidTransaction(m_board, m_readOnly->filePath(QStringLiteral("westmere.assure"))));
        QVERIFY(m_readOnly->makeReadOnly());
    }
}

void TestRecoveryDoors::cleanupTestCase()
{
    m_readOnly.reset();
}

void TestRecoveryDoors::doors_data()
{
    QTest::addColumn<QStringList>("args"); // FILE stands for the board, OUT for a fresh path to write to
    QTest::addColumn<bool>("sameOutput");  // prints the same for the recovered copy as for the board itself

    const QString file = QStringLiteral("FILE");
    const QString out = QStringLiteral("OUT");
    QTest::newRow("check") << QStringList{QStringLiteral("check"), file} << true;
    QTest::newRow("info") << QStringList{QStringLiteral("info"), file} << true;
    QTest::newRow("indicators") << QStringList{QStringLiteral("indicators"), file, QStringLiteral("--period"),
                                               QStringLiteral("2026/27 Q2"), QStringLiteral("--json")}
                                << true;
    QTest::newRow("indicator") << QStringList{QStringLiteral("indicator"), file, QStringLiteral("--code"),
                                              QStringLiteral("CSC-01")}
                               << true;
    QTest::newRow("history") << QStringList{QStringLiteral("history"), file, QStringLiteral("--json")} << true;
    QTest::newRow("actions") << QStringList{QStringLiteral("actions"), file, QStringLiteral("--as-of"),
                                            QStringLiteral("2026-11-30")}
                             << true;
    QTest::newRow("backup") << QStringList{QStringLiteral("backup"), file, QStringLiteral("--out"), out} << false;
    QTest::newRow("restore") << QStringList{QStringLiteral("restore"), file, QStringLiteral("--out"), out} << false;
    QTest::newRow("export") << QStringList{QStringLiteral("export"), file, QStringLiteral("--measurements"),
                                           out + QStringLiteral(".csv")}
                            << false;
}

void TestRecoveryDoors::rollsBackAndAnswers()
{
    QFETCH(QStringList, args);
    QFETCH(bool, sameOutput);
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    const QString copy = path(name + QStringLiteral(".assure"));
    QVERIFY(test::copyMidTransaction(m_board, copy));

    QStringList onCopy = args;
    onCopy.replaceInStrings(QStringLiteral("FILE"), copy);
    onCopy.replaceInStrings(QStringLiteral("OUT"), path(name + QStringLiteral("-out")));
    const Run r = cli(onCopy);
    QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QCOMPARE(r.err.trimmed(), kRolledBack);
    QVERIFY(!QFile::exists(copy + QStringLiteral("-journal")));
    QVERIFY(!r.out.contains(QStringLiteral("Half-written")));
    if (sameOutput) {
        QStringList onBoard = args;
        onBoard.replaceInStrings(QStringLiteral("FILE"), m_board);
        const Run before = cli(onBoard);
        QCOMPARE(before.exitCode, 0);
        QCOMPARE(QString(r.out).replace(copy, m_board), before.out);
    }
    // The copy is now a sound board, and the next door has nothing to say.
    const Run check = cli({QStringLiteral("check"), copy});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.err.isEmpty(), qPrintable(check.err));
}

void TestRecoveryDoors::readOnlyCopyIsRefusedHonestly()
{
    QFETCH(QStringList, args);
    if (!m_readOnly->usable())
        QSKIP("root without the right to mount a read-only tmpfs");
    const QString copy = m_readOnly->filePath(QStringLiteral("westmere.assure"));
    const QString journal = copy + QStringLiteral("-journal");
    const QByteArray file = test::fileDigest(copy);
    const QByteArray held = test::fileDigest(journal);
    QStringList onCopy = args;
    onCopy.replaceInStrings(QStringLiteral("FILE"), copy);
    onCopy.replaceInStrings(QStringLiteral("OUT"),
                            path(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral("-refused")));
    const Run r = cli(onCopy);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("interrupted")) && r.err.contains(QStringLiteral("read-only")) &&
                 r.err.contains(QStringLiteral("nothing was changed")) && !r.err.contains(QStringLiteral("damaged")),
             qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(test::fileDigest(copy), file);
    QCOMPARE(test::fileDigest(journal), held);
}

QTEST_GUILESS_MAIN(TestRecoveryDoors)
#include "tst_recoverydoors.moc"
