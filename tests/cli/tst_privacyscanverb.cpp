// assure-cli privacy-scan (issue 15, part 7): standard input line by line, and every narrative field
// of a board (indicator commentary, actions and their updates, the audit tables, risks, meetings
// and survey answers) but not the board's own directory of people; the JSON keys the issue names;
// exit 0 when clean, 4 when anything is found.
#include "testsupport/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;
using test::cli;
using test::Run;

namespace {

// Runs privacy-scan with text on its standard input.
Run scanInput(const QByteArray &text, const QStringList &more = {QStringLiteral("--json")})
{
    QProcess p;
    p.start(QStringLiteral(ASSURE_BIN_DIR "/assure-cli"),
            QStringList{QStringLiteral("privacy-scan"), QStringLiteral("--stdin")} + more);
    p.write(text);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonArray parsed(const Run &r)
{
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    if (!doc.isArray())
        qWarning() << "not a JSON array:" << r.out << r.err;
    return doc.array();
}

// "table id field kind text" per hit.
QStringList described(const QJsonArray &hits)
{
    QStringList out;
    for (const QJsonValue &v : hits) {
        const QJsonObject h = v.toObject();
        const QStringList keys = h.keys();
        if (keys != QStringList({QStringLiteral("field"), QStringLiteral("id"), QStringLiteral("kind"),
                                 QStringLiteral("table"), QStringLiteral("text")}))
            return {QStringLiteral("keys: ") + keys.join(QLatin1Char(','))};
        const QJsonValue id = h.value(QStringLiteral("id"));
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(h.value(QStringLiteral("table")).toString(),
                        id.isString() ? id.toString() : QString::number(id.toInteger()),
                        h.value(QStringLiteral("field")).toString(), h.value(QStringLiteral("kind")).toString(),
                        h.value(QStringLiteral("text")).toString());
    }
    return out;
}

} // namespace

class TestPrivacyScanVerb final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesOfInput();
    void cleanInput();
    void readableInput();
    void board();
    void acceptedHitsLeftOut();
    void demoBoardIsClean();
    void refusals();

private:
    QTemporaryDir m_dir;
};

void TestPrivacyScanVerb::linesOfInput()
{
    const Run r = scanInput("Seen with Mrs Okafor\r\nQ2 2026 and 2026/27\nNHS 943 476 5919, DOB: 14/03/2015\n");
    QCOMPARE(r.exitCode, 4);
    const QJsonArray lines = parsed(r);
    QCOMPARE(lines.size(), 3);
    const QByteArray expected =
        R"([{"hits":[{"kind":"titled_name","text":"Mrs Okafor"}],"line":1},{"hits":[],"line":2},)"
        R"({"hits":[{"kind":"nhs_number","text":"943 476 5919"},{"kind":"date_of_birth","text":"DOB: 14/03/2015"}],"line":3}])";
    QCOMPARE(QJsonDocument(lines).toJson(QJsonDocument::Compact), expected);
}

void TestPrivacyScanVerb::cleanInput()
{
    const Run r = scanInput("Case C-2026-0142 graded Good\nIndicator CP-01 at 87.5% in Q2 2026\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(parsed(r).size(), 2);
    for (const QJsonValue &v : parsed(r))
        QVERIFY(v.toObject().value(QStringLiteral("hits")).toArray().isEmpty());
}

void TestPrivacyScanVerb::readableInput()
{
    const Run r = scanInput("nothing here\ncall 07700 900123\n", {});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.out, QStringLiteral("line 2: Phone number: 07700 900123\n"));
}

void TestPrivacyScanVerb::board()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!sqlite3.isEmpty(), "the sqlite3 shell is needed (Debian package sqlite3)");
    const QString path = m_dir.filePath(QStringLiteral("cases.assure"));
    QCOMPARE(cli({QStringLiteral("create"), path}).exitCode, 0);
    const Run shell = test::runProgram(
        sqlite3,
        {path,
         QStringLiteral(
             // The directory: names, emails and phone numbers by right, never reported.
             "INSERT INTO agency (id, name) VALUES (1, 'Fenholt Council');"
             "INSERT INTO person (id, name, role, email) VALUES (1, 'Dr Priya Shah', 'Chair', 'priya@fenholt.gov.uk');"
             "INSERT INTO indicator (id, code, title) VALUES (1, 'CP-01', 'Re-referrals');"
             "INSERT INTO measurement (indicator_id, period_key, value, commentary) VALUES "
             "(1, '2026-Q1', 20, 'Rose after Mrs Okafor left'), (1, '2026-Q2', 21, 'Q2 2026: 87.5% of target');"
             "INSERT INTO action (id, ref, title, description) VALUES "
             "(4, 'A-2026-004', 'Share plans', 'As for NHS 9434765919'), (5, 'A-2026-005', 'Clean', 'Nothing');"
             "INSERT INTO action_update (id, action_id, date, author, text) VALUES "
             "(9, 4, '2026-09-01', 'Mr Author', 'Rang 07700 900123');"
             "INSERT INTO audit (id, ref, title, auditors) VALUES (3, 'AU-2026-003', 'Neglect', 'Mrs Auditor');"
             "INSERT INTO audit_case (id, audit_id, ref, strengths, areas) VALUES "
             "(7, 3, 'C-2026-0142', 'Lives at WM4 7QX', 'Good'), (8, 3, 'born 01/02/2015', '', '');"
             "INSERT INTO audit_finding (id, audit_id, kind, text) VALUES (2, 3, 'strength', 'see a@b.org');"
             "INSERT INTO audit_recommendation (id, audit_id, text) VALUES (6, 3, 'Ask Dr Patel');"
             "INSERT INTO narrative (id, period_key, section, text) VALUES "
             "(4, '2026-Q2', 'executive_summary', 'Mrs Okafor moved away.');"
             "INSERT INTO risk (id, title, cause, likelihood, impact) VALUES "
             "(2, 'Drift', 'Since Mr Jones retired', 3, 3);"
             "INSERT INTO meeting (id, date, notes) VALUES (5, '2026-10-01', 'Apologies: ring 07700 900456');"
             "INSERT INTO survey_question (id, year, position, kind, text) VALUES (1, 2026, 1, 'free_text', 'What "
             "works?');"
             "INSERT INTO survey_response (id, year) VALUES (1, 2026);"
             "INSERT INTO survey_answer (id, response_id, question_id, text) VALUES (3, 1, 1, 'Ask Ms Reed');")});
    QVERIFY2(shell.exitCode == 0, qPrintable(shell.err));
    const Run r = cli({QStringLiteral("privacy-scan"), path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(described(parsed(r)),
             QStringList({QStringLiteral("measurement CP-01 2026-Q1 commentary titled_name Mrs Okafor"),
                          QStringLiteral("action 4 description nhs_number 9434765919"),
                          QStringLiteral("action_update 9 text phone 07700 900123"),
                          QStringLiteral("audit_case 7 strengths postcode WM4 7QX"),
                          QStringLiteral("audit_case 8 ref date_of_birth born 01/02/2015"),
                          QStringLiteral("audit_finding 2 text email a@b.org"),
                          QStringLiteral("audit_recommendation 6 text titled_name Dr Patel"),
                          QStringLiteral("narrative 4 text titled_name Mrs Okafor"),
                          QStringLiteral("risk 2 cause titled_name Mr Jones"),
                          QStringLiteral("meeting 5 notes phone 07700 900456"),
                          QStringLiteral("survey_answer 3 text titled_name Ms Reed")}));
}

// A hit accepted in the app (privacy_acceptance: the place, the kind, the text and a reason) is left
// out of the list and the exit code; the same text anywhere else is still reported.
void TestPrivacyScanVerb::acceptedHitsLeftOut()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!sqlite3.isEmpty(), "the sqlite3 shell is needed (Debian package sqlite3)");
    const QString path = m_dir.filePath(QStringLiteral("accepted.assure"));
    QCOMPARE(cli({QStringLiteral("create"), path}).exitCode, 0);
    const auto run = [&](const char *sql) {
        const Run shell = test::runProgram(sqlite3, {path, QString::fromUtf8(sql)});
        QVERIFY2(shell.exitCode == 0, qPrintable(shell.err));
    };
    run("INSERT INTO indicator (id, code, title) VALUES (1, 'CP-01', 'Re-referrals');"
        "INSERT INTO measurement (indicator_id, period_key, value, commentary) VALUES "
        "(1, '2026-Q1', 20, 'Rose after Mrs Okafor left');"
        "INSERT INTO action (id, ref, title, description, evidence) VALUES "
        "(4, 'A-2026-004', 'Share plans', 'As for NHS 9434765919', 'NHS 9434765919 again');");
    run("INSERT INTO privacy_acceptance (table_name, row_id, row_key, field, kind, matched, reason, accepted_by, "
        "accepted_on) VALUES "
        "('action', 4, '', 'description', 'nhs_number', '9434765919', 'The published review quotes it', 'qa', "
        "'2026-11-16'),"
        "('measurement', 0, 'CP-01 2026-Q1', 'commentary', 'titled_name', 'Mrs Okafor', 'A manager, not a case', "
        "'qa', '2026-11-16');");
    const Run some = cli({QStringLiteral("privacy-scan"), path, QStringLiteral("--json")});
    QCOMPARE(some.exitCode, 4);
    QCOMPARE(described(parsed(some)), QStringList({QStringLiteral("action 4 evidence nhs_number 9434765919")}));

    run("INSERT INTO privacy_acceptance (table_name, row_id, field, kind, matched, reason) VALUES "
        "('action', 4, 'evidence', 'nhs_number', '9434765919', 'The same review');");
    const Run none = cli({QStringLiteral("privacy-scan"), path, QStringLiteral("--json")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(parsed(none).size(), 0);
}

void TestPrivacyScanVerb::demoBoardIsClean()
{
    const QString demo = m_dir.filePath(QStringLiteral("demo.assure"));
    QCOMPARE(cli({QStringLiteral("demo"), demo, QStringLiteral("--as-of"), QStringLiteral("2026-11-22")}).exitCode, 0);
    const Run r = cli({QStringLiteral("privacy-scan"), demo, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    QCOMPARE(parsed(r).size(), 0);
}

void TestPrivacyScanVerb::refusals()
{
    const Run missing = cli({QStringLiteral("privacy-scan"), m_dir.filePath(QStringLiteral("none.assure"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(!missing.err.isEmpty());
    const Run nothing = cli({QStringLiteral("privacy-scan")});
    QCOMPARE(nothing.exitCode, 2);
    QVERIFY2(nothing.err.contains(QStringLiteral("--stdin")), qPrintable(nothing.err));
}

QTEST_GUILESS_MAIN(TestPrivacyScanVerb)
#include "tst_privacyscanverb.moc"
