// The board's annual effectiveness survey (issue 18, part 3): a year's questions, and the responses
// given to them. Nothing here names or points to a respondent: a response is its year and its answers.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

enum class SurveyQuestionKind {
    Statement, // rated 1 (strongly disagree) to 5 (strongly agree)
    FreeText,  // answered in words
    Breakdown, // the group a response falls in (a sector...): at most one a year
};

// Keys: "statement", "free_text", "breakdown".
QString surveyQuestionKindKey(SurveyQuestionKind kind);
std::optional<SurveyQuestionKind> surveyQuestionKindFromKey(const QString &key);
QString surveyQuestionKindLabel(SurveyQuestionKind kind);

// The lowest and highest rating.
constexpr int kLowestRating = 1;
constexpr int kHighestRating = 5;
// A breakdown's group with fewer responses than this is not shown: so few could be told apart.
constexpr int kSmallestGroupShown = 5;

// The words for a rating: 1 "Strongly disagree" ... 5 "Strongly agree".
QString ratingLabel(int rating);
// A rating from a cell: a whole number 1 to 5 or the words above, ignoring case and surrounding
// spaces; nullopt for anything else (an empty cell too).
std::optional<int> ratingFromText(const QString &text);

// One question of a year's questionnaire. The questionnaire of a year is its questions, in
// position order.
struct SurveyQuestion
{
    qint64 id = 0;
    int year = 0;     // the financial year, by its starting calendar year (2026 for 2026/27)
    int position = 0; // its place in the questionnaire, from 1
    SurveyQuestionKind kind = SurveyQuestionKind::Statement;
    QString text;

    QStringList problems() const;
    bool operator==(const SurveyQuestion &o) const
    {
        return id == o.id && year == o.year && position == o.position && kind == o.kind && text == o.text;
    }
    bool operator!=(const SurveyQuestion &o) const { return !(*this == o); }
};

// One returned questionnaire: its year and nothing else; its answers refer to it.
struct SurveyResponse
{
    qint64 id = 0;
    int year = 0;

    QStringList problems() const;
    bool operator==(const SurveyResponse &o) const { return id == o.id && year == o.year; }
    bool operator!=(const SurveyResponse &o) const { return !(*this == o); }
};

// A response's answer to one question: a rating for a statement, words for the others.
struct SurveyAnswer
{
    qint64 id = 0;
    qint64 responseId = 0;
    qint64 questionId = 0;
    std::optional<int> rating;
    QString text;

    QStringList problems() const;
    bool operator==(const SurveyAnswer &o) const
    {
        return id == o.id && responseId == o.responseId && questionId == o.questionId && rating == o.rating &&
               text == o.text;
    }
    bool operator!=(const SurveyAnswer &o) const { return !(*this == o); }
};

} // namespace assure
