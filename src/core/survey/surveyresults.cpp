// A year's survey results: counts, means, last year's means and the breakdown's suppression.
#include "core/survey/surveyresults.h"

#include <QHash>

#include <algorithm>

namespace assure {

int StatementResult::answered() const
{
    int n = 0;
    for (const int c : counts)
        n += c;
    return n;
}

std::optional<double> StatementResult::mean() const
{
    const int n = answered();
    if (n == 0)
        return std::nullopt;
    qint64 sum = 0;
    for (int r = 0; r < 5; ++r)
        sum += qint64(counts[size_t(r)]) * (r + 1);
    return double(sum) / n;
}

int SurveyResults::suppressedGroups() const
{
    return int(std::count_if(groups.begin(), groups.end(), [](const BreakdownGroup &g) { return g.suppressed; }));
}

QString comparableQuestion(const QString &text)
{
    return text.simplified().toLower();
}

std::vector<SurveyQuestion> questionnaireOf(int year, const std::vector<SurveyQuestion> &questions)
{
    std::vector<SurveyQuestion> out;
    for (const SurveyQuestion &q : questions)
        if (q.year == year)
            out.push_back(q);
    std::stable_sort(out.begin(), out.end(),
                     [](const SurveyQuestion &a, const SurveyQuestion &b) { return a.position < b.position; });
    return out;
}

namespace {

struct YearAnswers
{
    int responses = 0;
    QHash<qint64, std::array<int, 5>> counts; // by question
};

// Counts of each statement's ratings in one year.
YearAnswers countsOf(int year, const std::vector<SurveyQuestion> &questionnaire,
                     const std::vector<SurveyResponse> &responses, const std::vector<SurveyAnswer> &answers)
{
    YearAnswers out;
    QHash<qint64, bool> inYear;
    for (const SurveyResponse &r : responses)
        if (r.year == year) {
            inYear.insert(r.id, true);
            ++out.responses;
        }
    for (const SurveyQuestion &q : questionnaire)
        if (q.kind == SurveyQuestionKind::Statement)
            out.counts.insert(q.id, {});
    for (const SurveyAnswer &a : answers) {
        if (!a.rating || !inYear.contains(a.responseId))
            continue;
        const auto it = out.counts.find(a.questionId);
        if (it != out.counts.end() && *a.rating >= kLowestRating && *a.rating <= kHighestRating)
            ++(*it)[size_t(*a.rating - 1)];
    }
    return out;
}

void suppressSmallGroups(QList<BreakdownGroup> &groups)
{
    int small = 0;
    for (BreakdownGroup &g : groups)
        if (g.responses < kSmallestGroupShown) {
            g.suppressed = true;
            ++small;
        }
    // One hidden group beside shown ones and a shown total would be the total less the others.
    if (small == 1 && groups.size() > 1) {
        BreakdownGroup *next = nullptr;
        for (BreakdownGroup &g : groups)
            if (!g.suppressed && (!next || g.responses < next->responses))
                next = &g;
        if (next) {
            next->suppressed = true;
            next->suppressedSecondarily = true;
        }
    }
    for (BreakdownGroup &g : groups)
        if (g.suppressed)
            g.means.clear();
}

} // namespace

SurveyResults surveyResults(int year, const std::vector<SurveyQuestion> &questions,
                            const std::vector<SurveyResponse> &responses, const std::vector<SurveyAnswer> &answers)
{
    SurveyResults out;
    out.year = year;
    const std::vector<SurveyQuestion> questionnaire = questionnaireOf(year, questions);
    const std::vector<SurveyQuestion> before = questionnaireOf(year - 1, questions);
    const YearAnswers now = countsOf(year, questionnaire, responses, answers);
    const YearAnswers then = countsOf(year - 1, before, responses, answers);
    out.responses = now.responses;
    out.previousResponses = then.responses;

    QHash<QString, qint64> previousByText;
    for (const SurveyQuestion &q : before)
        if (q.kind == SurveyQuestionKind::Statement)
            previousByText.insert(comparableQuestion(q.text), q.id);

    QHash<qint64, int> statementIndex; // question id -> place in out.statements
    const SurveyQuestion *breakdown = nullptr;
    QHash<qint64, int> freeTextIndex;
    for (const SurveyQuestion &q : questionnaire) {
        if (q.kind == SurveyQuestionKind::Statement) {
            StatementResult s;
            s.questionId = q.id;
            s.text = q.text;
            s.counts = now.counts.value(q.id);
            if (const qint64 prev = previousByText.value(comparableQuestion(q.text)); prev != 0) {
                StatementResult p;
                p.counts = then.counts.value(prev);
                s.previousMean = p.mean();
            }
            statementIndex.insert(q.id, int(out.statements.size()));
            out.statements.append(s);
        } else if (q.kind == SurveyQuestionKind::FreeText) {
            freeTextIndex.insert(q.id, int(out.freeText.size()));
            out.freeText.append({q.id, q.text, {}});
        } else if (!breakdown) {
            breakdown = &q;
        }
    }

    QHash<qint64, bool> inYear;
    for (const SurveyResponse &r : responses)
        if (r.year == year)
            inYear.insert(r.id, true);
    QHash<qint64, QString> groupOf; // response -> its group
    for (const SurveyAnswer &a : answers) {
        if (!inYear.contains(a.responseId))
            continue;
        if (const auto f = freeTextIndex.constFind(a.questionId); f != freeTextIndex.cend()) {
            if (!a.text.trimmed().isEmpty())
                out.freeText[*f].answers.append(a.text.trimmed());
        } else if (breakdown && a.questionId == breakdown->id) {
            groupOf.insert(a.responseId, a.text.simplified());
        }
    }
    for (FreeTextResult &f : out.freeText)
        std::sort(f.answers.begin(), f.answers.end(),
                  [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });

    if (!breakdown)
        return out;
    out.breakdownTitle = breakdown->text;
    // Groups are named as first written; "Police" and "police" are one group.
    QHash<QString, int> groupIndex;
    std::vector<std::vector<std::array<qint64, 2>>> sums; // per group, per statement: sum and count
    const auto groupFor = [&](qint64 responseId) {
        const QString name = groupOf.value(responseId);
        const QString key = name.toLower();
        auto it = groupIndex.constFind(key);
        if (it == groupIndex.cend()) {
            it = groupIndex.insert(key, int(out.groups.size()));
            BreakdownGroup g;
            g.name = name;
            out.groups.append(g);
            sums.emplace_back(size_t(out.statements.size()), std::array<qint64, 2>{0, 0});
        }
        return *it;
    };
    for (const SurveyResponse &r : responses)
        if (r.year == year)
            ++out.groups[groupFor(r.id)].responses;
    for (const SurveyAnswer &a : answers) {
        if (!a.rating || !inYear.contains(a.responseId))
            continue;
        const auto s = statementIndex.constFind(a.questionId);
        if (s == statementIndex.cend())
            continue;
        auto &cell = sums[size_t(groupFor(a.responseId))][size_t(*s)];
        cell[0] += *a.rating;
        ++cell[1];
    }
    for (int g = 0; g < out.groups.size(); ++g)
        for (const auto &cell : sums[size_t(g)])
            out.groups[g].means.push_back(cell[1] ? std::optional<double>(double(cell[0]) / double(cell[1]))
                                                  : std::nullopt);
    // Largest first, then by name; those who gave no group last.
    std::sort(out.groups.begin(), out.groups.end(), [](const BreakdownGroup &a, const BreakdownGroup &b) {
        if (a.name.isEmpty() != b.name.isEmpty())
            return b.name.isEmpty();
        if (a.responses != b.responses)
            return a.responses > b.responses;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    suppressSmallGroups(out.groups);
    return out;
}

} // namespace assure
