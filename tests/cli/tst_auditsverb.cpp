// assure-cli audits and programme (issue 15, part 9): the keys as the issue writes them, the
// counts, grades and kappa of a board made here with known answers, the year's occurrences and
// their status on a day (stored ones done, skipped and moved beside generated ones), the demo's
// audits and programme, and refusals.
#include "testsupport/clirun.h"

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

QJsonArray parsed(const Run &r)
{
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    if (!doc.isArray())
        qWarning() << "not a JSON array:" << r.out << r.err;
    return doc.array();
}

QStringList keysOf(const QJsonObject &o)
{
    return o.keys();
}

} // namespace

class TestAuditsVerb final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void auditsOfAKnownBoard();
    void programmeOfAKnownBoard();
    void demo();
    void refusals();

private:
    QTemporaryDir m_dir;
    QString m_small;
    QString m_demo;
};

void TestAuditsVerb::initTestCase()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!sqlite3.isEmpty(), "the sqlite3 shell is needed (Debian package sqlite3)");
    m_small = m_dir.filePath(QStringLiteral("small.assure"));
    QCOMPARE(cli({QStringLiteral("create"), m_small}).exitCode, 0);
    const Run shell = test::runProgram(
        sqlite3,
        {m_small,
         QStringLiteral(
             "INSERT INTO agency (id, name) VALUES (1, 'Fenholt Council');"
             "INSERT INTO audit_programme_entry (id, subject, frequency, due_months) VALUES "
             "(1, 'Budget monitoring', 'quarterly', ''), (2, 'Training', 'annual', '12'), (3, 'Self-assessment', "
             "'rolling', '');"
             "INSERT INTO audit (id, ref, type, title, status) VALUES "
             "(1, 'AU-2026-001', 'multi_agency_case_audit', 'Neglect', 'findings_agreed'),"
             "(2, 'AU-2026-002', 'peer_review', 'Front door', 'planned');"
             "INSERT INTO audit_programme_occurrence (entry_id, due, moved, outcome, audit_id, skip_reason) VALUES "
             "(1, '2026-06-01', '', 'done', 1, ''), (1, '2026-09-01', '2027-01-01', 'open', NULL, ''),"
             "(1, '2026-12-01', '', 'skipped', NULL, 'Budget frozen'), (1, '2026-03-01', '', 'open', NULL, '');"
             // Four moderated of five: first good, good, inadequate, inadequate; second good, inadequate,
             // inadequate, good. po = 0.5, pe = 0.5, kappa 0. Final grades: agreed where given.
             "INSERT INTO audit_case (audit_id, ref, grade, second_grade, agreed_grade) VALUES "
             "(1, 'C-1', 'good', 'good', 'good'), (1, 'C-2', 'good', 'inadequate', 'requires_improvement'),"
             "(1, 'C-3', 'inadequate', 'inadequate', ''), (1, 'C-4', 'inadequate', 'good', 'inadequate'),"
             "(1, 'C-5', 'outstanding', '', ''), (1, 'C-6', '', '', '');"
             "INSERT INTO audit_finding (audit_id, kind, text) VALUES (1, 'good_practice', 'Joint visits'),"
             "(1, 'area_for_improvement', 'Plans drift');"
             "INSERT INTO audit_recommendation (audit_id, text, owner_agency_id) VALUES (1, 'Review plans', 1);")});
    QVERIFY2(shell.exitCode == 0, qPrintable(shell.err));
    m_demo = m_dir.filePath(QStringLiteral("demo.assure"));
    QCOMPARE(cli({QStringLiteral("demo"), m_demo, QStringLiteral("--as-of"), QStringLiteral("2026-11-22")}).exitCode,
             0);
}

void TestAuditsVerb::auditsOfAKnownBoard()
{
    const Run r = cli({QStringLiteral("audits"), m_small, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QByteArray expected =
        R"([{"agreement":0,"cases":6,"findings":2,"grades":{"good":1,"inadequate":2,"outstanding":1,)"
        R"("requires_improvement":1},"id":1,"recommendations":1,"status":"findings_agreed","title":"Neglect",)"
        R"("type":"multi_agency_case_audit"},{"agreement":null,"cases":0,"findings":0,"grades":{"good":0,)"
        R"("inadequate":0,"outstanding":0,"requires_improvement":0},"id":2,"recommendations":0,"status":"planned",)"
        R"("title":"Front door","type":"peer_review"}])";
    QCOMPARE(QJsonDocument(parsed(r)).toJson(QJsonDocument::Compact), expected);
    const Run text = cli({QStringLiteral("audits"), m_small});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("AU-2026-001")) &&
                 text.out.contains(QStringLiteral("Requires improvement 1")),
             qPrintable(text.out));
}

void TestAuditsVerb::programmeOfAKnownBoard()
{
    const Run r = cli({QStringLiteral("programme"), m_small, QStringLiteral("--year"), QStringLiteral("2026/27"),
                       QStringLiteral("--as-of"), QStringLiteral("2027-01-10"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QStringList got;
    for (const QJsonValue &v : parsed(r)) {
        const QJsonObject o = v.toObject();
        QCOMPARE(keysOf(o), QStringList({QStringLiteral("due"), QStringLiteral("entry"), QStringLiteral("status")}));
        got << QStringLiteral("%1 %2 %3")
                   .arg(o.value(QStringLiteral("entry")).toString(), o.value(QStringLiteral("due")).toString(),
                        o.value(QStringLiteral("status")).toString());
    }
    // Last year's March is not this year's; September's moved to January is due, not overdue;
    // the rolling entry names no month and so has no occurrence.
    QCOMPARE(got,
             QStringList(
                 {QStringLiteral("Budget monitoring 2026-06 done"), QStringLiteral("Budget monitoring 2026-12 skipped"),
                  QStringLiteral("Budget monitoring 2027-01 due"), QStringLiteral("Budget monitoring 2027-03 planned"),
                  QStringLiteral("Training 2026-12 overdue")}));
}

void TestAuditsVerb::demo()
{
    const Run r = cli({QStringLiteral("audits"), m_demo, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray audits = parsed(r);
    QCOMPARE(audits.size(), 12);
    QSet<QString> types, statuses;
    int cases = 0, findings = 0, recommendations = 0, agreements = 0;
    for (const QJsonValue &v : audits) {
        const QJsonObject a = v.toObject();
        QCOMPARE(keysOf(a),
                 QStringList({QStringLiteral("agreement"), QStringLiteral("cases"), QStringLiteral("findings"),
                              QStringLiteral("grades"), QStringLiteral("id"), QStringLiteral("recommendations"),
                              QStringLiteral("status"), QStringLiteral("title"), QStringLiteral("type")}));
        types.insert(a.value(QStringLiteral("type")).toString());
        statuses.insert(a.value(QStringLiteral("status")).toString());
        cases += a.value(QStringLiteral("cases")).toInt();
        findings += a.value(QStringLiteral("findings")).toInt();
        recommendations += a.value(QStringLiteral("recommendations")).toInt();
        agreements += a.value(QStringLiteral("agreement")).isDouble() ? 1 : 0;
    }
    QVERIFY2(types.size() >= 8, qPrintable(QStringList(types.begin(), types.end()).join(QLatin1Char(' '))));
    QCOMPARE(statuses.size(), 5);
    QVERIFY(cases >= 30 && findings >= 12 && recommendations >= 8);
    QVERIFY(agreements >= 4);
    const Run p = cli({QStringLiteral("programme"), m_demo, QStringLiteral("--year"), QStringLiteral("2026/27"),
                       QStringLiteral("--as-of"), QStringLiteral("2026-11-22"), QStringLiteral("--json")});
    QCOMPARE(p.exitCode, 0);
    QSet<QString> entries, seen;
    for (const QJsonValue &v : parsed(p)) {
        entries.insert(v.toObject().value(QStringLiteral("entry")).toString());
        seen.insert(v.toObject().value(QStringLiteral("status")).toString());
    }
    QCOMPARE(entries.size(), 12);
    QCOMPARE(seen, QSet<QString>({QStringLiteral("planned"), QStringLiteral("due"), QStringLiteral("overdue"),
                                  QStringLiteral("done"), QStringLiteral("skipped")}));
    // Some of the demo's actions answer a recommendation or a finding.
    const Run actions = cli({QStringLiteral("actions"), m_demo, QStringLiteral("--json")});
    QVERIFY(actions.out.contains(QStringLiteral("\"source\": \"recommendation\"")));
    QVERIFY(actions.out.contains(QStringLiteral("\"source\": \"finding\"")));
}

void TestAuditsVerb::refusals()
{
    const Run noYear = cli({QStringLiteral("programme"), m_small});
    QCOMPARE(noYear.exitCode, 2);
    QVERIFY2(noYear.err.contains(QStringLiteral("--year")), qPrintable(noYear.err));
    const Run quarter =
        cli({QStringLiteral("programme"), m_small, QStringLiteral("--year"), QStringLiteral("2026/27 Q2")});
    QCOMPARE(quarter.exitCode, 2);
    QVERIFY2(quarter.err.contains(QStringLiteral("not a financial year")), qPrintable(quarter.err));
    const Run badDay = cli({QStringLiteral("programme"), m_small, QStringLiteral("--year"), QStringLiteral("2026/27"),
                            QStringLiteral("--as-of"), QStringLiteral("22/11/2026")});
    QCOMPARE(badDay.exitCode, 2);
    const Run missing = cli({QStringLiteral("audits"), m_dir.filePath(QStringLiteral("none.assure"))});
    QCOMPARE(missing.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestAuditsVerb)
#include "tst_auditsverb.moc"
