// The survey's words: question kinds, ratings, and what stops a question or an answer being saved.
#include "core/survey/survey.h"

#include <QCoreApplication>

namespace assure {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::Survey)
};

// Untranslated, as forms export them; the words in the board's language are matched too.
const char *const kRatingWords[] = {
    QT_TRANSLATE_NOOP("assure::Survey", "Strongly disagree"), QT_TRANSLATE_NOOP("assure::Survey", "Disagree"),
    QT_TRANSLATE_NOOP("assure::Survey", "Neither agree nor disagree"), QT_TRANSLATE_NOOP("assure::Survey", "Agree"),
    QT_TRANSLATE_NOOP("assure::Survey", "Strongly agree")};

} // namespace

QString surveyQuestionKindKey(SurveyQuestionKind kind)
{
    switch (kind) {
    case SurveyQuestionKind::Statement: return QStringLiteral("statement");
    case SurveyQuestionKind::FreeText: return QStringLiteral("free_text");
    case SurveyQuestionKind::Breakdown: return QStringLiteral("breakdown");
    }
    return {};
}

std::optional<SurveyQuestionKind> surveyQuestionKindFromKey(const QString &key)
{
    for (const auto kind : {SurveyQuestionKind::Statement, SurveyQuestionKind::FreeText, SurveyQuestionKind::Breakdown})
        if (surveyQuestionKindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString surveyQuestionKindLabel(SurveyQuestionKind kind)
{
    switch (kind) {
    case SurveyQuestionKind::Statement: return Tr::tr("Statement (rated 1 to 5)");
    case SurveyQuestionKind::FreeText: return Tr::tr("Free text");
    case SurveyQuestionKind::Breakdown: return Tr::tr("Breakdown (a group such as sector)");
    }
    return {};
}

QString ratingLabel(int rating)
{
    if (rating < kLowestRating || rating > kHighestRating)
        return {};
    return Tr::tr(kRatingWords[rating - 1]);
}

std::optional<int> ratingFromText(const QString &text)
{
    const QString t = text.simplified();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int n = t.toInt(&ok);
    if (ok)
        return n >= kLowestRating && n <= kHighestRating ? std::optional<int>(n) : std::nullopt;
    for (int r = kLowestRating; r <= kHighestRating; ++r) {
        const char *word = kRatingWords[r - 1];
        if (t.compare(QLatin1String(word), Qt::CaseInsensitive) == 0 ||
            t.compare(Tr::tr(word), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

QStringList SurveyQuestion::problems() const
{
    QStringList out;
    if (text.trimmed().isEmpty())
        out << Tr::tr("The question needs its words.");
    if (year < 1990 || year > 2200)
        out << Tr::tr("The year %1 is not a financial year Assure can show.").arg(year);
    if (position < 1)
        out << Tr::tr("The question needs a place in the questionnaire.");
    return out;
}

QStringList SurveyResponse::problems() const
{
    QStringList out;
    if (year < 1990 || year > 2200)
        out << Tr::tr("The year %1 is not a financial year Assure can show.").arg(year);
    return out;
}

QStringList SurveyAnswer::problems() const
{
    QStringList out;
    if (rating && (*rating < kLowestRating || *rating > kHighestRating))
        out << Tr::tr("A rating is from %1 to %2.").arg(kLowestRating).arg(kHighestRating);
    return out;
}

} // namespace assure
