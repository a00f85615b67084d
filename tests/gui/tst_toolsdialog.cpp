// Audit tools… (issue 15, part 3): a question added, worded with the keyboard and moved up with a
// click, each one undo step and stored; a tool already copied into an audit says so, and the audit's
// copy stays as it was; a question left without words is refused; a new tool made and deleted.
#include "gui/audits/toolsdialog.h"
#include "storage/repository.h"
#include "testsupport/screenshots.h"
#include "workspace/audits/auditedits.h"
#include "workspace/audits/caseedits.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace assure;

class TestToolsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void init();
    void cleanup();
    void addWordAndMoveAQuestion();
    void aQuestionNeedsWords();
    void newToolMadeAndDeleted();

private:
    QPushButton *buttonNamed(const QString &text) const;
    const AuditTool &stored(qint64 id) const { return *m_ws->items<AuditTool>().find(id); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ToolsDialog> m_dialog;
    qint64 m_audit = 0;
};

void TestToolsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    OpenResult r;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("tools.assure")), b, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
    // An audit under way, with its copy of the multi-agency tool.
    AuditEdits edits(*m_ws);
    Audit a;
    a.title = QStringLiteral("Neglect");
    QVERIFY(edits.add(a, QDate(2026, 11, 16), nullptr, &m_audit));
    QVERIFY(edits.recordSample(m_audit, {QStringLiteral("C-1")}, 3));
    AuditCase c = *CaseEdits(*m_ws).casesOf(m_audit).front();
    c.grade = QStringLiteral("good");
    QVERIFY(CaseEdits(*m_ws).saveCase(c));
    m_dialog = std::make_unique<ToolsDialog>(m_ws.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestToolsDialog::cleanup()
{
    m_dialog.reset();
    m_ws.reset();
}

QPushButton *TestToolsDialog::buttonNamed(const QString &text) const
{
    for (QPushButton *b : m_dialog->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    return nullptr;
}

void TestToolsDialog::addWordAndMoveAQuestion()
{
    const qint64 tool = m_dialog->toolId();
    QCOMPARE(stored(tool).questionnaire.name, QStringLiteral("Multi-agency case audit"));
    QCOMPARE(m_dialog->copiesText(), QStringLiteral("Copied into AU-2026-001. Changes here never reach those audits: "
                                                    "each keeps the copy it started with."));
    const QString copy = m_ws->items<Audit>().find(m_audit)->questionnaire;

    // Click the second question of the first section, then Add question: it goes in after it.
    QTreeWidget *tree = m_dialog->tree();
    QTreeWidgetItem *q12 = tree->topLevelItem(0)->child(1);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, tree->visualItemRect(q12).center());
    const int steps = m_ws->undoStack()->count();
    QTest::mouseClick(buttonNamed(QStringLiteral("Add question")), Qt::LeftButton);
    QCOMPARE(m_ws->undoStack()->count(), steps + 1);
    QCOMPARE(stored(tool).questionnaire.sections.at(0).questions.size(), 3);
    // The words are typed in place of "New question"; Tab leaves the field and saves them.
    QCOMPARE(QApplication::focusWidget(), m_dialog->textField());
    QTest::keyClicks(m_dialog->textField(), QStringLiteral("Was the referrer told the outcome?"));
    QTest::keyClick(m_dialog->textField(), Qt::Key_Tab);
    const Question added = stored(tool).questionnaire.sections.at(0).questions.at(2);
    QCOMPARE(added.text, QStringLiteral("Was the referrer told the outcome?"));
    QCOMPARE(added.id, QStringLiteral("q16"));
    QCOMPARE(tree->currentItem()->text(0), QStringLiteral("Q1.3  Was the referrer told the outcome?"));
    QCOMPARE(tree->currentItem()->text(1), QStringLiteral("Yes / no / partial / n/a"));

    // Move up: it becomes Q1.2.
    QTest::mouseClick(buttonNamed(QStringLiteral("Move up")), Qt::LeftButton);
    QCOMPARE(stored(tool).questionnaire.sections.at(0).questions.at(1).id, QStringLiteral("q16"));
    QCOMPARE(tree->currentItem()->text(0).left(4), QStringLiteral("Q1.2"));
    // The audit under way keeps the copy it started with.
    QCOMPARE(m_ws->items<Audit>().find(m_audit)->questionnaire, copy);
    // Undo twice: the move, then the words; the dialog follows.
    m_ws->undoStack()->undo();
    m_ws->undoStack()->undo();
    QCOMPARE(stored(tool).questionnaire.sections.at(0).questions.at(2).text, QStringLiteral("New question"));
    QCOMPARE(tree->topLevelItem(0)->child(2)->text(0).left(16), QStringLiteral("Q1.3  New questi"));
    QVERIFY(test::saveShot(m_dialog.get(), QStringLiteral("audit-tools")));
}

void TestToolsDialog::aQuestionNeedsWords()
{
    const qint64 tool = m_dialog->toolId();
    QTreeWidget *tree = m_dialog->tree();
    QTreeWidgetItem *q11 = tree->topLevelItem(0)->child(0);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, tree->visualItemRect(q11).center());
    const QString before = stored(tool).questionnaire.toJson();
    m_dialog->textField()->setFocus();
    m_dialog->textField()->selectAll();
    QTest::keyClick(m_dialog->textField(), Qt::Key_Delete);
    QTest::keyClick(m_dialog->textField(), Qt::Key_Return);
    QCOMPARE(m_dialog->messageText(), QStringLiteral("Not saved: Q1.1 needs its words."));
    QCOMPARE(stored(tool).questionnaire.toJson(), before);
}

void TestToolsDialog::newToolMadeAndDeleted()
{
    QTest::mouseClick(buttonNamed(QStringLiteral("New tool")), Qt::LeftButton);
    QCOMPARE(m_ws->items<AuditTool>().size(), size_t(3));
    QCOMPARE(m_dialog->tools()->currentItem()->text(), QStringLiteral("New audit tool"));
    QCOMPARE(m_dialog->copiesText(), QStringLiteral("No audit has taken a copy of this tool yet."));
    // Renamed with the keyboard (the name is chosen, ready to type over).
    QCOMPARE(QApplication::focusWidget(), m_dialog->nameField());
    QTest::keyClicks(m_dialog->nameField(), QStringLiteral("Exploitation audit"));
    QTest::keyClick(m_dialog->nameField(), Qt::Key_Return);
    QCOMPARE(stored(m_dialog->toolId()).questionnaire.name, QStringLiteral("Exploitation audit"));
    QCOMPARE(m_dialog->tools()->currentItem()->text(), QStringLiteral("Exploitation audit"));
    QTest::mouseClick(buttonNamed(QStringLiteral("Delete tool")), Qt::LeftButton);
    QCOMPARE(m_ws->items<AuditTool>().size(), size_t(2));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Delete audit tool “Exploitation audit”"));
    QVERIFY(!m_ws->items<Audit>().find(m_audit)->questionnaire.isEmpty());
}

QTEST_MAIN(TestToolsDialog)
#include "tst_toolsdialog.moc"
