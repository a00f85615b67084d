// The survey in the workspace: an import written as one undo step (questionnaire, responses and
// answers), undone and redone; a returned form keyed in; what deleting a question or a response takes.
#include "interchange/csvreader.h"
#include "storage/repository.h"
#include "workspace/survey/surveyedits.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
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

const QByteArray kExport = "Name,Sector,Meetings are well chaired,Papers arrive on time,What should change?\n"
                           "Ann Smith,Health,Agree,2,Shorter papers\n"
                           "Bob Jones,Police,Strongly agree,3,\n"
                           "Cy Evans,Health,Disagree,Strongly agre,Nothing\n";

} // namespace

class TestSurveyEdits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_ws.reset(); }
    void importUndoRedo();
    void secondImportMatchesTheQuestionnaire();
    void keyedForm();
    void deletingTakesTheAnswers();

private:
    template <class T> size_t onDisk() const { return Repository<T>(m_ws->file().database()).loadAll().size(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestSurveyEdits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    OpenResult r;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("survey.assure")), b, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
}

void TestSurveyEdits::importUndoRedo()
{
    SurveyEdits edits(*m_ws);
    const SurveyImportPlan plan = planSurveyImport(readCsv(kExport), edits.importContext(2026));
    QVERIFY2(plan.isUsable(), qPrintable(plan.error));
    QCOMPARE(plan.counts.rejected, 1);
    QString error;
    QCOMPARE(edits.applyImport(plan, 2026, QStringLiteral("survey.csv"), &error), 2);
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Import 2 survey responses from survey.csv"));

    const std::vector<SurveyQuestion> questions = surveyQuestionnaire(*m_ws, 2026);
    QCOMPARE(questions.size(), size_t(4));
    QCOMPARE(questions[0].kind, SurveyQuestionKind::Breakdown);
    QCOMPARE(questions[1].text, QStringLiteral("Meetings are well chaired"));
    QCOMPARE(questions[2].kind, SurveyQuestionKind::Statement);
    QCOMPARE(questions[3].kind, SurveyQuestionKind::FreeText);
    QCOMPARE(onDisk<SurveyResponse>(), size_t(2));
    // Two sectors, two ratings each, and one free-text answer (the blank one is not stored).
    QCOMPARE(onDisk<SurveyAnswer>(), size_t(7));

    const SurveyResults r = surveyResultsOf(*m_ws, 2026);
    QCOMPARE(r.responses, 2);
    QCOMPARE(r.statements[0].counts, (std::array<int, 5>{0, 0, 0, 1, 1}));
    QCOMPARE(*r.statements[1].mean(), 2.5);
    QCOMPARE(r.freeText[0].answers, QStringList{QStringLiteral("Shorter papers")});
    QCOMPARE(surveyYears(*m_ws), QList<int>{2026});

    m_ws->undoStack()->undo();
    QVERIFY(surveyQuestionnaire(*m_ws, 2026).empty());
    QCOMPARE(onDisk<SurveyResponse>(), size_t(0));
    QCOMPARE(onDisk<SurveyAnswer>(), size_t(0));
    QCOMPARE(onDisk<SurveyQuestion>(), size_t(0));
    m_ws->undoStack()->redo();
    QCOMPARE(surveyResultsOf(*m_ws, 2026).responses, 2);
    QCOMPARE(onDisk<SurveyAnswer>(), size_t(7));
}

void TestSurveyEdits::secondImportMatchesTheQuestionnaire()
{
    SurveyEdits edits(*m_ws);
    QVERIFY(edits.applyImport(planSurveyImport(readCsv(kExport), edits.importContext(2026)), 2026,
                              QStringLiteral("first.csv")) == 2);
    const SurveyImportPlan again = planSurveyImport(
        readCsv("sector,papers arrive on time,meetings are well chaired\nEducation,5,5\n"), edits.importContext(2026));
    QVERIFY2(again.isUsable(), qPrintable(again.error));
    QCOMPARE(edits.applyImport(again, 2026, QStringLiteral("second.csv")), 1);
    QCOMPARE(onDisk<SurveyQuestion>(), size_t(4)); // no new questions
    const SurveyResults r = surveyResultsOf(*m_ws, 2026);
    QCOMPARE(r.responses, 3);
    QCOMPARE(r.statements[0].counts, (std::array<int, 5>{0, 0, 0, 1, 2}));
    // Another year starts its own questionnaire.
    QCOMPARE(edits.applyImport(planSurveyImport(readCsv(kExport), edits.importContext(2027)), 2027,
                               QStringLiteral("next.csv")),
             2);
    QCOMPARE(surveyQuestionnaire(*m_ws, 2027).size(), size_t(4));
    QCOMPARE(surveyResultsOf(*m_ws, 2027).statements[0].previousMean.value_or(0), 14.0 / 3.0);
}

void TestSurveyEdits::keyedForm()
{
    SurveyEdits edits(*m_ws);
    qint64 statement = 0;
    qint64 words = 0;
    QVERIFY(edits.addQuestion(2026, SurveyQuestionKind::Statement, QStringLiteral("Meetings are well chaired"), nullptr,
                              &statement));
    QVERIFY(
        edits.addQuestion(2026, SurveyQuestionKind::FreeText, QStringLiteral("What should change?"), nullptr, &words));
    QCOMPARE(surveyQuestionnaire(*m_ws, 2026)[1].position, 2);
    QString error;
    QVERIFY(!edits.addQuestion(2026, SurveyQuestionKind::FreeText, QStringLiteral("what should  change?"), &error));
    QCOMPARE(error, QStringLiteral("The 2026/27 questionnaire already asks “what should  change?”."));

    SurveyAnswer rated;
    rated.questionId = statement;
    rated.rating = 4;
    SurveyAnswer said;
    said.questionId = words;
    said.text = QStringLiteral("  More on neglect ");
    QVERIFY2(edits.addResponse(2026, {rated, said}, &error), qPrintable(error));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Add 2026/27 survey response"));
    const SurveyResults r = surveyResultsOf(*m_ws, 2026);
    QCOMPARE(r.responses, 1);
    QCOMPARE(*r.statements[0].mean(), 4.0);
    QCOMPARE(r.freeText[0].answers, QStringList{QStringLiteral("More on neglect")});

    SurveyAnswer wrong = said;
    wrong.rating = 3;
    QVERIFY(!edits.addResponse(2026, {wrong}, &error));
    QCOMPARE(error, QStringLiteral("“What should change?” is not rated: it is answered in words."));
    QVERIFY(!edits.addResponse(2027, {rated}, &error));
    QCOMPARE(error, QStringLiteral("An answer is to a question that is not in the 2027/28 questionnaire."));
    QVERIFY(!edits.addResponse(2026, {}, &error));
    QCOMPARE(error, QStringLiteral("The form answers no question."));
    QCOMPARE(surveyResultsOf(*m_ws, 2026).responses, 1);
}

void TestSurveyEdits::deletingTakesTheAnswers()
{
    SurveyEdits edits(*m_ws);
    QCOMPARE(edits.applyImport(planSurveyImport(readCsv(kExport), edits.importContext(2026)), 2026,
                               QStringLiteral("survey.csv")),
             2);
    const qint64 papers = surveyQuestionnaire(*m_ws, 2026)[2].id;
    QCOMPARE(m_ws->dependents<SurveyQuestion>(papers).describe(), QStringLiteral("Its 2 answers go with it."));
    QVERIFY(m_ws->remove<SurveyQuestion>(papers));
    QCOMPARE(onDisk<SurveyAnswer>(), size_t(5));
    const qint64 response = m_ws->items<SurveyResponse>().at(0).id;
    QVERIFY(m_ws->remove<SurveyResponse>(response));
    QCOMPARE(surveyResultsOf(*m_ws, 2026).responses, 1);
    m_ws->undoStack()->undo();
    m_ws->undoStack()->undo();
    QCOMPARE(onDisk<SurveyAnswer>(), size_t(7));
}

QTEST_GUILESS_MAIN(TestSurveyEdits)
#include "tst_surveyedits.moc"
