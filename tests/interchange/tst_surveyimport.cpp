// The survey import's plan (issue 18, part 3): identifying columns dropped and named, a new
// questionnaire made from the statement columns, a year's questionnaire matched, and bad answers
// rejected naming the row and the column.
#include "interchange/csvreader.h"
#include "interchange/survey/surveyimport.h"

#include <QTest>

using namespace assure;

namespace {

SourceTable readCsv(const QByteArray &bytes)
{
    CsvReader reader;
    const std::optional<SourceTable> table = reader.read(bytes, QStringLiteral("survey.csv"));
    if (!table)
        qFatal("unreadable test CSV: %s", qPrintable(reader.errorString()));
    return *table;
}

// What Microsoft Forms exports, with two statements, a sector and a free-text question.
const QByteArray kFormsExport =
    "ID,Start time,Completion time,Email,Name,Sector,The board has clear priorities,Meetings are well chaired,"
    "What should the board change?\n"
    "1,10/03/2027 09:01,10/03/2027 09:05,ann.smith@example.org,Ann Smith,Health,Agree,5,Shorter papers\n"
    "2,10/03/2027 10:12,10/03/2027 10:15,bob.jones@example.org,Bob Jones,Police,strongly disagree,3,\n"
    "3,11/03/2027 08:00,11/03/2027 08:07,cy.evans@example.org,Cy Evans,Health,Neither agree nor disagree,4,"
    "More on neglect\n";

SurveyQuestion question(qint64 id, int position, SurveyQuestionKind kind, const char *text)
{
    SurveyQuestion q;
    q.id = id;
    q.year = 2026;
    q.position = position;
    q.kind = kind;
    q.text = QString::fromUtf8(text);
    return q;
}

SurveyImportContext withQuestionnaire()
{
    SurveyImportContext c;
    c.year = 2026;
    c.questionnaire = {question(11, 1, SurveyQuestionKind::Breakdown, "Sector"),
                       question(12, 2, SurveyQuestionKind::Statement, "The board has clear priorities"),
                       question(13, 3, SurveyQuestionKind::Statement, "Meetings are well chaired"),
                       question(14, 4, SurveyQuestionKind::FreeText, "What should the board change?")};
    c.responses = 7;
    return c;
}

} // namespace

class TestSurveyImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identifyingColumnsAreDropped();
    void newQuestionnaireFromTheColumns();
    void matchedToTheYearsQuestionnaire();
    void columnsThatDoNotMatchAreRefused();
    void misspeltAnswerNamesRowAndColumn();
    void onlyIdentifyingColumnsIsRefused();
    void aColumnOfEmailsIsDroppedWhateverItsHeader();
    void identifyingHeaders_data();
    void identifyingHeaders();
};

void TestSurveyImport::identifyingColumnsAreDropped()
{
    const SurveyImportPlan plan = planSurveyImport(readCsv(kFormsExport), SurveyImportContext{2026, {}, 0});
    QVERIFY2(plan.isUsable(), qPrintable(plan.error));
    QCOMPARE(plan.droppedColumns(),
             (QStringList{QStringLiteral("ID"), QStringLiteral("Start time"), QStringLiteral("Completion time"),
                          QStringLiteral("Email"), QStringLiteral("Name")}));
    QCOMPARE(plan.kept.size(), 4);
    // Nothing of a dropped column is in what would be written.
    for (const SurveyImportRow &row : plan.rows)
        for (const SurveyImportCell &cell : row.cells) {
            QVERIFY(!cell.text.contains(QLatin1Char('@')));
            QVERIFY(!cell.text.contains(QStringLiteral("Smith")));
        }
}

void TestSurveyImport::newQuestionnaireFromTheColumns()
{
    const SurveyImportPlan plan = planSurveyImport(readCsv(kFormsExport), SurveyImportContext{2026, {}, 0});
    QVERIFY(plan.newQuestionnaire);
    const auto role = [&](int k) { return plan.columns.at(plan.kept.at(k)).role; };
    QCOMPARE(role(0), SurveyColumnRole::Breakdown);
    QCOMPARE(role(1), SurveyColumnRole::Statement); // words
    QCOMPARE(role(2), SurveyColumnRole::Statement); // numbers
    QCOMPARE(role(3), SurveyColumnRole::FreeText);
    QCOMPARE(plan.counts.created, 3);
    QCOMPARE(plan.counts.rejected, 0);
    QCOMPARE(plan.rows[0].cells[0].text, QStringLiteral("Health"));
    QCOMPARE(plan.rows[0].cells[1].rating, std::optional<int>(4));
    QCOMPARE(plan.rows[1].cells[1].rating, std::optional<int>(1));
    QCOMPARE(plan.rows[2].cells[1].rating, std::optional<int>(3));
    QCOMPARE(plan.rows[0].cells[2].rating, std::optional<int>(5));
    QCOMPARE(plan.rows[0].cells[3].text, QStringLiteral("Shorter papers"));
    QVERIFY(plan.warnings.isEmpty());
}

void TestSurveyImport::matchedToTheYearsQuestionnaire()
{
    // The same questions in another order and case.
    const QByteArray csv = "email,what should the board change?,MEETINGS ARE WELL CHAIRED,The board has clear "
                           "priorities,sector\n"
                           "x@example.org,Nothing,4,4,Education\n";
    const SurveyImportPlan plan = planSurveyImport(readCsv(csv), withQuestionnaire());
    QVERIFY2(plan.isUsable(), qPrintable(plan.error));
    QVERIFY(!plan.newQuestionnaire);
    QCOMPARE(plan.columns.at(plan.kept.at(0)).questionId, 14);
    QCOMPARE(plan.columns.at(plan.kept.at(1)).questionId, 13);
    QCOMPARE(plan.columns.at(plan.kept.at(1)).role, SurveyColumnRole::Statement);
    QCOMPARE(plan.columns.at(plan.kept.at(3)).questionId, 11);
    QCOMPARE(plan.counts.created, 1);
    // The year's responses so far are added to, and the plan says so.
    QCOMPARE(plan.warnings.size(), 1);
    QVERIFY(plan.warnings[0].contains(QStringLiteral("7 responses")));
}

void TestSurveyImport::columnsThatDoNotMatchAreRefused()
{
    const SurveyImportPlan extra = planSurveyImport(
        readCsv("Sector,The board has clear priorities,Meetings are well chaired,Papers arrive on time\n"
                "Health,4,4,2\n"),
        withQuestionnaire());
    QVERIFY(!extra.isUsable());
    QVERIFY2(extra.error.contains(QStringLiteral("“Papers arrive on time”")), qPrintable(extra.error));
    QVERIFY(extra.error.contains(QStringLiteral("2026/27")));

    const SurveyImportPlan missing =
        planSurveyImport(readCsv("Sector,The board has clear priorities\nHealth,4\n"), withQuestionnaire());
    QVERIFY(!missing.isUsable());
    QVERIFY2(missing.error.contains(QStringLiteral("“Meetings are well chaired”")), qPrintable(missing.error));
}

void TestSurveyImport::misspeltAnswerNamesRowAndColumn()
{
    const QByteArray csv = "Name,The board has clear priorities,Meetings are well chaired\n"
                           "Ann Smith,Agree,Strongly agree\n"
                           "Bob Jones,Strongly agre,4\n"
                           "Cy Evans,Disagree,6\n"
                           "Di Hall,,\n";
    const SurveyImportPlan plan = planSurveyImport(readCsv(csv), SurveyImportContext{2026, {}, 0});
    QVERIFY2(plan.isUsable(), qPrintable(plan.error));
    // The misspelt column is still a statement: most of its cells are ratings.
    QCOMPARE(plan.columns.at(plan.kept.at(0)).role, SurveyColumnRole::Statement);
    QCOMPARE(plan.counts.created, 1);
    QCOMPARE(plan.counts.rejected, 3);
    QCOMPARE(plan.rejectedLines(),
             (QStringList{QStringLiteral("row 3: column “The board has clear priorities”: “Strongly agre” is not a "
                                         "rating (1 to 5, or Strongly disagree, Disagree, Neither agree nor disagree, "
                                         "Agree, Strongly agree)"),
                          QStringLiteral("row 4: column “Meetings are well chaired”: “6” is not a rating (1 to 5, or "
                                         "Strongly disagree, Disagree, Neither agree nor disagree, Agree, Strongly "
                                         "agree)"),
                          QStringLiteral("row 5: it answers no question")}));
}

void TestSurveyImport::onlyIdentifyingColumnsIsRefused()
{
    const SurveyImportPlan plan =
        planSurveyImport(readCsv("Respondent ID,Email address,Start date\n1,a@example.org,2027-03-01\n"),
                         SurveyImportContext{2026, {}, 0});
    QVERIFY(!plan.isUsable());
    QCOMPARE(plan.error, QStringLiteral("The file's only columns identify respondents (Respondent ID, Email address, "
                                        "Start date), and are never stored: it has no answers to import."));
}

void TestSurveyImport::aColumnOfEmailsIsDroppedWhateverItsHeader()
{
    const SurveyImportPlan plan =
        planSurveyImport(readCsv("Contact,Meetings are well chaired\nann@example.org,4\n,5\nbob@example.org.uk,3\n"),
                         SurveyImportContext{2026, {}, 0});
    QVERIFY2(plan.isUsable(), qPrintable(plan.error));
    QCOMPARE(plan.droppedColumns(), QStringList{QStringLiteral("Contact")});
    QCOMPARE(plan.kept.size(), 1);
}

void TestSurveyImport::identifyingHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<bool>("identifying");
    for (const QString &h : assure::identifyingHeaders())
        QTest::newRow(qPrintable(h)) << h << true;
    QTest::newRow("E-mail address") << QStringLiteral("E-mail address") << true;
    QTest::newRow("RESPONDENT_ID") << QStringLiteral("RESPONDENT_ID") << true;
    QTest::newRow("statement") << QStringLiteral("The board knows its name") << false;
    QTest::newRow("sector") << QStringLiteral("Sector") << false;
}

void TestSurveyImport::identifyingHeaders()
{
    QFETCH(QString, header);
    QFETCH(bool, identifying);
    QCOMPARE(isIdentifyingHeader(header), identifying);
}

QTEST_GUILESS_MAIN(TestSurveyImport)
#include "tst_surveyimport.moc"
