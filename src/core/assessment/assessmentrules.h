// The rules of self-assessment rounds (issue 16): evidence completeness, a standard's worst and
// typical rating, counts per rating, the gap between self and moderated ratings, the change since
// last year, starting next year's round from this one, and versioning a framework in use. Pure
// functions of their arguments, so the heatmap, the CLI and the tests read a round alike.
#pragma once

#include "core/assessment/framework.h"
#include "core/assessment/round.h"

#include <QDate>
#include <QList>

#include <array>
#include <vector>

namespace assure {

// Which of a criterion's two ratings a comparison shows; everything that compares says which.
enum class RatingSource { Self, Moderated };
QString ratingSourceLabel(RatingSource source); // "Self-rating", "Moderated rating"

AssessmentRating ratingOf(const CriterionReturn &answer, RatingSource source);

// 0 for BLUE up to 3 for RED; -1 for not rated.
int ratingSeverity(AssessmentRating rating);

// Evidence completeness of one return: criteria with a self-rating and some evidence, over all
// the framework's criteria (a criterion no one has answered counts against it).
struct Completeness
{
    int ratedWithEvidence = 0;
    int criteria = 0;
    double fraction() const { return criteria == 0 ? 0.0 : double(ratedWithEvidence) / double(criteria); }
};
Completeness evidenceCompleteness(const std::vector<AssessmentCriterion> &criteria,
                                  const std::vector<CriterionReturn> &answers);

// How a standard's criteria ratings are summed up in one rating.
enum class StandardSummary {
    Worst,   // the worst rating of its rated criteria
    Typical, // the median of its rated criteria, best to worst; of two middle ones, the worse
};
QString standardSummaryLabel(StandardSummary summary); // "Worst", "Typical"

// Both ignore criteria not rated, and are not rated when none is.
AssessmentRating worstRating(const QList<AssessmentRating> &ratings);
AssessmentRating typicalRating(const QList<AssessmentRating> &ratings);
AssessmentRating summaryRating(const QList<AssessmentRating> &ratings, StandardSummary summary);

// How many of each rating, indexed by AssessmentRating (not rated last).
using RatingCounts = std::array<int, 5>;
RatingCounts countRatings(const QList<AssessmentRating> &ratings);

// One return's ratings by standard: for each standard of the framework in number order, its
// criteria's ratings in number order; a criterion with no answer is not rated. standards are
// the framework's; criteria and answers may hold others, which are passed over.
struct StandardRatings
{
    qint64 standardId = 0;
    int number = 0;
    QList<AssessmentRating> ratings;
};
QList<StandardRatings> ratingsByStandard(const std::vector<AssessmentStandard> &standards,
                                         const std::vector<AssessmentCriterion> &criteria,
                                         const std::vector<CriterionReturn> &answers, RatingSource source);

// The gap between an agency's self-ratings and the moderated ones, over the criteria that carry
// both: how many agree, how many the QA sub-group rated worse (lower) or better (higher).
struct RatingGap
{
    int compared = 0;
    int agreed = 0;
    int lower = 0;
    int higher = 0;
    // In rating steps, summed: negative when moderation brought the agency down (RED is 3 steps below BLUE).
    int steps = 0;
};
RatingGap ratingGap(const std::vector<CriterionReturn> &answers);

enum class RatingChange { Better, Same, Worse, NotComparable };
QString ratingChangeLabel(RatingChange change);
// NotComparable when either year is not rated.
RatingChange ratingChange(AssessmentRating lastYear, AssessmentRating thisYear);

// An agency's change since last year per standard, standards matched by number (the framework
// may have had a new version in between); summary says how each year's standard is summed up.
struct StandardChange
{
    int number = 0;
    AssessmentRating lastYear = AssessmentRating::NotRated;
    AssessmentRating thisYear = AssessmentRating::NotRated;
    RatingChange change = RatingChange::NotComparable;
};
QList<StandardChange> changesSinceLastYear(const QList<StandardRatings> &lastYear,
                                           const QList<StandardRatings> &thisYear, StandardSummary summary);

// The newest version of framework's name among frameworks (framework itself when it is the newest).
const AssessmentFramework &newestVersion(const AssessmentFramework &framework,
                                         const std::vector<AssessmentFramework> &frameworks);

// Next year's round started from previous: the newest version of its framework (newest), the
// next year and its label, the deadline a year on, and the same agencies, each invited today.
// Ratings and evidence do not carry over: last year's are found through previousRoundId.
struct NextRound
{
    AssessmentRound round;
    std::vector<RoundAgency> agencies; // roundId 0 until written
};
NextRound nextRound(const AssessmentRound &previous, const std::vector<RoundAgency> &previousAgencies,
                    const AssessmentFramework &newest, const QDate &today);

// The criterion with the same code (standard and criterion number) among another version's
// standards and criteria; 0 when it has none. Last year's answers are found through it.
qint64 sameCriterion(int standardNumber, int criterionNumber, const std::vector<AssessmentStandard> &standards,
                     const std::vector<AssessmentCriterion> &criteria);

// A framework some round uses is never edited under it: an edit makes a new version.
bool frameworkInUse(qint64 frameworkId, const std::vector<AssessmentRound> &rounds);
// The version the next edit of a framework named name makes: one above the highest of that name.
int nextFrameworkVersion(const QString &name, const std::vector<AssessmentFramework> &frameworks);

} // namespace assure
