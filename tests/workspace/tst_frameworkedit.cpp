// The framework editor's edit: a framework no round uses is saved in place as one undo step, its
// standards and criteria reordered, added and removed (numbered by their places); a save that
// changes nothing is no step; a framework a round uses is saved as its next version, the round
// keeping the one it was started on.
#include "workspace/assessment/assessmentedits.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace assure;

namespace {

// "1 Empowerment: 1.1 ..., 1.2 ...": what a person reading the framework sees, in order.
QStringList outline(const FrameworkContent &content)
{
    QStringList out;
    for (const FrameworkContent::Standard &s : content.standards) {
        out << QStringLiteral("%1 %2").arg(s.standard.number).arg(s.standard.title);
        for (const AssessmentCriterion &c : s.criteria)
            out << QStringLiteral("%1 %2 | %3")
                       .arg(criterionCode(s.standard.number, c.number), c.text, c.evidenceGuidance);
    }
    return out;
}

} // namespace

class TestFrameworkEdit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_ws.reset(); }
    void savedInPlaceAsOneStep();
    void frameworkInUseSavedAsNextVersion();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_framework = 0;
};

void TestFrameworkEdit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Board b;
    b.name = QStringLiteral("Westmere Safeguarding Adults Board");
    OpenResult r;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("sab.assure")), b, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
    QString error;
    QVERIFY2(AssessmentEdits(*m_ws).addFramework(adultSafeguardingFramework(), &error, &m_framework),
             qPrintable(error));
}

void TestFrameworkEdit::savedInPlaceAsOneStep()
{
    AssessmentEdits edits(*m_ws);
    const FrameworkContent before = edits.contentOf(m_framework);
    QCOMPARE(before.standards.size(), 6);
    const int steps = m_ws->undoStack()->count();
    QString error;
    bool newVersion = true;
    qint64 id = 0;
    // Nothing changed: no step.
    QVERIFY2(edits.saveFramework(m_framework, before, &error, &id, &newVersion), qPrintable(error));
    QCOMPARE(m_ws->undoStack()->count(), steps);

    FrameworkContent edited = before;
    edited.standards.swapItemsAt(0, 1); // prevention before empowerment
    edited.standards[0].criteria[0].text = QStringLiteral("Risks are spotted early");
    edited.standards[0].criteria[0].evidenceGuidance = QStringLiteral("Case audits");
    AssessmentCriterion added;
    added.text = QStringLiteral("People can say how they want to be kept safe");
    edited.standards[1].criteria.prepend(added);
    edited.standards[2].criteria.removeLast();
    // The editor numbers by place; so does the save.
    for (int s = 0; s < edited.standards.size(); ++s) {
        edited.standards[s].standard.number = s + 1;
        for (int c = 0; c < edited.standards[s].criteria.size(); ++c)
            edited.standards[s].criteria[c].number = c + 1;
    }
    QVERIFY2(edits.saveFramework(m_framework, edited, &error, &id, &newVersion), qPrintable(error));
    QCOMPARE(id, m_framework);
    QVERIFY(!newVersion);
    QCOMPARE(m_ws->undoStack()->count(), steps + 1);
    QCOMPARE(m_ws->items<AssessmentFramework>().size(), 1);
    const QStringList saved = outline(edits.contentOf(m_framework));
    QCOMPARE(saved, outline(edited));
    QVERIFY2(saved.at(0).startsWith(QStringLiteral("1 ")) &&
                 saved.at(1) == QStringLiteral("1.1 Risks are spotted early | Case audits"),
             qPrintable(saved.join(QLatin1Char('\n'))));
    QVERIFY(saved.contains(QStringLiteral("2.1 People can say how they want to be kept safe | ")));

    m_ws->undoStack()->undo();
    QCOMPARE(outline(edits.contentOf(m_framework)), outline(before));
}

void TestFrameworkEdit::frameworkInUseSavedAsNextVersion()
{
    AssessmentEdits edits(*m_ws);
    Agency a;
    a.name = QStringLiteral("Westmere Care");
    QVERIFY(m_ws->add(a));
    QString error;
    qint64 round = 0;
    QVERIFY2(edits.startRound(m_framework, 2026, QDate(2026, 12, 1), {m_ws->items<Agency>().items().back().id},
                              QDate(2026, 9, 1), &error, &round),
             qPrintable(error));
    const FrameworkContent before = edits.contentOf(m_framework);
    FrameworkContent edited = before;
    edited.standards[3].criteria[0].text = QStringLiteral("Staff know when to act and when not to");
    const int steps = m_ws->undoStack()->count();
    qint64 id = 0;
    bool newVersion = false;
    QVERIFY2(edits.saveFramework(m_framework, edited, &error, &id, &newVersion), qPrintable(error));
    QVERIFY(newVersion);
    QVERIFY(id != m_framework);
    QCOMPARE(m_ws->undoStack()->count(), steps + 1);
    QCOMPARE(m_ws->items<AssessmentFramework>().find(id)->version, 2);
    QCOMPARE(m_ws->items<AssessmentFramework>().find(id)->name, before.framework.name);
    QCOMPARE(outline(edits.contentOf(id)), outline(edited));
    // The round, and the version it uses, as they were.
    QCOMPARE(m_ws->items<AssessmentRound>().find(round)->frameworkId, m_framework);
    QCOMPARE(outline(edits.contentOf(m_framework)), outline(before));
    m_ws->undoStack()->undo();
    QVERIFY(!m_ws->items<AssessmentFramework>().find(id));
}

QTEST_GUILESS_MAIN(TestFrameworkEdit)
#include "tst_frameworkedit.moc"
