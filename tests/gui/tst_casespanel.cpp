// The case audit form (issue 15, part 5) driven with the keyboard alone: two cases completed with
// Tab, digits, letters and Ctrl+Return, their answers and grades found stored; one moderated and the
// kappa shown; a wrong answer refused naming its question with nothing written; a click on a row of
// the sorted table opens that case. Saves a screenshot of the form on the demo board.
#include "core/audits/questionnaire.h"
#include "gui/audits/caseform.h"
#include "gui/audits/casespanel.h"
#include "gui/audits/choicefield.h"
#include "storage/repository.h"
#include "testsupport/demoworkspace.h"
#include "testsupport/mouse.h"
#include "testsupport/screenshots.h"
#include "workspace/audits/auditedits.h"
#include "workspace/audits/caseedits.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;

namespace {

// A key pressed where the keyboard's focus is, as a person types.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *w = QApplication::focusWidget();
    QVERIFY(w);
    QTest::keyClick(w, Qt::Key(key), modifiers);
}

void type(char c)
{
    QWidget *w = QApplication::focusWidget();
    QVERIFY(w);
    QTest::keyClick(w, c);
}

void typeText(const QString &text)
{
    QWidget *w = QApplication::focusWidget();
    QVERIFY(w);
    QTest::keyClicks(w, text);
}

// Answers, field by field, with Tab after each: a key per choice field, words for a line.
void fill(const QStringList &entries)
{
    for (const QString &e : entries) {
        if (e.size() == 1)
            type(e.at(0).toLatin1());
        else if (!e.isEmpty())
            typeText(e);
        press(Qt::Key_Tab);
    }
}

} // namespace

class TestCasesPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void init();
    void cleanup();
    void twoCasesWithTheKeyboard();
    void wrongAnswerRefused();
    void clickOnSortedTableOpensThatCase();
    void demoScreenshot();

private:
    const AuditCase &caseRef(const QString &ref) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<CasesPanel> m_panel;
    qint64 m_audit = 0;
};

void TestCasesPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    OpenResult r;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("cases.assure")), b, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
    AuditEdits edits(*m_ws);
    Audit a;
    a.title = QStringLiteral("Neglect");
    QVERIFY(edits.add(a, QDate(2026, 11, 16), nullptr, &m_audit));
    QVERIFY(edits.recordSample(m_audit,
                               {QStringLiteral("C-003"), QStringLiteral("C-001"), QStringLiteral("C-002"),
                                QStringLiteral("C-004"), QStringLiteral("C-005")},
                               77));
    // Two cases graded and moderated before: the auditors agreed on both.
    for (const auto &[ref, grade] : {std::pair{"C-004", "good"}, std::pair{"C-005", "inadequate"}}) {
        AuditCase c = caseRef(QString::fromLatin1(ref));
        c.grade = c.secondGrade = QString::fromLatin1(grade);
        QVERIFY(CaseEdits(*m_ws).saveCase(c));
    }
    m_panel = std::make_unique<CasesPanel>(m_ws.get());
    m_panel->resize(1200, 800);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_panel->setAudit(m_audit);
}

void TestCasesPanel::cleanup()
{
    m_panel.reset();
    m_ws.reset();
}

const AuditCase &TestCasesPanel::caseRef(const QString &ref) const
{
    for (const AuditCase &c : m_ws->items<AuditCase>())
        if (c.ref == ref)
            return c;
    static const AuditCase none;
    return none;
}

void TestCasesPanel::twoCasesWithTheKeyboard()
{
    // The first case not yet graded is open; the keyboard starts at the table.
    QCOMPARE(m_panel->shownCaseId(), caseRef(QStringLiteral("C-001")).id);
    m_panel->table()->setFocus();
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_panel->form()->answerField(QStringLiteral("q1")));

    // The multi-agency tool: q1 yes/no, q2 number, q3 q4 yes/no, q5 grade, q6 yes/no, q7 grade,
    // q8 to q13 yes/no, q14 grade, q15 text; then overall grade, strengths, areas, second, agreed.
    fill({QStringLiteral("y"), QStringLiteral("12"), QStringLiteral("Y"), QStringLiteral("p"), QStringLiteral("2"),
          QStringLiteral("n"), QStringLiteral("O"), QStringLiteral("y"), QStringLiteral("a"), QStringLiteral("y"),
          QStringLiteral("y"), QStringLiteral("n"), QStringLiteral("p"), QStringLiteral("3"),
          QStringLiteral("Early help offer came late"), QStringLiteral("2"), QStringLiteral("Child seen alone"),
          QStringLiteral("Plan had no dates")});
    press(Qt::Key_Return, Qt::ControlModifier);

    const AuditCase &first = caseRef(QStringLiteral("C-001"));
    QCOMPARE(first.grade, QStringLiteral("good"));
    QCOMPARE(first.strengths, QStringLiteral("Child seen alone"));
    QCOMPARE(first.areas, QStringLiteral("Plan had no dates"));
    const QJsonObject answers = answersFromJson(first.answers);
    QCOMPARE(answers.size(), 15);
    QCOMPARE(answers.value(QStringLiteral("q1")).toString(), QStringLiteral("yes"));
    QCOMPARE(answers.value(QStringLiteral("q2")).toDouble(), 12.0);
    QCOMPARE(answers.value(QStringLiteral("q4")).toString(), QStringLiteral("partial"));
    QCOMPARE(answers.value(QStringLiteral("q5")).toString(), QStringLiteral("good"));
    QCOMPARE(answers.value(QStringLiteral("q7")).toString(), QStringLiteral("outstanding"));
    QCOMPARE(answers.value(QStringLiteral("q9")).toString(), QStringLiteral("not_applicable"));
    QCOMPARE(answers.value(QStringLiteral("q14")).toString(), QStringLiteral("requires_improvement"));
    QCOMPARE(answers.value(QStringLiteral("q15")).toString(), QStringLiteral("Early help offer came late"));
    // Saved with the audit's own copy of the tool, in one undo step.
    QVERIFY(CaseEdits(*m_ws).hasOwnCopy(m_audit));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Edit case C-001 of AU-2026-001"));

    // The next case not yet graded is open, the keyboard on its first answer; this one is moderated.
    QCOMPARE(m_panel->shownCaseId(), caseRef(QStringLiteral("C-002")).id);
    QCOMPARE(QApplication::focusWidget(), m_panel->form()->answerField(QStringLiteral("q1")));
    fill({QStringLiteral("n"), QString(),           QStringLiteral("n"),
          QString(),           QStringLiteral("4"), QString(),
          QString(),           QString(),           QString(),
          QString(),           QString(),           QString(),
          QString(),           QString(),           QString(),
          QStringLiteral("r"), QString(),           QStringLiteral("Father not assessed"),
          QStringLiteral("g"), QStringLiteral("R")});
    press(Qt::Key_Return, Qt::ControlModifier);
    const AuditCase &second = caseRef(QStringLiteral("C-002"));
    QCOMPARE(second.answers, QStringLiteral(R"({"q1":"no","q3":"no","q5":"inadequate"})"));
    QCOMPARE(second.grade, QStringLiteral("requires_improvement"));
    QCOMPARE(second.secondGrade, QStringLiteral("good"));
    QCOMPARE(second.agreedGrade, QStringLiteral("requires_improvement"));
    // Three moderated cases: (good, good), (inadequate, inadequate), (requires improvement, good).
    // po = 2/3; pe = 1/3 x 2/3 + 1/3 x 1/3 = 1/3; kappa = (2/3 - 1/3) / (1 - 1/3) = 0.5.
    QCOMPARE(m_panel->agreementText(),
             QStringLiteral("Agreement between auditors: 67% of the moderated cases graded alike; Cohen's kappa 0.50 "
                            "(n = 3). Too few moderated cases to rely on: moderate at least 5."));
    const QAbstractItemModel *table = m_panel->table()->model();
    const int row = test::rowWithText(m_panel->table(), 0, QStringLiteral("C-002"));
    QCOMPARE(table->index(row, 1).data().toString(), QStringLiteral("Requires improvement"));
    QCOMPARE(table->index(row, 2).data().toString(), QStringLiteral("Good"));
    QCOMPARE(table->index(row, 4).data().toString(), QStringLiteral("Agreed"));
    QCOMPARE(m_panel->shownCaseId(), caseRef(QStringLiteral("C-003")).id);
}

void TestCasesPanel::wrongAnswerRefused()
{
    m_panel->table()->setFocus();
    press(Qt::Key_Tab);
    fill({QStringLiteral("y"), QStringLiteral("ten"), QStringLiteral("y")});
    const int steps = m_ws->undoStack()->count();
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_panel->messageText(),
             QStringLiteral("Not saved: Q1.2 “Working days from referral to the strategy discussion or first "
                            "multi-agency meeting”: “ten” is not a number"));
    QCOMPARE(m_ws->undoStack()->count(), steps);
    QVERIFY(caseRef(QStringLiteral("C-001")).answers.isEmpty());
    const std::vector<AuditCase> onDisk = Repository<AuditCase>(m_ws->file().database()).loadAll();
    QVERIFY(std::all_of(onDisk.begin(), onDisk.end(), [](const AuditCase &c) { return c.answers.isEmpty(); }));
    // The keyboard is taken back to the answer to mend, and the case is still open.
    QCOMPARE(QApplication::focusWidget(), m_panel->form()->answerField(QStringLiteral("q2")));
    QCOMPARE(m_panel->shownCaseId(), caseRef(QStringLiteral("C-001")).id);
    static_cast<QLineEdit *>(QApplication::focusWidget())->clear();
    typeText(QStringLiteral("10"));
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_panel->messageText(), QString());
    QCOMPARE(answersFromJson(caseRef(QStringLiteral("C-001")).answers).value(QStringLiteral("q2")).toDouble(), 10.0);
}

void TestCasesPanel::clickOnSortedTableOpensThatCase()
{
    QTableView *table = m_panel->table();
    table->sortByColumn(1, Qt::AscendingOrder); // by grade: good, inadequate, then the ungraded
    const int row = test::rowWithText(table, 0, QStringLiteral("C-005"));
    QCOMPARE(row, 1);
    test::clickCell(table, table->model()->index(row, 0));
    QCOMPARE(m_panel->shownCaseId(), caseRef(QStringLiteral("C-005")).id);
    QCOMPARE(m_panel->form()->gradeField()->key(), QStringLiteral("inadequate"));
    // 20% of five cases is one, drawn from the audit's seed: C-005, which has its second grade. At 40%
    // a second is drawn, C-001, and the table marks it (worked out apart: see tst_audittools).
    QCOMPARE(m_panel->moderationShare()->value(), 20);
    const auto moderation = [table](const char *ref) {
        return table->model()->index(test::rowWithText(table, 0, QString::fromLatin1(ref)), 4).data().toString();
    };
    QCOMPARE(moderation("C-005"), QStringLiteral("Second grade given"));
    QCOMPARE(moderation("C-001"), QString());
    m_panel->moderationShare()->setFocus();
    press(Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("40"));
    QCOMPARE(moderation("C-001"), QStringLiteral("Drawn"));
    QCOMPARE(moderation("C-002"), QString());
    QCOMPARE(moderation("C-003"), QString());
}

void TestCasesPanel::demoScreenshot()
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> demo;
    test::openDemoWorkspace(dir, &demo);
    QVERIFY(demo);
    qint64 audit = 0;
    for (const Audit &a : demo->items<Audit>())
        if (a.title == QStringLiteral("Children missing from home and exploitation"))
            audit = a.id;
    QVERIFY(audit);
    CasesPanel panel(demo.get());
    panel.resize(1200, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setAudit(audit);
    // The demo's first cases are graded; the form opens on the first that is not. A click opens the
    // second case, graded, for the picture.
    const AuditCase *shown = demo->items<AuditCase>().find(panel.shownCaseId());
    QVERIFY(shown && shown->grade.isEmpty());
    test::clickCell(panel.table(), panel.table()->model()->index(1, 0));
    shown = demo->items<AuditCase>().find(panel.shownCaseId());
    QVERIFY(shown && !shown->grade.isEmpty());
    QCOMPARE(panel.table()->model()->index(1, 0).data().toString(), shown->ref);
    QVERIFY(test::saveShot(&panel, QStringLiteral("audit-case-form")));
}

QTEST_MAIN(TestCasesPanel)
#include "tst_casespanel.moc"
