// The change history from the command line: history lists and exports it; check finds entries altered or removed with
// the sqlite3 shell.
#include "testsupport/clirun.h"
#include "testsupport/filebytes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;
using test::cli;
using test::Run;

class TestHistoryVerb final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importIsOnTheRecord();
    void csvAndSince();
    void shellTamperingIsReported_data();
    void shellTamperingIsReported();

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    // The sqlite3 shell, as someone editing the file outside Assure would use it.
    Run shell(const QString &file, const QString &sql) const { return test::runProgram(m_sqlite3, {file, sql}); }

    QTemporaryDir m_dir;
    QString m_board; // demo + two imports: entries 1 (start), 2 (two measurements) and 3 (one)
    QString m_sqlite3;
};

void TestHistoryVerb::initTestCase()
{
    m_sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!m_sqlite3.isEmpty(), "the sqlite3 shell is needed (Debian package sqlite3)");
    m_board = path("board.assure");
    QCOMPARE(cli({QStringLiteral("demo"), m_board, QStringLiteral("--as-of"), QStringLiteral("2026-06-15")}).exitCode,
             0);
    const QString csv = path("q3.csv");
    QVERIFY(test::writeFile(csv, "Indicator code,Period,Value,Commentary\r\n"
                                 "CSC-01,Nov 2026,21.5,Validated\r\n"
                                 "CSC-01,Dec 2026,20,Provisional\r\n"));
    const Run import = cli({QStringLiteral("import"), m_board, QStringLiteral("--measurements"), csv});
    QVERIFY2(import.exitCode == 0, qPrintable(import.out + import.err));
    const QString later = path("q4.csv");
    QVERIFY(test::writeFile(later, "Indicator code,Period,Value\r\nCSC-01,Jan 2027,19\r\n"));
    const Run second = cli({QStringLiteral("import"), m_board, QStringLiteral("--measurements"), later});
    QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
}

void TestHistoryVerb::importIsOnTheRecord()
{
    const Run run = cli({QStringLiteral("history"), m_board, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(entries.size(), 4); // one line per row change
    QCOMPARE(entries[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("start"));
    for (int i : {1, 2}) {
        const QJsonObject e = entries[i].toObject();
        QCOMPARE(e.value(QStringLiteral("operation")).toInt(), 2); // one import, one operation, one entry
        QCOMPARE(e.value(QStringLiteral("entry")).toInt(), 2);
        QCOMPARE(e.value(QStringLiteral("table")).toString(), QStringLiteral("measurement"));
        QCOMPARE(e.value(QStringLiteral("action")).toString(), QStringLiteral("insert"));
        QVERIFY2(e.value(QStringLiteral("label")).toString().contains(QStringLiteral("q3.csv")), qPrintable(run.out));
        QVERIFY(!e.value(QStringLiteral("user")).toString().isEmpty());
    }
    QCOMPARE(entries[1].toObject().value(QStringLiteral("new")).toObject().value(QStringLiteral("value")).toDouble(),
             21.5);
    QCOMPARE(
        entries[2].toObject().value(QStringLiteral("new")).toObject().value(QStringLiteral("commentary")).toString(),
        QStringLiteral("Provisional"));
    QCOMPARE(entries[3].toObject().value(QStringLiteral("entry")).toInt(), 3);
    QVERIFY2(entries[3].toObject().value(QStringLiteral("label")).toString().contains(QStringLiteral("q4.csv")),
             qPrintable(run.out));

    // The plain listing says the same, one line a row change.
    const Run text = cli({QStringLiteral("history"), m_board});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count(QLatin1Char('\n')), 4);
    QVERIFY(text.out.contains(QStringLiteral("\"value\":21.5")));

    const Run check = cli({QStringLiteral("check"), m_board});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains(QStringLiteral("3 entries (one per edit, import, undo or redo), chain whole")),
             qPrintable(check.out));
}

void TestHistoryVerb::csvAndSince()
{
    const QString out = path("history.csv");
    const Run run = cli({QStringLiteral("history"), m_board, QStringLiteral("--csv"), out});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(test::readFile(out)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines[0].contains(QStringLiteral("Old values")));
    QVERIFY(lines[2].contains(QStringLiteral("measurement")));

    // The demo's start is dated at its as-of date; the import is today.
    const Run recent = cli({QStringLiteral("history"), m_board, QStringLiteral("--json"), QStringLiteral("--since"),
                            QStringLiteral("2026-07-01")});
    QCOMPARE(QJsonDocument::fromJson(recent.out.toUtf8()).array().size(), 3);
    const Run future = cli({QStringLiteral("history"), m_board, QStringLiteral("--json"), QStringLiteral("--since"),
                            QStringLiteral("2999-01-01")});
    QCOMPARE(QJsonDocument::fromJson(future.out.toUtf8()).array().size(), 0);
    const Run bad = cli({QStringLiteral("history"), m_board, QStringLiteral("--since"), QStringLiteral("last week")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("2026-04-01")), qPrintable(bad.err));
}

void TestHistoryVerb::shellTamperingIsReported_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
    QTest::newRow("value changed")
        << QStringLiteral("UPDATE history SET new_values = replace(new_values, '21.5', '99') WHERE id = 2")
        << QStringLiteral("History entry 2 (the changes of “Import 2 measurements from q3.csv”");
    QTest::newRow("row deleted") << QStringLiteral("DELETE FROM history WHERE id = 2")
                                 << QStringLiteral("History entry 2 is missing: it was removed outside Assure");
    QTest::newRow("newest deleted") << QStringLiteral("DELETE FROM history WHERE id = 3")
                                    << QStringLiteral("History entry 3, the newest, is missing");
}

void TestHistoryVerb::shellTamperingIsReported()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    const QString copy = path(QTest::currentDataTag());
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_board, copy));
    const Run edit = shell(copy, sql);
    QVERIFY2(edit.exitCode == 0, qPrintable(edit.err));
    const Run check = cli({QStringLiteral("check"), copy});
    QCOMPARE(check.exitCode, 3);
    QVERIFY2(check.err.contains(message), qPrintable(check.err));
    QVERIFY2(check.err.contains(QStringLiteral("outside Assure")), qPrintable(check.err));
}

QTEST_GUILESS_MAIN(TestHistoryVerb)
#include "tst_historyverb.moc"
