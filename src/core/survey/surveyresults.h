// A year's survey results: per statement the distribution of ratings, its mean and last year's;
// the free-text answers; and the breakdown by group, with groups too small to show suppressed.
#pragma once

#include "core/survey/survey.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace assure {

struct StatementResult final
{
    qint64 questionId = 0;
    QString text;
    std::array<int, 5> counts{}; // responses rating it 1, 2, 3, 4 and 5
    // The same statement (the same words, ignoring case and spacing) the year before.
    std::optional<double> previousMean;

    int answered() const;
    std::optional<double> mean() const;
};

struct FreeTextResult final
{
    qint64 questionId = 0;
    QString text;
    // In alphabetical order, so that the order the forms came in (and so who sent which) is not shown.
    QStringList answers;
};

struct BreakdownGroup final
{
    QString name; // the answer given; the empty string for responses that gave none
    int responses = 0;
    // Not shown: fewer than kSmallestGroupShown responses, or (secondarily) the next smallest of a
    // breakdown with one small group, whose figures could otherwise be worked out from the others.
    bool suppressed = false;
    bool suppressedSecondarily = false;
    std::vector<std::optional<double>> means; // per statement, in the statements' order; empty when suppressed
};

struct SurveyResults final
{
    int year = 0;
    int responses = 0;
    int previousResponses = 0; // the year before's
    QList<StatementResult> statements;
    QList<FreeTextResult> freeText;
    QString breakdownTitle; // the breakdown question's words; empty when the year has none
    QList<BreakdownGroup> groups;

    // How many groups are not shown.
    int suppressedGroups() const;
};

// The results of year from the board's questions, responses and answers (all years').
SurveyResults surveyResults(int year, const std::vector<SurveyQuestion> &questions,
                            const std::vector<SurveyResponse> &responses, const std::vector<SurveyAnswer> &answers);

// A year's questions in position order.
std::vector<SurveyQuestion> questionnaireOf(int year, const std::vector<SurveyQuestion> &questions);

// The form question words are compared in: trimmed, inner spaces as one, lower case.
QString comparableQuestion(const QString &text);

} // namespace assure
