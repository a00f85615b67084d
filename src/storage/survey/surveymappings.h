// How the survey maps to its tables: questions, responses and answers (0015_survey.sql).
#pragma once

#include "core/survey/survey.h"
#include "storage/tablemapping.h"

namespace assure {

template <> struct TableMapping<SurveyQuestion> : RowIdKey
{
    static QString table() { return QStringLiteral("survey_question"); }
    static QStringList columns()
    {
        return {QStringLiteral("year"), QStringLiteral("position"), QStringLiteral("kind"), QStringLiteral("text")};
    }
    static auto values(const SurveyQuestion &q)
    {
        return columnValues(q.year, q.position, surveyQuestionKindKey(q.kind), q.text);
    }
    static SurveyQuestion read(const Row &r)
    {
        SurveyQuestion q;
        q.id = r.integer(0);
        q.year = int(r.integer(1));
        q.position = int(r.integer(2));
        q.kind = surveyQuestionKindFromKey(r.text(3)).value_or(SurveyQuestionKind::FreeText);
        q.text = r.text(4);
        return q;
    }
};

template <> struct TableMapping<SurveyResponse> : RowIdKey
{
    static QString table() { return QStringLiteral("survey_response"); }
    static QStringList columns() { return {QStringLiteral("year")}; }
    static auto values(const SurveyResponse &s) { return columnValues(s.year); }
    static SurveyResponse read(const Row &r)
    {
        SurveyResponse s;
        s.id = r.integer(0);
        s.year = int(r.integer(1));
        return s;
    }
};

template <> struct TableMapping<SurveyAnswer> : RowIdKey
{
    static QString table() { return QStringLiteral("survey_answer"); }
    static QStringList columns()
    {
        return {QStringLiteral("response_id"), QStringLiteral("question_id"), QStringLiteral("rating"),
                QStringLiteral("text")};
    }
    // The rating goes as a nullable real, which SQLite stores as the whole number it is.
    static auto values(const SurveyAnswer &a)
    {
        return columnValues(a.responseId, a.questionId, a.rating ? NullableReal(double(*a.rating)) : NullableReal(),
                            a.text);
    }
    static SurveyAnswer read(const Row &r)
    {
        SurveyAnswer a;
        a.id = r.integer(0);
        a.responseId = r.integer(1);
        a.questionId = r.integer(2);
        if (const auto rating = r.optionalReal(3))
            a.rating = int(*rating);
        a.text = r.text(4);
        return a;
    }
};

} // namespace assure
