// assure-cli import --attendance and the board verb's `attendance` key (issue 18, parts 2 and 7):
// rows make the meeting they name and count for the agency at once, the same file again changes
// nothing, each bad input names its row and field and leaves the board file as it was.
#include "testsupport/clirun.h"
#include "testsupport/filebytes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace assure;
using test::cli;
using test::Run;

namespace {

// The first row a query over the board gives, as text; empty when none.
QStringList firstRow(const QString &board, const char *sql)
{
    sqlite3 *db = nullptr;
    QStringList out;
    if (sqlite3_open_v2(board.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            for (int i = 0; i < sqlite3_column_count(stmt); ++i)
                out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return out;
}

// A board member still sitting, whose name no one else on the board shares: name, agency.
constexpr const char *kSitting =
    "SELECT p.name, a.name FROM membership m JOIN person p ON p.id = m.person_id JOIN agency a ON a.id = "
    "m.agency_id WHERE m.sub_group_id IS NULL AND m.to_date = '' AND (SELECT count(*) FROM person q WHERE "
    "q.name = p.name) = 1 ORDER BY m.id";

} // namespace

class TestAttendanceImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void boardKeyFollowsTheRules();
    void importCountsAndAgainIsUnchanged();
    void dryRunWritesNothing();
    void badRows_data();
    void badRows();
    void missingColumn();

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    QString freshDemo(const char *name) const
    {
        const QString file = path(name);
        QFile::remove(file);
        return QFile::copy(m_demo, file) ? file : QString();
    }
    static QJsonArray attendance(const QString &board, const QString &asOf = QStringLiteral("2027-03-31"))
    {
        const Run r = cli({QStringLiteral("board"), board, QStringLiteral("--year"), QStringLiteral("2026/27"),
                           QStringLiteral("--as-of"), asOf, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("attendance")).toArray();
    }
    static QJsonObject agency(const QJsonArray &rows, const QString &name)
    {
        for (const QJsonValue &v : rows)
            if (v.toObject().value(QStringLiteral("agency")).toString() == name)
                return v.toObject();
        return {};
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestAttendanceImport::initTestCase()
{
    m_demo = path("demo.assure");
    QCOMPARE(cli({QStringLiteral("demo"), m_demo, QStringLiteral("--as-of"), QStringLiteral("2026-11-22")}).exitCode,
             0);
}

void TestAttendanceImport::boardKeyFollowsTheRules()
{
    const QJsonArray rows = attendance(m_demo, QStringLiteral("2026-11-22"));
    QVERIFY(rows.size() >= 20);
    int below = 0;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        const int meetings = o.value(QStringLiteral("meetings")).toInt();
        const int attended = o.value(QStringLiteral("attended")).toInt();
        QVERIFY(meetings > 0);
        QVERIFY(attended <= meetings);
        QCOMPARE(o.value(QStringLiteral("percentage")).toDouble(), double(attended) / meetings);
        // The default threshold, 75%: 3 of 4 is not below it.
        QCOMPARE(o.value(QStringLiteral("below_threshold")).toBool(), attended * 100 < 75 * meetings);
        below += o.value(QStringLiteral("below_threshold")).toBool() ? 1 : 0;
    }
    QVERIFY2(below >= 1, "the demo has agencies that often miss meetings");
    QVERIFY(below < rows.size());
}

void TestAttendanceImport::importCountsAndAgainIsUnchanged()
{
    const QString board = freshDemo("import.assure");
    const QStringList sitting = firstRow(board, kSitting);
    QCOMPARE(sitting.size(), 2);
    const QJsonObject before = agency(attendance(board), sitting.at(1));
    QVERIFY(!before.isEmpty());

    // A board meeting after the demo's last: the member sends a deputy, which counts for the agency.
    const QString csv = path("att.csv");
    QVERIFY(
        test::writeFile(csv, QStringLiteral("Date,Meeting,Member,Agency,Status\n08/12/2026,Board,%1,\"%2\",Deputy\n")
                                 .arg(sitting.at(0), sitting.at(1))
                                 .toUtf8()));
    Run r = cli({QStringLiteral("import"), board, QStringLiteral("--attendance"), csv});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("imported 1, unchanged 0, rejected 0"));
    const QJsonObject after = agency(attendance(board), sitting.at(1));
    QCOMPARE(after.value(QStringLiteral("meetings")).toInt(), before.value(QStringLiteral("meetings")).toInt() + 1);
    QCOMPARE(after.value(QStringLiteral("attended")).toInt(), before.value(QStringLiteral("attended")).toInt() + 1);

    const QByteArray written = test::fileDigest(board);
    r = cli({QStringLiteral("import"), board, QStringLiteral("--attendance"), csv});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("imported 0, unchanged 1, rejected 0"));
    QCOMPARE(test::fileDigest(board), written);

    // The same meeting, now absent: the record changes, no second meeting is made.
    QVERIFY(
        test::writeFile(csv, QStringLiteral("date,meeting,member,agency,status\n2026-12-08,board,%1,\"%2\",absent\n")
                                 .arg(sitting.at(0), sitting.at(1))
                                 .toUtf8()));
    r = cli({QStringLiteral("import"), board, QStringLiteral("--attendance"), csv});
    QCOMPARE(r.out.trimmed(), QStringLiteral("imported 1, unchanged 0, rejected 0"));
    const QJsonObject changed = agency(attendance(board), sitting.at(1));
    QCOMPARE(changed.value(QStringLiteral("meetings")).toInt(), before.value(QStringLiteral("meetings")).toInt() + 1);
    QCOMPARE(changed.value(QStringLiteral("attended")).toInt(), before.value(QStringLiteral("attended")).toInt());
}

void TestAttendanceImport::dryRunWritesNothing()
{
    const QString board = freshDemo("dry.assure");
    const QStringList sitting = firstRow(board, kSitting);
    const QString csv = path("dry.csv");
    QVERIFY(
        test::writeFile(csv, QStringLiteral("date,meeting,member,agency,status\n2026-12-08,Board,%1,\"%2\",present\n")
                                 .arg(sitting.at(0), sitting.at(1))
                                 .toUtf8()));
    const QByteArray before = test::fileDigest(board);
    const Run r =
        cli({QStringLiteral("import"), board, QStringLiteral("--attendance"), csv, QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("imported 1, unchanged 0, rejected 0"));
    QCOMPARE(test::fileDigest(board), before);
}

void TestAttendanceImport::badRows_data()
{
    const QStringList sitting = firstRow(m_demo, kSitting);
    // Someone of the board who sits on no body at all.
    const QString outsider = firstRow(m_demo, "SELECT p.name FROM person p WHERE NOT EXISTS (SELECT 1 FROM "
                                              "membership m WHERE m.person_id = p.id) AND (SELECT count(*) FROM "
                                              "person q WHERE q.name = p.name) = 1 ORDER BY p.id")
                                 .value(0);
    // A board member who left: name, agency, their last day.
    const QStringList leaver =
        firstRow(m_demo, "SELECT p.name, a.name, m.to_date FROM membership m JOIN person p ON p.id = m.person_id "
                         "JOIN agency a ON a.id = m.agency_id WHERE m.sub_group_id IS NULL AND m.to_date <> '' AND "
                         "(SELECT count(*) FROM person q WHERE q.name = p.name) = 1 ORDER BY m.id");
    QCOMPARE(sitting.size(), 2);
    QVERIFY(!outsider.isEmpty());
    QCOMPARE(leaver.size(), 3);
    const QString dayAfter =
        QDate::fromString(leaver.at(2), Qt::ISODate).addDays(1).toString(QStringLiteral("dd/MM/yyyy"));

    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("message");
    const auto row = [](const QString &date, const QString &body, const QString &name, const QString &agency,
                        const QString &status) {
        return QStringLiteral("%1,%2,%3,\"%4\",%5").arg(date, body, name, agency, status);
    };
    QTest::newRow("31/09/2026") << row(QStringLiteral("31/09/2026"), QStringLiteral("Board"), sitting.at(0),
                                       sitting.at(1), QStringLiteral("present"))
                                << QStringLiteral("row 2: date “31/09/2026” is not a date");
    QTest::newRow("not a person") << row(QStringLiteral("08/12/2026"), QStringLiteral("Board"),
                                         QStringLiteral("Nobody Atall"), sitting.at(1), QStringLiteral("present"))
                                  << QStringLiteral("row 2: member “Nobody Atall” is not a person on this board");
    QTest::newRow("not on the board") << row(QStringLiteral("08/12/2026"), QStringLiteral("Board"), outsider,
                                             sitting.at(1), QStringLiteral("present"))
                                      << QStringLiteral("row 2: member “%1” was not a member of Board").arg(outsider);
    QTest::newRow("left the day before") << row(dayAfter, QStringLiteral("Board"), leaver.at(0), leaver.at(1),
                                                QStringLiteral("present"))
                                         << QStringLiteral("row 2: member “%1” was not a member of Board for %2 on %3")
                                                .arg(leaver.at(0), leaver.at(1), dayAfter);
    QTest::newRow("sits for another agency")
        << row(QStringLiteral("08/12/2026"), QStringLiteral("Board"), sitting.at(0), leaver.at(1),
               QStringLiteral("present"))
        << QStringLiteral("row 2: member “%1” was not a member of Board for %2").arg(sitting.at(0), leaver.at(1));
    QTest::newRow("unknown status") << row(QStringLiteral("08/12/2026"), QStringLiteral("Board"), sitting.at(0),
                                           sitting.at(1), QStringLiteral("late"))
                                    << QStringLiteral("row 2: status “late” is not a status (present, apologies, "
                                                      "deputy, absent)");
    QTest::newRow("unknown body") << row(QStringLiteral("08/12/2026"), QStringLiteral("Quality Assurence"),
                                         sitting.at(0), sitting.at(1), QStringLiteral("present"))
                                  << QStringLiteral("row 2: meeting “Quality Assurence” is not the board or one of "
                                                    "its sub-groups");
    QTest::newRow("unknown agency") << row(QStringLiteral("08/12/2026"), QStringLiteral("Board"), sitting.at(0),
                                           QStringLiteral("Nowhere Trust"), QStringLiteral("present"))
                                    << QStringLiteral("row 2: agency “Nowhere Trust” is not an agency of this board");
}

void TestAttendanceImport::badRows()
{
    QFETCH(QString, row);
    QFETCH(QString, message);
    const QString board = freshDemo("bad.assure");
    const QString csv = path("bad.csv");
    QVERIFY(test::writeFile(csv, "date,meeting,member,agency,status\n" + row.toUtf8() + "\n"));
    const QByteArray before = test::fileDigest(board);
    const Run r = cli({QStringLiteral("import"), board, QStringLiteral("--attendance"), csv});
    QCOMPARE(r.exitCode, 4);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("imported 0, unchanged 0, rejected 1"));
    QVERIFY2(lines.value(1).startsWith(message), qPrintable(r.out));
    QCOMPARE(test::fileDigest(board), before);
}

void TestAttendanceImport::missingColumn()
{
    const QString board = freshDemo("nocol.assure");
    const QString csv = path("nocol.csv");
    QVERIFY(test::writeFile(csv, "date,meeting,member,agency\n08/12/2026,Board,Someone,Somewhere\n"));
    const QByteArray before = test::fileDigest(board);
    const Run r = cli({QStringLiteral("import"), board, QStringLiteral("--attendance"), csv});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("status")), qPrintable(r.err));
    QCOMPARE(test::fileDigest(board), before);
}

QTEST_GUILESS_MAIN(TestAttendanceImport)
#include "tst_attendanceimport.moc"
