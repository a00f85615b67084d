// An audit's summary: grade distribution, per-question results, gathered notes, agreement, comparison.
#include "core/audits/auditsummary.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>

namespace assure {

namespace {

struct Counted
{
    QList<int> gradeCounts;
    QList<QuestionResult> questions;
};

Counted count(const Questionnaire &tool, const GradeScale &scale, const std::vector<const AuditCase *> &cases,
              QList<GatheredText> *strengths = nullptr, QList<GatheredText> *areas = nullptr)
{
    Counted out;
    const QList<Grade> &grades = scale.grades();
    out.gradeCounts = QList<int>(grades.size(), 0);
    QHash<QString, int> questionAt;
    for (const QuestionSection &s : tool.sections)
        for (const Question &q : s.questions) {
            QuestionResult r;
            r.id = q.id;
            r.number = tool.number(q.id);
            r.text = q.text;
            r.kind = q.kind;
            r.grades = QList<int>(grades.size(), 0);
            questionAt.insert(q.id, int(out.questions.size()));
            out.questions.append(r);
        }
    QList<double> sums(out.questions.size(), 0.0);
    const QList<YesNo> yesNoOrder = allYesNo();
    QHash<QString, int> strengthAt, areaAt;
    const auto gather = [](QList<GatheredText> *list, QHash<QString, int> &at, const QString &text) {
        const QString t = text.trimmed();
        if (!list || t.isEmpty())
            return;
        const auto it = at.constFind(t);
        if (it != at.cend()) {
            ++(*list)[*it].cases;
        } else {
            at.insert(t, int(list->size()));
            list->append({t, 1});
        }
    };
    for (const AuditCase *c : cases) {
        if (const int g = scale.indexOf(c->finalGrade()); g >= 0)
            ++out.gradeCounts[g];
        gather(strengths, strengthAt, c->strengths);
        gather(areas, areaAt, c->areas);
        if (c->answers.isEmpty())
            continue;
        const QJsonObject answers = answersFromJson(c->answers);
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            const auto at = questionAt.constFind(it.key());
            if (at == questionAt.cend())
                continue;
            QuestionResult &r = out.questions[*at];
            const QJsonValue v = it.value();
            switch (r.kind) {
            case AnswerKind::YesNo:
                if (const std::optional<YesNo> yn = yesNoFromKey(v.toString())) {
                    ++r.yesNo[size_t(yesNoOrder.indexOf(*yn))];
                    ++r.answered;
                }
                break;
            case AnswerKind::Grade:
                if (const int g = scale.indexOf(v.toString()); g >= 0 && v.isString()) {
                    ++r.grades[g];
                    ++r.answered;
                }
                break;
            case AnswerKind::Number:
                if (v.isDouble()) {
                    sums[*at] += v.toDouble();
                    ++r.answered;
                }
                break;
            case AnswerKind::Text:
                if (v.isString() && !v.toString().trimmed().isEmpty())
                    ++r.answered;
                break;
            }
        }
    }
    for (int i = 0; i < out.questions.size(); ++i)
        if (out.questions[i].kind == AnswerKind::Number && out.questions[i].answered > 0)
            out.questions[i].mean = sums[i] / out.questions[i].answered;
    // Most often given first; a stable sort keeps ties in the order first given.
    for (QList<GatheredText> *list : {strengths, areas})
        if (list)
            std::stable_sort(list->begin(), list->end(),
                             [](const GatheredText &a, const GatheredText &b) { return a.cases > b.cases; });
    return out;
}

} // namespace

std::optional<double> QuestionResult::yesShare() const
{
    const int counted = yesNo[0] + yesNo[1] + yesNo[2];
    return counted > 0 ? std::optional<double>(double(yesNo[0]) / counted) : std::nullopt;
}

std::optional<double> QuestionResult::goodShare() const
{
    int total = 0, good = 0;
    for (int i = 0; i < grades.size(); ++i) {
        total += grades[i];
        if (i < (grades.size() + 1) / 2)
            good += grades[i];
    }
    return total > 0 ? std::optional<double>(double(good) / total) : std::nullopt;
}

AuditSummary summariseAudit(const Audit &audit, const std::vector<const AuditCase *> &cases, const Audit *previous,
                            const std::vector<const AuditCase *> &previousCases)
{
    AuditSummary s;
    const GradeScale scale = GradeScale::fromText(audit.gradeScale);
    const Questionnaire tool = Questionnaire::fromJson(audit.questionnaire).value_or(Questionnaire());
    s.scale = scale.grades();
    s.cases = int(cases.size());
    Counted mine = count(tool, scale, cases, &s.strengths, &s.areas);
    s.gradeCounts = mine.gradeCounts;
    s.questions = mine.questions;
    for (int n : s.gradeCounts)
        s.graded += n;
    QList<std::pair<QString, QString>> pairs;
    for (const AuditCase *c : cases)
        pairs.append({c->grade, c->secondGrade});
    s.agreement = agreement(pairs);

    if (previous) {
        s.previousCases = int(previousCases.size());
        // Their grades counted on this audit's scale, and their answers to the questions this audit asks
        // (a re-audit uses the same tool, so the same ids; a question it did not ask stays unanswered).
        Questionnaire theirs = Questionnaire::fromJson(previous->questionnaire).value_or(Questionnaire());
        Questionnaire asked = tool;
        for (QuestionSection &sec : asked.sections)
            for (Question &q : sec.questions)
                if (const Question *old = theirs.question(q.id); !old || old->kind != q.kind)
                    q.id = QStringLiteral("\x01") + q.id; // matches no answer
        Counted before = count(asked, scale, previousCases);
        s.previousGradeCounts = before.gradeCounts;
        for (int i = 0; i < before.questions.size(); ++i)
            before.questions[i].id = s.questions.at(i).id;
        s.previousQuestions = before.questions;
    }
    return s;
}

} // namespace assure
