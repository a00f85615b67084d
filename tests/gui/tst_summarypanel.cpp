// An audit's summary (issue 15, part 6) as the panel shows it: the grade table beside the audit it
// repeats, each question's result and change, the strengths and areas gathered, the agreement, the
// charts' text alternatives; updated when a case is saved. Saves a screenshot on the demo board.
#include "gui/audits/summarypanel.h"
#include "testsupport/demoworkspace.h"
#include "testsupport/screenshots.h"
#include "workspace/audits/auditedits.h"
#include "workspace/audits/caseedits.h"
#include "workspace/workspace.h"

#include <QLocale>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;

class TestSummaryPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void comparedWithTheAuditItRepeats();
    void demoScreenshot();
};

namespace {

qint64 audit(Workspace &ws, const QString &title, qint64 repeats, const QStringList &refs)
{
    Audit a;
    a.title = title;
    a.repeatsAuditId = repeats;
    qint64 id = 0;
    AuditEdits edits(ws);
    edits.add(a, QDate(2026, 11, 16), nullptr, &id);
    edits.recordSample(id, refs, 5);
    return id;
}

void grade(Workspace &ws, qint64 auditId, const QString &ref, const char *answers, const char *grade,
           const char *second = "", const char *strengths = "", const char *areas = "")
{
    CaseEdits edits(ws);
    for (const AuditCase *c : edits.casesOf(auditId))
        if (c->ref == ref) {
            AuditCase after = *c;
            after.answers = QString::fromUtf8(answers);
            after.grade = QString::fromUtf8(grade);
            after.secondGrade = QString::fromUtf8(second);
            after.strengths = QString::fromUtf8(strengths);
            after.areas = QString::fromUtf8(areas);
            QString error;
            QVERIFY2(edits.saveCase(after, &error), qPrintable(error));
        }
}

QString cell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

void TestSummaryPanel::comparedWithTheAuditItRepeats()
{
    QTemporaryDir dir;
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    OpenResult r;
    std::unique_ptr<Workspace> ws = Workspace::create(dir.filePath(QStringLiteral("summary.assure")), b, &r);
    QVERIFY2(ws, qPrintable(r.message));
    const qint64 first = audit(*ws, QStringLiteral("Neglect"), 0, {QStringLiteral("C-1"), QStringLiteral("C-2")});
    grade(*ws, first, QStringLiteral("C-1"), R"({"q1":"no","q2":10})", "inadequate");
    grade(*ws, first, QStringLiteral("C-2"), R"({"q1":"no","q2":14})", "requires_improvement");
    const qint64 again = audit(*ws, QStringLiteral("Neglect re-audit"), first,
                               {QStringLiteral("C-7"), QStringLiteral("C-8"), QStringLiteral("C-9")});
    grade(*ws, again, QStringLiteral("C-7"), R"({"q1":"yes","q2":4,"q5":"good"})", "good", "good", "Child seen alone",
          "Plan without dates");
    grade(*ws, again, QStringLiteral("C-8"), R"({"q1":"no","q2":6,"q5":"inadequate"})", "requires_improvement",
          "inadequate", "Child seen alone", "Plan without dates");

    SummaryPanel panel(ws.get());
    panel.resize(1200, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setAudit(again);
    QCOMPARE(panel.headingText(),
             QStringLiteral("AU-2026-002 Neglect re-audit: 3 cases, 2 graded; repeats AU-2026-001 Neglect (2 cases)"));
    const QTableWidget *grades = panel.gradeTable();
    QCOMPARE(grades->rowCount(), 4);
    // Moderated: (good, good) and (requires improvement, inadequate): po = 0.5, pe = 0.5 x 0.5 = 0.25,
    // kappa = 0.25 / 0.75 = 0.33.
    // Grade, this audit, the earlier one, change: good 1 (0 before), requires improvement 1 (1), inadequate 0 (1).
    QCOMPARE(cell(grades, 1, 0), QStringLiteral("Good"));
    QCOMPARE(cell(grades, 1, 1), QStringLiteral("1"));
    QCOMPARE(cell(grades, 1, 2), QStringLiteral("0"));
    QCOMPARE(cell(grades, 1, 3), QStringLiteral("+1"));
    QCOMPARE(cell(grades, 2, 3), QStringLiteral("no change"));
    QCOMPARE(cell(grades, 3, 3), QStringLiteral("−1"));

    const QTableWidget *questions = panel.questionTable();
    QCOMPARE(questions->rowCount(), 15);
    QCOMPARE(cell(questions, 0, 0),
             QStringLiteral("Q1.1  Was the first response within the timescale the procedures set?"));
    QCOMPARE(cell(questions, 0, 1), QStringLiteral("2"));
    QCOMPARE(cell(questions, 0, 2), QStringLiteral("Yes 50%, partial 0%, no 50%"));
    QCOMPARE(cell(questions, 0, 3), QStringLiteral("Yes 0%, partial 0%, no 100%"));
    QCOMPARE(cell(questions, 0, 4), QStringLiteral("+50 points yes"));
    QCOMPARE(cell(questions, 1, 2), QStringLiteral("Mean 5"));
    QCOMPARE(cell(questions, 1, 3), QStringLiteral("Mean 12"));
    QCOMPARE(cell(questions, 1, 4), QStringLiteral("−7"));
    QCOMPARE(cell(questions, 4, 2),
             QStringLiteral("50% good or better (Outstanding 0, Good 1, Requires improvement 0, Inadequate 1)"));
    QCOMPARE(cell(questions, 4, 3), QStringLiteral("No answers"));
    QCOMPARE(panel.strengthsText(), QStringLiteral("• Child seen alone (2 cases)"));
    QCOMPARE(panel.areasText(), QStringLiteral("• Plan without dates (2 cases)"));
    QCOMPARE(panel.agreementText(), QStringLiteral("50% of 2 moderated cases graded alike; Cohen's kappa 0.33."));
    QCOMPARE(panel.gradeChartText(), QStringLiteral("Outstanding 0 (0 in AU-2026-001); Good 1 (0 in AU-2026-001); "
                                                    "Requires improvement 1 (1 in AU-2026-001); Inadequate 0 (1 in "
                                                    "AU-2026-001)"));
    QVERIFY(panel.answersChartText().startsWith(QStringLiteral("Q1.1: Yes 50%, partial 0%, no 50%; Q2.1: No answers")));

    // The third case saved: the summary follows.
    grade(*ws, again, QStringLiteral("C-9"), R"({"q1":"yes"})", "outstanding");
    QCOMPARE(cell(questions, 0, 2), QStringLiteral("Yes 67%, partial 0%, no 33%"));
    QCOMPARE(cell(grades, 0, 1), QStringLiteral("1"));
}

void TestSummaryPanel::demoScreenshot()
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> demo;
    test::openDemoWorkspace(dir, &demo);
    QVERIFY(demo);
    qint64 id = 0;
    for (const Audit &a : demo->items<Audit>())
        if (a.title == QStringLiteral("Neglect re-audit"))
            id = a.id;
    QVERIFY(id);
    SummaryPanel panel(demo.get());
    panel.resize(1200, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setAudit(id);
    QVERIFY(panel.headingText().contains(QStringLiteral("repeats")));
    QCOMPARE(panel.summary().graded, 6);
    QVERIFY(test::saveShot(&panel, QStringLiteral("audit-summary")));
    panel.ensureVisible(0, panel.widget()->height());
    QVERIFY(test::saveShot(&panel, QStringLiteral("audit-summary-answers")));
}

QTEST_MAIN(TestSummaryPanel)
#include "tst_summarypanel.moc"
