// The board pack's "Board effectiveness survey" (issue 18, part 6): the newest survey up to the
// pack's year, each statement's counts and mean beside last year's, the small groups not shown and
// the rule said, the free text; and no section for a board that keeps no survey.
#include "reports/surveydata.h"
#include "testsupport/demoworkspace.h"
#include "testsupport/reportfiles.h"

#include <QTest>

using namespace assure;
using namespace assure::test;

class TestSurveySection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void packHasTheSurvey();
    void aBoardWithoutASurveyHasNoSection();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Period m_period;
};

void TestSurveySection::initTestCase()
{
    if (const QString missing = missingTool(QStringLiteral("pdftotext")); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    openDemoWorkspace(m_dir, &m_ws);
    QVERIFY(m_ws);
    m_period = *Period::parse(QStringLiteral("2026/27 Q2"));
}

void TestSurveySection::packHasTheSurvey()
{
    const SurveyReportData data = gatherSurvey(*m_ws, m_period);
    QCOMPARE(data.yearLabel, QStringLiteral("2025/26"));
    QVERIFY(data.results.suppressedGroups() > 0);
    const QString path = m_dir.filePath(QStringLiteral("pack.pdf"));
    QString error;
    QVERIFY2(exportReport(*m_ws, reportRequest(ReportKind::BoardPack, m_period, ReportFormat::Pdf), path, &error),
             qPrintable(error));
    const QString text = pdfText(path).simplified();
    const qsizetype at = text.indexOf(QStringLiteral("Board effectiveness survey The 2025/26 survey of board members "
                                                     "had %1 responses (%2 the year before).")
                                          .arg(data.results.responses)
                                          .arg(data.results.previousResponses));
    QVERIFY2(at > 0, qPrintable(text.left(400)));
    const QString section = text.mid(at, 6000);
    const StatementResult &chaired = data.results.statements.at(1);
    QVERIFY(section.contains(QStringLiteral("S2 Board meetings are well chaired %1 %2 %3 %4 %5")
                                 .arg(chaired.counts[0])
                                 .arg(chaired.counts[1])
                                 .arg(chaired.counts[2])
                                 .arg(chaired.counts[3])
                                 .arg(chaired.counts[4])));
    QVERIFY(section.contains(QStringLiteral("Fewer than 5")));
    QVERIFY(section.contains(QStringLiteral(
        "A group with fewer than 5 responses is not shown, so that no one's answers can be told apart")));
    QVERIFY(section.contains(QStringLiteral("What should the board change?")));
    // Nothing of a suppressed group's figures: its row has its name and the rule only.
    for (const BreakdownGroup &g : data.results.groups)
        if (g.suppressed && !g.suppressedSecondarily)
            QVERIFY(section.contains(g.name + QStringLiteral(" Fewer than 5")));
}

void TestSurveySection::aBoardWithoutASurveyHasNoSection()
{
    QTemporaryDir dir;
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    OpenResult r;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("empty.assure")), b, &r);
    QVERIFY2(ws, qPrintable(r.message));
    QVERIFY(gatherSurvey(*ws, m_period).isEmpty());
    const QString path = dir.filePath(QStringLiteral("pack.pdf"));
    QString error;
    QVERIFY2(exportReport(*ws, reportRequest(ReportKind::BoardPack, m_period, ReportFormat::Pdf), path, &error),
             qPrintable(error));
    QVERIFY(!pdfText(path).contains(QStringLiteral("Board effectiveness survey")));
}

QTEST_MAIN(TestSurveySection)
#include "tst_surveysection.moc"
