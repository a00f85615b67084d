// A self-assessment framework's standards and criteria, and the names of the ratings.
#include "core/assessment/framework.h"

#include "core/enumnames.h"
#include "core/statuspalette.h"

#include <QCoreApplication>

namespace assure {

namespace {

constexpr auto kRatingNames = enumNames<AssessmentRating>(
    "assure::Assessment",
    {
        {AssessmentRating::Blue, u"blue", QT_TRANSLATE_NOOP("assure::Assessment", "BLUE")},
        {AssessmentRating::Green, u"green", QT_TRANSLATE_NOOP("assure::Assessment", "GREEN")},
        {AssessmentRating::Amber, u"amber", QT_TRANSLATE_NOOP("assure::Assessment", "AMBER")},
        {AssessmentRating::Red, u"red", QT_TRANSLATE_NOOP("assure::Assessment", "RED")},
        {AssessmentRating::NotRated, u"not_rated", QT_TRANSLATE_NOOP("assure::Assessment", "Not rated")},
    });

} // namespace

QString assessmentRatingKey(AssessmentRating rating)
{
    return kRatingNames.key(rating);
}

std::optional<AssessmentRating> assessmentRatingFromKey(const QString &key)
{
    return kRatingNames.fromKey(key);
}

QString assessmentRatingLabel(AssessmentRating rating)
{
    return kRatingNames.label(rating);
}

QList<AssessmentRating> allAssessmentRatings()
{
    return kRatingNames.values();
}

bool isRated(AssessmentRating rating)
{
    return rating != AssessmentRating::NotRated;
}

quint32 assessmentRatingRgb(AssessmentRating rating)
{
    switch (rating) {
    case AssessmentRating::Blue: return ragRgb(Rag::Blue);
    case AssessmentRating::Green: return ragRgb(Rag::Green);
    case AssessmentRating::Amber: return ragRgb(Rag::Amber);
    case AssessmentRating::Red: return ragRgb(Rag::Red);
    case AssessmentRating::NotRated: break;
    }
    return ragRgb(Rag::NoData);
}

QStringList AssessmentFramework::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << QCoreApplication::translate("assure::Assessment", "A framework needs a name.");
    if (version < 1)
        out << QCoreApplication::translate("assure::Assessment", "A framework's version is 1 or more.");
    return out;
}

QStringList AssessmentStandard::problems() const
{
    QStringList out;
    if (frameworkId == 0)
        out << QCoreApplication::translate("assure::Assessment", "A standard belongs to a framework.");
    if (number < 1)
        out << QCoreApplication::translate("assure::Assessment", "A standard needs a number of 1 or more.");
    if (title.trimmed().isEmpty())
        out << QCoreApplication::translate("assure::Assessment", "A standard needs a title.");
    return out;
}

QStringList AssessmentCriterion::problems() const
{
    QStringList out;
    if (standardId == 0)
        out << QCoreApplication::translate("assure::Assessment", "A criterion belongs to a standard.");
    if (number < 1)
        out << QCoreApplication::translate("assure::Assessment", "A criterion needs a number of 1 or more.");
    if (text.trimmed().isEmpty())
        out << QCoreApplication::translate("assure::Assessment", "A criterion needs to say what is asked.");
    return out;
}

QString criterionCode(int standardNumber, int criterionNumber)
{
    return QStringLiteral("%1.%2").arg(standardNumber).arg(criterionNumber);
}

} // namespace assure
