// The demo board's self-assessments: Section 11 returns from the demo's Section 11 agencies, last
// year's accepted after challenge and moderation, this year's at every stage of the round.
#include "workspace/demo/demoassessments.h"

#include "core/assessment/shippedframeworks.h"
#include "storage/assessment/assessmentmappings.h"
#include "storage/board/boardmappings.h"
#include "storage/repository.h"

#include <QRandomGenerator>

#include <algorithm>
#include <iterator>

namespace assure {

namespace {

const char *const kEvidence[] = {
    "Seen by the safeguarding lead and summarised in the annual safeguarding report.",
    "Attached: the document named, with its approval date.",
    "Figures from the training system at the end of the quarter.",
    "Dip sample of ten records by the named professional.",
    "Minutes of the executive meeting where this was discussed.",
    "Our internal audit of last spring covered this.",
};

const char *const kChallenges[] = {
    "The evidence describes the policy but not how anyone checks it is followed.",
    "BLUE needs evidence of impact, not only of activity: what changed for children?",
    "The training figures are two years old; please send this year's.",
    "Please attach the audit the return refers to.",
    "The dip sample found gaps the return does not mention.",
};

const char *const kImprovements[] = {
    "Add this to the safeguarding audit programme for next year.",
    "Refresh the guidance and brief team managers.",
    "Report the figures to the executive team each quarter.",
    "Agree an action plan with the named professional by the spring.",
};

template <size_t N> QString pick(QRandomGenerator &rng, const char *const (&list)[N])
{
    return QString::fromUtf8(list[rng.bounded(int(N))]);
}

QDate weekday(const QDate &d)
{
    return d.dayOfWeek() > Qt::Friday ? d.addDays(Qt::Friday - d.dayOfWeek()) : d;
}

AssessmentRating clamp(int severity)
{
    return AssessmentRating(std::clamp(severity, 0, 3));
}

struct Criterion
{
    qint64 id;
    int standard;
};

} // namespace

bool writeDemoAssessments(const QSqlDatabase &db, const DemoOptions &options, QString *why)
{
    QRandomGenerator rng(options.seed ^ 0x5E11u);
    const bool large = options.scale == DemoScale::Large;
    Repository<AssessmentFramework> frameworks(db);
    Repository<AssessmentStandard> standards(db);
    Repository<AssessmentCriterion> criteriaRepo(db);
    qint64 section11 = 0;
    std::vector<Criterion> criteria;
    for (const FrameworkContent &content : shippedFrameworks()) {
        AssessmentFramework f = content.framework;
        if (!frameworks.insert(f, why))
            return false;
        const bool isSection11 = section11 == 0;
        if (isSection11)
            section11 = f.id;
        for (const FrameworkContent::Standard &s : content.standards) {
            AssessmentStandard standard = s.standard;
            standard.frameworkId = f.id;
            if (!standards.insert(standard, why))
                return false;
            for (AssessmentCriterion c : s.criteria) {
                c.standardId = standard.id;
                if (!criteriaRepo.insert(c, why))
                    return false;
                if (isSection11)
                    criteria.push_back({c.id, standard.number});
            }
        }
    }

    std::vector<qint64> agencies;
    for (const Agency &a : Repository<Agency>(db).loadAll())
        if (a.section11 && a.active && agencies.size() < (large ? 200u : 1000u))
            agencies.push_back(a.id);
    // How well each agency does (0 BLUE ... 3 RED), and how far above that it rates itself.
    std::vector<int> quality, optimism;
    for (size_t i = 0; i < agencies.size(); ++i) {
        quality.push_back(1 + int(rng.bounded(2))); // GREEN or AMBER at heart
        optimism.push_back(rng.bounded(3) == 0 ? 1 : 0);
    }

    const QDate today = options.asOf;
    const int thisYear = today.month() >= 4 ? today.year() : today.year() - 1;
    const int years = large ? 10 : 2;
    Repository<AssessmentRound> rounds(db);
    Repository<RoundAgency> invitations(db);
    Repository<CriterionReturn> answers(db);
    qint64 previous = 0;
    for (int y = years - 1; y >= 0; --y) {
        const bool current = y == 0;
        // This year's round was sent out ten weeks ago and is due in a fortnight; earlier ones a year apart.
        const QDate invited = weekday(today.addDays(-70).addYears(-y));
        AssessmentRound round{0,
                              section11,
                              roundLabel(QStringLiteral("Section 11"), thisYear - y),
                              thisYear - y,
                              weekday(today.addDays(14).addYears(-y)),
                              previous};
        if (!rounds.insert(round, why))
            return false;
        previous = round.id;
        for (size_t i = 0; i < agencies.size(); ++i) {
            RoundAgency r;
            r.roundId = round.id;
            r.agencyId = agencies[i];
            r.setStatus(ReturnStatus::Invited, invited);
            // This year every stage of a round; earlier years accepted.
            const ReturnStatus status = current ? ReturnStatus(i % 5) : ReturnStatus::Accepted;
            const int stage = int(status);
            if (stage >= int(ReturnStatus::InProgress))
                r.setStatus(ReturnStatus::InProgress, weekday(invited.addDays(10 + int(rng.bounded(10)))));
            if (stage >= int(ReturnStatus::Returned))
                r.setStatus(ReturnStatus::Returned, weekday(invited.addDays(40 + int(rng.bounded(20)))));
            if (stage >= int(ReturnStatus::Challenged))
                r.setStatus(ReturnStatus::Challenged, weekday(invited.addDays(62 + int(rng.bounded(5)))));
            if (stage >= int(ReturnStatus::Accepted))
                r.setStatus(ReturnStatus::Accepted, weekday(current ? today.addDays(-1) : invited.addDays(110)));
            if (!invitations.insert(r, why))
                return false;
            if (status == ReturnStatus::Invited)
                continue;
            // Agencies improve a little over the years.
            const int level = quality[i] + (y >= 5 ? 1 : 0);
            for (size_t c = 0; c < criteria.size(); ++c) {
                // A return in progress has answered its first standards only.
                if (status == ReturnStatus::InProgress && criteria[c].standard > 4)
                    break;
                CriterionReturn a;
                a.roundAgencyId = r.id;
                a.criterionId = criteria[c].id;
                const int truth = level + int(rng.bounded(3)) - 1;
                // An optimistic agency rates itself a step above the truth on most criteria, anyone now and then.
                const bool hopeful = (optimism[i] && rng.bounded(3) != 0) || rng.bounded(8) == 0;
                a.selfRating = clamp(truth - (hopeful ? 1 : 0));
                if (rng.bounded(8) != 0) {
                    a.evidence = pick(rng, kEvidence);
                    a.evidenceRefs = QStringLiteral("S11-%1-%2").arg(round.year).arg(c + 1, 2, 10, QLatin1Char('0'));
                }
                if (a.selfRating == AssessmentRating::Amber || a.selfRating == AssessmentRating::Red)
                    a.plannedImprovement = pick(rng, kImprovements);
                if (stage >= int(ReturnStatus::Challenged)) {
                    // The QA sub-group agrees the truth, and says why where it differs.
                    a.moderatedRating = clamp(truth);
                    if (a.moderatedRating != a.selfRating || a.evidence.isEmpty())
                        a.challengeNote = pick(rng, kChallenges);
                }
                if (!answers.insert(a, why))
                    return false;
            }
        }
    }
    return true;
}

} // namespace assure
