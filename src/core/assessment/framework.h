// A self-assessment framework (Section 11, adult safeguarding...): its standards and their
// numbered criteria with the evidence expected, and the five ratings an answer may carry.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

// DOMAIN.md, "Self-assessment ratings". The order is best to worst, with not rated last.
enum class AssessmentRating { Blue, Green, Amber, Red, NotRated };

// Keys: "blue", "green", "amber", "red", "not_rated".
QString assessmentRatingKey(AssessmentRating rating);
std::optional<AssessmentRating> assessmentRatingFromKey(const QString &key);
// "BLUE", "GREEN", "AMBER", "RED", "Not rated".
QString assessmentRatingLabel(AssessmentRating rating);
QList<AssessmentRating> allAssessmentRatings();
bool isRated(AssessmentRating rating);
// The chip colour (0xRRGGBB) of the status palette: BLUE, GREEN, AMBER and RED as RAG's, not rated grey.
quint32 assessmentRatingRgb(AssessmentRating rating);

// One version of a framework. A framework in use by a round is never edited under it: a change
// makes a new version (same name, version + 1) that later rounds may take.
struct AssessmentFramework
{
    qint64 id = 0;
    QString name; // "Section 11"
    int version = 1;
    QString description;

    QStringList problems() const;
    bool operator==(const AssessmentFramework &o) const
    {
        return id == o.id && name == o.name && version == o.version && description == o.description;
    }
    bool operator!=(const AssessmentFramework &o) const { return !(*this == o); }
};

struct AssessmentStandard
{
    qint64 id = 0;
    qint64 frameworkId = 0;
    int number = 0; // 1, 2...: unique in its framework
    QString title;

    QStringList problems() const;
    bool operator==(const AssessmentStandard &o) const
    {
        return id == o.id && frameworkId == o.frameworkId && number == o.number && title == o.title;
    }
    bool operator!=(const AssessmentStandard &o) const { return !(*this == o); }
};

struct AssessmentCriterion
{
    qint64 id = 0;
    qint64 standardId = 0;
    int number = 0; // within its standard: criterion 3.2 is number 2 of standard 3
    QString text;
    QString evidenceGuidance; // what evidence the board expects to see

    QStringList problems() const;
    bool operator==(const AssessmentCriterion &o) const
    {
        return id == o.id && standardId == o.standardId && number == o.number && text == o.text &&
               evidenceGuidance == o.evidenceGuidance;
    }
    bool operator!=(const AssessmentCriterion &o) const { return !(*this == o); }
};

// "3.2": how people, packs and last year's answers name a criterion across framework versions.
QString criterionCode(int standardNumber, int criterionNumber);

} // namespace assure
