// The rules of self-assessment rounds.
#include "core/assessment/assessmentrules.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace assure {

namespace {

QList<int> ratedSeverities(const QList<AssessmentRating> &ratings)
{
    QList<int> out;
    for (AssessmentRating r : ratings)
        if (isRated(r))
            out.append(ratingSeverity(r));
    return out;
}

AssessmentRating fromSeverity(int severity)
{
    return AssessmentRating(severity); // Blue = 0 ... Red = 3
}

} // namespace

QString ratingSourceLabel(RatingSource source)
{
    return source == RatingSource::Self ? QCoreApplication::translate("assure::Assessment", "Self-rating")
                                        : QCoreApplication::translate("assure::Assessment", "Moderated rating");
}

AssessmentRating ratingOf(const CriterionReturn &answer, RatingSource source)
{
    return source == RatingSource::Self ? answer.selfRating : answer.moderatedRating;
}

int ratingSeverity(AssessmentRating rating)
{
    return isRated(rating) ? int(rating) : -1;
}

Completeness evidenceCompleteness(const std::vector<AssessmentCriterion> &criteria,
                                  const std::vector<CriterionReturn> &answers)
{
    QHash<qint64, const CriterionReturn *> byCriterion;
    for (const CriterionReturn &a : answers)
        byCriterion.insert(a.criterionId, &a);
    Completeness out;
    out.criteria = int(criteria.size());
    for (const AssessmentCriterion &c : criteria) {
        const CriterionReturn *a = byCriterion.value(c.id);
        if (a && isRated(a->selfRating) && !a->evidence.trimmed().isEmpty())
            ++out.ratedWithEvidence;
    }
    return out;
}

QString standardSummaryLabel(StandardSummary summary)
{
    return summary == StandardSummary::Worst ? QCoreApplication::translate("assure::Assessment", "Worst")
                                             : QCoreApplication::translate("assure::Assessment", "Typical");
}

AssessmentRating worstRating(const QList<AssessmentRating> &ratings)
{
    const QList<int> s = ratedSeverities(ratings);
    return s.isEmpty() ? AssessmentRating::NotRated : fromSeverity(*std::max_element(s.begin(), s.end()));
}

AssessmentRating typicalRating(const QList<AssessmentRating> &ratings)
{
    QList<int> s = ratedSeverities(ratings);
    if (s.isEmpty())
        return AssessmentRating::NotRated;
    std::sort(s.begin(), s.end());
    // Of an even number, the worse of the two middle ones: a board reads "typical" cautiously.
    return fromSeverity(s[s.size() / 2]);
}

AssessmentRating summaryRating(const QList<AssessmentRating> &ratings, StandardSummary summary)
{
    return summary == StandardSummary::Worst ? worstRating(ratings) : typicalRating(ratings);
}

RatingCounts countRatings(const QList<AssessmentRating> &ratings)
{
    RatingCounts out{};
    for (AssessmentRating r : ratings)
        ++out[size_t(r)];
    return out;
}

QList<StandardRatings> ratingsByStandard(const std::vector<AssessmentStandard> &standards,
                                         const std::vector<AssessmentCriterion> &criteria,
                                         const std::vector<CriterionReturn> &answers, RatingSource source)
{
    QHash<qint64, AssessmentRating> byCriterion;
    for (const CriterionReturn &a : answers)
        byCriterion.insert(a.criterionId, ratingOf(a, source));
    std::vector<const AssessmentStandard *> ordered;
    for (const AssessmentStandard &s : standards)
        ordered.push_back(&s);
    std::sort(ordered.begin(), ordered.end(), [](auto *a, auto *b) { return a->number < b->number; });
    QList<StandardRatings> out;
    for (const AssessmentStandard *s : ordered) {
        std::vector<const AssessmentCriterion *> own;
        for (const AssessmentCriterion &c : criteria)
            if (c.standardId == s->id)
                own.push_back(&c);
        std::sort(own.begin(), own.end(), [](auto *a, auto *b) { return a->number < b->number; });
        StandardRatings r;
        r.standardId = s->id;
        r.number = s->number;
        for (const AssessmentCriterion *c : own)
            r.ratings.append(byCriterion.value(c->id, AssessmentRating::NotRated));
        out.append(r);
    }
    return out;
}

RatingGap ratingGap(const std::vector<CriterionReturn> &answers)
{
    RatingGap out;
    for (const CriterionReturn &a : answers) {
        if (!isRated(a.selfRating) || !isRated(a.moderatedRating))
            continue;
        ++out.compared;
        const int diff = ratingSeverity(a.selfRating) - ratingSeverity(a.moderatedRating); // < 0: brought down
        out.steps += diff;
        if (diff == 0)
            ++out.agreed;
        else if (diff < 0)
            ++out.lower;
        else
            ++out.higher;
    }
    return out;
}

QString ratingChangeLabel(RatingChange change)
{
    switch (change) {
    case RatingChange::Better: return QCoreApplication::translate("assure::Assessment", "Better");
    case RatingChange::Same: return QCoreApplication::translate("assure::Assessment", "Same");
    case RatingChange::Worse: return QCoreApplication::translate("assure::Assessment", "Worse");
    case RatingChange::NotComparable: return QCoreApplication::translate("assure::Assessment", "No comparison");
    }
    return {};
}

RatingChange ratingChange(AssessmentRating lastYear, AssessmentRating thisYear)
{
    if (!isRated(lastYear) || !isRated(thisYear))
        return RatingChange::NotComparable;
    const int was = ratingSeverity(lastYear);
    const int now = ratingSeverity(thisYear);
    return now == was ? RatingChange::Same : now < was ? RatingChange::Better : RatingChange::Worse;
}

QList<StandardChange> changesSinceLastYear(const QList<StandardRatings> &lastYear,
                                           const QList<StandardRatings> &thisYear, StandardSummary summary)
{
    QList<StandardChange> out;
    for (const StandardRatings &now : thisYear) {
        StandardChange c;
        c.number = now.number;
        c.thisYear = summaryRating(now.ratings, summary);
        for (const StandardRatings &was : lastYear)
            if (was.number == now.number)
                c.lastYear = summaryRating(was.ratings, summary);
        c.change = ratingChange(c.lastYear, c.thisYear);
        out.append(c);
    }
    return out;
}

const AssessmentFramework &newestVersion(const AssessmentFramework &framework,
                                         const std::vector<AssessmentFramework> &frameworks)
{
    const AssessmentFramework *newest = &framework;
    for (const AssessmentFramework &f : frameworks)
        if (f.name.compare(framework.name, Qt::CaseInsensitive) == 0 && f.version > newest->version)
            newest = &f;
    return *newest;
}

NextRound nextRound(const AssessmentRound &previous, const std::vector<RoundAgency> &previousAgencies,
                    const AssessmentFramework &newest, const QDate &today)
{
    NextRound out;
    out.round.frameworkId = newest.id;
    out.round.year = previous.year + 1;
    out.round.label = roundLabel(newest.name, out.round.year);
    out.round.deadline = previous.deadline.isValid() ? previous.deadline.addYears(1) : QDate();
    out.round.previousRoundId = previous.id;
    for (const RoundAgency &was : previousAgencies) {
        if (was.roundId != previous.id)
            continue;
        RoundAgency invited;
        invited.agencyId = was.agencyId;
        invited.setStatus(ReturnStatus::Invited, today);
        out.agencies.push_back(invited);
    }
    return out;
}

qint64 sameCriterion(int standardNumber, int criterionNumber, const std::vector<AssessmentStandard> &standards,
                     const std::vector<AssessmentCriterion> &criteria)
{
    for (const AssessmentStandard &s : standards) {
        if (s.number != standardNumber)
            continue;
        for (const AssessmentCriterion &c : criteria)
            if (c.standardId == s.id && c.number == criterionNumber)
                return c.id;
    }
    return 0;
}

bool frameworkInUse(qint64 frameworkId, const std::vector<AssessmentRound> &rounds)
{
    return std::any_of(rounds.begin(), rounds.end(),
                       [frameworkId](const AssessmentRound &r) { return r.frameworkId == frameworkId; });
}

int nextFrameworkVersion(const QString &name, const std::vector<AssessmentFramework> &frameworks)
{
    int highest = 0;
    for (const AssessmentFramework &f : frameworks)
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            highest = std::max(highest, f.version);
    return highest + 1;
}

} // namespace assure
