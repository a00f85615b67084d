// assure-cli actions: the keys and values issue 14 names, each filter, the boundaries of overdue
// and due soon with --as-of (the same answer whatever day the test runs), a readable table, and
// refusals of bad filters.
#include "testsupport/clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;
using test::cli;
using test::Run;

namespace {

const QString kAsOf = QStringLiteral("2026-11-22");

QJsonArray parsed(const Run &r)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isArray())
        qWarning() << "not a JSON array:" << r.out << r.err;
    return doc.array();
}

} // namespace

class TestActionsVerb final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoActionsHaveEveryKey();
    void filters();
    void boundariesAsOf_data();
    void boundariesAsOf();
    void boardSettingsRuleTheCommandLine();
    void readableTable();
    void refusals_data();
    void refusals();

private:
    Run actions(const QStringList &more, const QString &file = {}) const
    {
        return cli(QStringList{QStringLiteral("actions"), file.isEmpty() ? m_demo : file} + more);
    }

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_small; // a board made here with the sqlite3 shell: known dates, known answers
};

void TestActionsVerb::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.assure"));
    QCOMPARE(cli({QStringLiteral("demo"), m_demo, QStringLiteral("--as-of"), kAsOf}).exitCode, 0);

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!sqlite3.isEmpty(), "the sqlite3 shell is needed (Debian package sqlite3)");
    m_small = m_dir.filePath(QStringLiteral("small.assure"));
    QCOMPARE(cli({QStringLiteral("create"), m_small, QStringLiteral("--name"), QStringLiteral("Fenholt SAB")}).exitCode,
             0);
    // Due on 2026-09-16 (D), D-1, D+14, D+15; one with progress reported, one cancelled.
    const Run shell = test::runProgram(
        sqlite3,
        {m_small,
         QStringLiteral(
             "INSERT INTO agency (id, name) VALUES (1, 'Fenholt Council'), (2, 'Fenholt Police');"
             "INSERT INTO person (id, name, agency_id) VALUES (1, 'Priya Shah', 1), (2, 'Tomasz Nowak', 2);"
             "INSERT INTO action (id, ref, title, description, success_measure, evidence, owner_agency_id, "
             "lead_person_id, source_kind, start_date, due_date, status) VALUES "
             "(1, 'A-2026-001', 'Due today', 'd', 'm', 'e', 1, 1, 'priority', '2026-06-01', '2026-09-16', "
             "'in_progress'),"
             "(2, 'A-2026-002', 'Due yesterday', 'd', 'm', 'e', 1, 1, 'priority', '2026-06-01', '2026-09-15', "
             "'not_started'),"
             "(3, 'A-2026-003', 'Due in 14 days', 'd', 'm', 'e', 2, 2, 'audit', '2026-09-01', '2026-09-30', "
             "'in_progress'),"
             "(4, 'A-2026-004', 'Due in 15 days', 'd', 'm', 'e', 2, 1, 'audit', '2026-09-01', '2026-10-01', "
             "'in_progress'),"
             "(5, 'Review', 'Review', '', '', '', NULL, NULL, 'none', '2026-09-20', '2026-09-10', 'cancelled');"
             "UPDATE action SET cancel_reason = 'Duplicate' WHERE id = 5;"
             "INSERT INTO action_update (action_id, date, author, text, percent) VALUES "
             "(3, '2026-09-10', 'Tomasz Nowak', 'Half way', 50), (3, '2026-09-12', 'Tomasz Nowak', 'Note', NULL),"
             "(4, '2026-09-12', 'Priya Shah', 'Slow', 10);")});
    QVERIFY2(shell.exitCode == 0, qPrintable(shell.err));
}

void TestActionsVerb::demoActionsHaveEveryKey()
{
    const Run r = actions({QStringLiteral("--as-of"), kAsOf, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray all = parsed(r);
    QVERIFY2(all.size() >= 20 && all.size() <= 40, qPrintable(QString::number(all.size())));
    const QSet<QString> keys{
        QStringLiteral("id"),          QStringLiteral("ref"),      QStringLiteral("title"),
        QStringLiteral("agency"),      QStringLiteral("lead"),     QStringLiteral("source"),
        QStringLiteral("status"),      QStringLiteral("start"),    QStringLiteral("due"),
        QStringLiteral("overdue"),     QStringLiteral("due_soon"), QStringLiteral("rag"),
        QStringLiteral("percent"),     QStringLiteral("smart"),    QStringLiteral("smart_problems"),
        QStringLiteral("smart_advice")};
    const QSet<QString> statuses{QStringLiteral("not_started"), QStringLiteral("in_progress"),
                                 QStringLiteral("completed"), QStringLiteral("impact_evidenced"),
                                 QStringLiteral("cancelled")};
    const QSet<QString> rags{QStringLiteral("green"), QStringLiteral("amber"), QStringLiteral("red"),
                             QStringLiteral("blue")};
    QSet<QString> seen, refs;
    int overdue = 0, dueSoon = 0, weak = 0, advised = 0, withPercent = 0;
    for (const QJsonValue &v : all) {
        const QJsonObject a = v.toObject();
        const QStringList have = a.keys();
        QCOMPARE(QSet<QString>(have.begin(), have.end()), keys);
        QVERIFY(a.value(QStringLiteral("id")).toInteger() > 0);
        refs.insert(a.value(QStringLiteral("ref")).toString());
        const QString status = a.value(QStringLiteral("status")).toString();
        QVERIFY2(statuses.contains(status), qPrintable(status));
        seen.insert(status);
        QVERIFY(a.value(QStringLiteral("overdue")).isBool() && a.value(QStringLiteral("due_soon")).isBool());
        const QJsonValue rag = a.value(QStringLiteral("rag"));
        QVERIFY(rag.isNull() ? status == QLatin1String("cancelled") : rags.contains(rag.toString()));
        const QJsonObject smart = a.value(QStringLiteral("smart")).toObject();
        QCOMPARE(smart.keys(), (QStringList{QStringLiteral("A"), QStringLiteral("M"), QStringLiteral("R"),
                                            QStringLiteral("S"), QStringLiteral("T")}));
        int failed = 0;
        for (const QJsonValue &pass : smart)
            failed += pass.toBool() ? 0 : 1;
        QCOMPARE(a.value(QStringLiteral("smart_problems")).toArray().size(), failed);
        weak += failed ? 1 : 0;
        advised += a.value(QStringLiteral("smart_advice")).toArray().isEmpty() ? 0 : 1;
        const QDate due = QDate::fromString(a.value(QStringLiteral("due")).toString(), Qt::ISODate);
        const QDate asOf = QDate::fromString(kAsOf, Qt::ISODate);
        const bool open = status == QLatin1String("not_started") || status == QLatin1String("in_progress");
        QCOMPARE(a.value(QStringLiteral("overdue")).toBool(), open && due.isValid() && due < asOf);
        QCOMPARE(a.value(QStringLiteral("due_soon")).toBool(),
                 open && due.isValid() && due >= asOf && due <= asOf.addDays(14));
        if (a.value(QStringLiteral("overdue")).toBool()) {
            ++overdue;
            QCOMPARE(rag.toString(), QStringLiteral("red"));
        }
        dueSoon += a.value(QStringLiteral("due_soon")).toBool() ? 1 : 0;
        const QJsonValue percent = a.value(QStringLiteral("percent"));
        if (!percent.isNull()) {
            ++withPercent;
            QVERIFY(percent.toInt() >= 0 && percent.toInt() <= 100);
        }
    }
    QCOMPARE(seen, statuses);
    QCOMPARE(refs.size(), all.size()); // references are unique
    QVERIFY(overdue >= 2);
    QVERIFY(dueSoon >= 2);
    QVERIFY(weak >= 2);
    QVERIFY(advised >= 2);
    QVERIFY(withPercent >= 5);
}

void TestActionsVerb::filters()
{
    const QStringList base{QStringLiteral("--as-of"), kAsOf, QStringLiteral("--json")};
    const QJsonArray all = parsed(actions(base));
    const auto count = [&](const QString &key, const QJsonValue &value) {
        return int(std::count_if(all.begin(), all.end(),
                                 [&](const QJsonValue &v) { return v.toObject().value(key) == value; }));
    };
    const QJsonArray completed =
        parsed(actions(base + QStringList{QStringLiteral("--status"), QStringLiteral("completed")}));
    QCOMPARE(completed.size(), count(QStringLiteral("status"), QStringLiteral("completed")));
    QVERIFY(!completed.isEmpty());
    const QJsonArray overdue = parsed(actions(base + QStringList{QStringLiteral("--overdue")}));
    QCOMPARE(overdue.size(), count(QStringLiteral("overdue"), true));
    const QJsonArray soon = parsed(actions(base + QStringList{QStringLiteral("--due-soon")}));
    QCOMPARE(soon.size(), count(QStringLiteral("due_soon"), true));
    const QJsonArray either =
        parsed(actions(base + QStringList{QStringLiteral("--overdue"), QStringLiteral("--due-soon")}));
    QCOMPARE(either.size(), overdue.size() + soon.size()); // never both at once

    const QJsonObject first = all.first().toObject();
    const QString agency = first.value(QStringLiteral("agency")).toString();
    const QJsonArray ofAgency =
        parsed(actions(base + QStringList{QStringLiteral("--agency"), agency.toUpper()})); // any case
    QCOMPARE(ofAgency.size(), count(QStringLiteral("agency"), agency));
    for (const QJsonValue &v : ofAgency)
        QCOMPARE(v.toObject().value(QStringLiteral("agency")).toString(), agency);
    QString lead;
    for (const QJsonValue &v : all)
        if (lead.isEmpty() && v.toObject().value(QStringLiteral("lead")).isString())
            lead = v.toObject().value(QStringLiteral("lead")).toString();
    const QJsonArray ofLead = parsed(actions(base + QStringList{QStringLiteral("--lead"), lead}));
    QCOMPARE(ofLead.size(), count(QStringLiteral("lead"), lead));
    QVERIFY(!ofLead.isEmpty());
}

void TestActionsVerb::boundariesAsOf_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<bool>("dueSoon");
    QTest::addColumn<QString>("rag");     // "null" for none
    QTest::addColumn<QString>("percent"); // "null" for none
    QTest::addColumn<QString>("smart");   // the letters passed

    QTest::newRow("due on D: not overdue, due soon") << "A-2026-001" << false << true << "green"
                                                     << "null"
                                                     << "SMART";
    QTest::newRow("due D-1: overdue, red") << "A-2026-002" << true << false << "red"
                                           << "null"
                                           << "SMART";
    // 15 of 29 days gone: 50% is 96% of the time elapsed.
    QTest::newRow("due D+14: due soon, on track") << "A-2026-003" << false << true << "green"
                                                  << "50"
                                                  << "SMART";
    // 15 of 30 days gone: 10% is 20% of it.
    QTest::newRow("due D+15: not due soon, behind") << "A-2026-004" << false << false << "red"
                                                    << "10"
                                                    << "SMART";
    QTest::newRow("cancelled, vague and untimed") << "Review" << false << false << "null"
                                                  << "null"
                                                  << "";
}

void TestActionsVerb::boundariesAsOf()
{
    QFETCH(QString, ref);
    const Run r = actions({QStringLiteral("--as-of"), QStringLiteral("2026-09-16"), QStringLiteral("--json")}, m_small);
    QCOMPARE(r.exitCode, 0);
    QJsonObject a;
    for (const QJsonValue &v : parsed(r))
        if (v.toObject().value(QStringLiteral("ref")).toString() == ref)
            a = v.toObject();
    QVERIFY(!a.isEmpty());
    QTEST(a.value(QStringLiteral("overdue")).toBool(), "overdue");
    QTEST(a.value(QStringLiteral("due_soon")).toBool(), "dueSoon");
    const QJsonValue rag = a.value(QStringLiteral("rag"));
    QTEST(rag.isNull() ? QStringLiteral("null") : rag.toString(), "rag");
    const QJsonValue percent = a.value(QStringLiteral("percent"));
    QTEST(percent.isNull() ? QStringLiteral("null") : QString::number(percent.toInt()), "percent");
    QString passed;
    const QJsonObject smart = a.value(QStringLiteral("smart")).toObject();
    for (const char *letter : {"S", "M", "A", "R", "T"})
        if (smart.value(QLatin1String(letter)).toBool())
            passed += QLatin1String(letter);
    QTEST(passed, "smart");
    if (ref == QLatin1String("A-2026-004")) // Priya Shah of the council leads an action of the police
        QCOMPARE(a.value(QStringLiteral("smart_advice")).toArray().size(), 1);
    if (ref == QLatin1String("Review")) {
        QCOMPARE(a.value(QStringLiteral("smart_problems")).toArray().size(), 5);
        QCOMPARE(a.value(QStringLiteral("agency")), QJsonValue(QJsonValue::Null));
        QCOMPARE(a.value(QStringLiteral("source")).toString(), QStringLiteral("none"));
        QCOMPARE(a.value(QStringLiteral("start")).toString(), QStringLiteral("2026-09-20"));
    }
}

// The board's own settings (action_settings) are what the verb reads by: due soon within 15 days,
// GREEN at 20% of the time elapsed, AMBER at 10%.
void TestActionsVerb::boardSettingsRuleTheCommandLine()
{
    const QString board = m_dir.filePath(QStringLiteral("settings.assure"));
    QVERIFY(QFile::copy(m_small, board));
    const Run shell = test::runProgram(
        QStandardPaths::findExecutable(QStringLiteral("sqlite3")),
        {board, QStringLiteral("UPDATE action_settings SET due_soon_days = 15, rag_green_percent = 20, "
                               "rag_amber_percent = 10;")});
    QVERIFY2(shell.exitCode == 0, qPrintable(shell.err));
    const Run r = actions({QStringLiteral("--as-of"), QStringLiteral("2026-09-16"), QStringLiteral("--json")}, board);
    QCOMPARE(r.exitCode, 0);
    for (const QJsonValue &v : parsed(r)) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("ref")).toString() != QLatin1String("A-2026-004"))
            continue;
        QCOMPARE(a.value(QStringLiteral("due_soon")).toBool(), true); // D + 15, within the board's 15 days
        QCOMPARE(a.value(QStringLiteral("rag")).toString(), QStringLiteral("green")); // 10% is 20% of the time gone
        return;
    }
    QFAIL("A-2026-004 is not listed");
}

void TestActionsVerb::readableTable()
{
    const Run r = actions({QStringLiteral("--as-of"), QStringLiteral("2026-09-16")}, m_small);
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("A-2026-001")));
    QVERIFY(lines.at(0).contains(QStringLiteral("due soon")));
    QVERIFY(lines.at(1).contains(QStringLiteral("overdue")));
    QVERIFY(lines.at(2).contains(QStringLiteral("Fenholt Police")));
    QVERIFY(lines.at(2).contains(QStringLiteral("SMART")));
    QVERIFY(lines.at(4).contains(QStringLiteral("-----")));
    QVERIFY(lines.at(4).contains(QStringLiteral("Cancelled")));
}

void TestActionsVerb::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("said");
    QTest::newRow("unknown agency") << QStringList{QStringLiteral("--agency"), QStringLiteral("Nowhere")} << "Nowhere";
    QTest::newRow("unknown lead") << QStringList{QStringLiteral("--lead"), QStringLiteral("Nobody")} << "Nobody";
    QTest::newRow("unknown status") << QStringList{QStringLiteral("--status"), QStringLiteral("done")} << "done";
    QTest::newRow("bad date") << QStringList{QStringLiteral("--as-of"), QStringLiteral("31/02/2026")} << "31/02/2026";
    QTest::newRow("impossible date") << QStringList{QStringLiteral("--as-of"), QStringLiteral("2026-02-31")}
                                     << "2026-02-31";
}

void TestActionsVerb::refusals()
{
    QFETCH(QStringList, args);
    const Run r = actions(args, m_small);
    QCOMPARE(r.exitCode, 2);
    QTEST(r.err.contains(QStringLiteral("“")) ? r.err.section(QStringLiteral("“"), 1).section(QStringLiteral("”"), 0, 0)
                                              : r.err,
          "said");
    QVERIFY(r.out.isEmpty());
    QCOMPARE(cli({QStringLiteral("actions"), m_dir.filePath(QStringLiteral("missing.assure"))}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestActionsVerb)
#include "tst_actionsverb.moc"
