// assure-bench: an audit's summary over 1,000 cases.
#include "auditsbench.h"

#include "core/audits/auditsummary.h"
#include "gui/audits/summarypanel.h"
#include "timing.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/audits/caseedits.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QJsonObject>

namespace assure {

namespace {

constexpr int kCases = 1000;
constexpr double kSummaryUnderMs = 100.0; // issue 15

// A re-audit of the board's first audit with a copy of the multi-agency tool, and its cases answered
// in a pattern: every question answered, so that every count is worked.
bool addBigAudit(Workspace &ws, qint64 *id, QString *error)
{
    const AuditTool *tool = CaseEdits(ws).toolFor(Audit{});
    if (!tool || ws.items<Audit>().size() == 0) {
        *error = QStringLiteral("the board has no audit tool or no audit to repeat");
        return false;
    }
    Audit a;
    a.ref = QStringLiteral("AU-BENCH-001");
    a.title = QStringLiteral("A thousand cases");
    a.status = AuditStatus::InProgress;
    a.repeatsAuditId = ws.items<Audit>().at(0).id;
    a.questionnaire = tool->questionnaire.toJson();
    if (!ws.add(a, error))
        return false;
    *id = ws.items<Audit>().items().back().id;
    const QStringList grades{QStringLiteral("outstanding"), QStringLiteral("good"),
                             QStringLiteral("requires_improvement"), QStringLiteral("inadequate")};
    const QStringList yesNo{QStringLiteral("yes"), QStringLiteral("partial"), QStringLiteral("no"),
                            QStringLiteral("not_applicable")};
    ChangeSet changes;
    for (int i = 0; i < kCases; ++i) {
        QJsonObject answers;
        int q = 0;
        for (const QuestionSection &s : tool->questionnaire.sections)
            for (const Question &question : s.questions) {
                ++q;
                switch (question.kind) {
                case AnswerKind::YesNo: answers.insert(question.id, yesNo.at((i + q) % 4)); break;
                case AnswerKind::Grade: answers.insert(question.id, grades.at((i * q) % 4)); break;
                case AnswerKind::Number: answers.insert(question.id, (i * 7) % 30); break;
                case AnswerKind::Text: answers.insert(question.id, QStringLiteral("Learning %1").arg(i % 40)); break;
                }
            }
        AuditCase c;
        c.auditId = *id;
        c.ref = QStringLiteral("B-%1").arg(i, 5, 10, QLatin1Char('0'));
        c.answers = answersToJson(answers);
        c.grade = grades.at(i % 4);
        if (i % 5 == 0)
            c.secondGrade = grades.at((i / 5) % 4);
        c.strengths = QStringLiteral("Strength %1").arg(i % 25);
        c.areas = QStringLiteral("Area %1").arg(i % 30);
        changes.insert(c);
    }
    return ws.execute(QStringLiteral("A thousand cases"), std::move(changes), error);
}

} // namespace

bool timeAuditSummary(const QString &path, int runs, AuditSummaryTimings *out, QString *error)
{
    OpenResult result;
    auto ws = Workspace::open(path, BoardFile::Mode::ReadWrite, &result);
    if (!ws) {
        *error = result.message;
        return false;
    }
    qint64 id = 0;
    if (!addBigAudit(*ws, &id, error))
        return false;
    const CaseEdits cases(*ws);
    for (int i = -1; i < runs; ++i) { // one unmeasured round first
        QElapsedTimer t;
        t.start();
        const Audit *audit = ws->items<Audit>().find(id);
        const Audit *earlier = ws->items<Audit>().find(audit->repeatsAuditId);
        const AuditSummary s = summariseAudit(*audit, cases.casesOf(id), earlier, cases.casesOf(earlier->id));
        const double ms = msSince(t);
        out->cases = s.cases;
        if (i >= 0)
            out->summary.push_back(ms);
    }
    SummaryPanel panel(ws.get());
    panel.resize(1200, 800);
    panel.show();
    QApplication::processEvents();
    for (int i = -1; i < runs; ++i) {
        panel.setAudit(0);
        QApplication::processEvents();
        QElapsedTimer t;
        t.start();
        panel.setAudit(id);
        panel.repaint();
        const double ms = msSince(t);
        if (i >= 0)
            out->panel.push_back(ms);
    }
    ws->undoStack()->undo(); // the cases
    ws->undoStack()->undo(); // the audit
    if (out->cases != kCases)
        *error = QStringLiteral("the summary counted %1 cases, not %2").arg(out->cases).arg(kCases);
    return out->cases == kCases;
}

JsonObject auditSummaryJson(const AuditSummaryTimings &t)
{
    const Stats summary = summarize(t.summary);
    const Stats panel = summarize(t.panel);
    JsonObject o;
    o.addInt("cases", t.cases)
        .addNumber("summary_median_ms", summary.median)
        .addNumber("summary_min_ms", summary.min)
        .addNumber("summary_max_ms", summary.max)
        .addNumber("panel_shown_median_ms", panel.median)
        .addNumber("target_under_ms", kSummaryUnderMs, 0)
        .addBool("met", summary.median < kSummaryUnderMs);
    return o;
}

} // namespace assure
