// The demo board's audit programme and audits (see demoaudits.h).
#include "workspace/demo/demoaudits.h"

#include "core/audits/grades.h"
#include "core/audits/questionnaire.h"
#include "core/audits/splitmix64.h"
#include "core/period.h"
#include "storage/actions/actionmappings.h"
#include "storage/audits/auditmappings.h"
#include "storage/audits/programmemappings.h"
#include "storage/board/boardmappings.h"
#include "storage/repository.h"

#include <QJsonObject>

#include <algorithm>
#include <iterator>
#include <vector>

namespace assure {

namespace {

using Frequency = ProgrammeFrequency;
using Category = ProgrammeCategory;

struct EntrySeed
{
    const char *subject;
    const char *criteria;
    Category category;
    Frequency frequency;
    std::initializer_list<int> months;
    int subGroup;     // index of the demo's sub-groups; -1: the lead below
    const char *lead; // when no sub-group leads
    const char *route;
    const char *comment;
};

// Seed 002's table, for a children's partnership. Sub-groups: 0 Quality Assurance, 1 Performance
// and Data, 2 Case Review, 3 Learning and Development, 4 Child Death Overview Panel, 5 Policy.
const EntrySeed kEntries[] = {
    {"Partnership membership and development",
     "Membership current; induction completed",
     Category::BoardPerformance,
     Frequency::Annual,
     {},
     -1,
     "Independent Scrutineer",
     "Annual report",
     ""},
    {"Attendance at partnership meetings",
     "Each agency attends three in four meetings",
     Category::BoardPerformance,
     Frequency::Annual,
     {},
     -1,
     "Business Support Officer",
     "Annual report",
     "Included in the annual report"},
    {"Budget monitoring",
     "Spend against the agreed budget and contributions",
     Category::BoardPerformance,
     Frequency::Quarterly,
     {},
     -1,
     "Partnership Business Manager",
     "Executive group",
     ""},
    {"Effectiveness of multi-agency training",
     "Learning reaches practice three months on",
     Category::BoardPerformance,
     Frequency::Annual,
     {12},
     3,
     "",
     "Report to the partnership and the annual report",
     ""},
    {"Section 11 self-assessment",
     "Every agency's return checked and challenged",
     Category::MonitoringAudit,
     Frequency::Rolling,
     {6},
     0,
     "",
     "Reporting to the partnership",
     "Rolling programme"},
    {"Partnership data set",
     "A selection of the data at each performance meeting",
     Category::MonitoringAudit,
     Frequency::Quarterly,
     {},
     1,
     "",
     "Performance group, then the partnership",
     ""},
    {"Prevent",
     "Referrals, Channel panel and training",
     Category::QualityAssuranceReport,
     Frequency::Annual,
     {3},
     -1,
     "Community Safety Partnership",
     "Presentation to the partnership",
     ""},
    {"Child Death Overview Panel annual report",
     "Modifiable factors and learning",
     Category::QualityAssuranceReport,
     Frequency::Annual,
     {9},
     4,
     "",
     "Full report to the partnership",
     ""},
    {"Domestic abuse",
     "MARAC, notifications to schools and outcomes",
     Category::QualityAssuranceReport,
     Frequency::Annual,
     {3},
     -1,
     "Domestic Abuse Partnership Lead",
     "Full report to the partnership",
     ""},
    {"Multi-agency case audit",
     "Six cases a quarter, randomly drawn, across agencies",
     Category::CommissionedScrutiny,
     Frequency::Quarterly,
     {6, 9, 12, 3},
     0,
     "",
     "Partnership",
     "On the audit schedule"},
    {"Single-agency case audits",
     "One case from each of the fourteen teams",
     Category::MonitoringAudit,
     Frequency::Monthly,
     {},
     0,
     "",
     "Quality Assurance sub-group",
     ""},
    {"Practice review recommendations: completed actions",
     "Evidence that completed actions changed practice",
     Category::Responsive,
     Frequency::Ongoing,
     {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12},
     2,
     "",
     "Standing item of the statutory partners' meeting",
     ""},
};

struct AuditSeed
{
    AuditType type;
    const char *title;
    const char *scope;
    AuditStatus status;
    int startedDaysAgo; // negative: planned for that many days ahead
    int cases;
    int entry;   // the programme entry it fulfils; -1: none
    int repeats; // the audit (index) it repeats; -1: none
    bool independent;
};

const AuditSeed kAudits[] = {
    {AuditType::MultiAgencyCaseAudit, "Neglect: children on plans for neglect",
     "Children subject to a child protection plan under neglect for over six months", AuditStatus::Closed, 330, 6, 9,
     -1, false},
    {AuditType::MultiAgencyCaseAudit, "Neglect re-audit", "As the neglect audit, a year on",
     AuditStatus::ReportedToBoard, 120, 6, 9, 0, false},
    {AuditType::MultiAgencyCaseAudit, "Domestic abuse at the front door",
     "Contacts to the MASH with a domestic abuse notification", AuditStatus::FindingsAgreed, 70, 6, 9, -1, false},
    {AuditType::MultiAgencyCaseAudit, "Children missing from home and exploitation",
     "Children with three or more missing episodes in six months", AuditStatus::InProgress, 15, 6, 9, -1, false},
    {AuditType::SingleAgency, "Health attendance at strategy discussions", "Strategy discussions in the MASH",
     AuditStatus::ReportedToBoard, 95, 5, 10, -1, false},
    {AuditType::SingleAgency, "Early help assessments", "Assessments closed in the quarter", AuditStatus::Closed, 210,
     5, 10, -1, false},
    {AuditType::ThemedReview, "Disabled children and safeguarding", "Terms of reference agreed by the partnership",
     AuditStatus::ReportedToBoard, 160, 0, -1, -1, false},
    {AuditType::ChildSafeguardingPracticeReview, "Child L", "Terms of reference for a local practice review",
     AuditStatus::FindingsAgreed, 200, 0, 11, -1, true},
    {AuditType::CdopReport, "Child death overview annual report", "Deaths reviewed in the year",
     AuditStatus::ReportedToBoard, 90, 0, 7, -1, false},
    {AuditType::QaReport, "Prevent annual return", "Referrals, Channel panel and training", AuditStatus::Planned, -40,
     0, 6, -1, false},
    {AuditType::PeerReview, "Peer review of the front door", "Led by a neighbouring partnership", AuditStatus::Closed,
     260, 0, -1, -1, true},
    {AuditType::ObservationOfPractice, "Observation of child protection conferences", "Six conferences observed",
     AuditStatus::Planned, -75, 0, -1, -1, false},
};

const char *const kStrengths[] = {
    "The child's voice is recorded and shaped the plan.",
    "Information was shared promptly between health and social care.",
    "Management oversight is clear and recorded at each decision.",
    "Risk assessment drew on the history, not only the incident.",
    "The family's strengths were named and built on.",
};
const char *const kAreas[] = {
    "Strategy discussion held without health.",
    "Plans lacked measurable outcomes.",
    "Chronology not updated after the second referral.",
    "Father not contacted or assessed.",
    "Step-down to early help without a handover meeting.",
};
const char *const kFindings[][2] = {
    // strength, area for improvement
    {"Practitioners know the children well and record their wishes.",
     "Plans are not reviewed when circumstances change."},
    {"Timely strategy discussions with the right agencies.",
     "Health is not consistently part of strategy discussions."},
    {"Good use of the Graded Care Profile in half the cases.", "Escalation is rarely used when plans drift."},
};
const char *const kGoodPractice[] = {
    "School nurse drop-ins trusted by young people: share across the county.",
    "Joint visits by police and social workers within 24 hours.",
};
const char *const kRecommendations[] = {
    "Every strategy discussion includes health, by phone if not in person.",
    "Plans set measurable outcomes and are reviewed at every core group.",
    "Practitioners are reminded of the escalation policy, and its use is audited.",
};

// A case's answers to its audit's questions, a little worse the worse its grade (0 is the best).
QJsonObject demoAnswers(SplitMix64 &rng, const Questionnaire &tool, int grade, const QList<Grade> &grades)
{
    QJsonObject answers;
    for (const QuestionSection &s : tool.sections)
        for (const Question &q : s.questions) {
            const int r = int(rng.below(10));
            switch (q.kind) {
            case AnswerKind::YesNo:
                answers.insert(q.id, yesNoKey(r < 6 - grade       ? YesNo::Yes
                                              : r < 8 - grade / 2 ? YesNo::Partial
                                              : r < 9             ? YesNo::No
                                                                  : YesNo::NotApplicable));
                break;
            case AnswerKind::Grade:
                answers.insert(q.id, grades[std::clamp(grade + r % 3 - 1, 0, int(grades.size()) - 1)].key);
                break;
            case AnswerKind::Number: answers.insert(q.id, 1 + r + 2 * grade); break;
            case AnswerKind::Text:
                answers.insert(q.id, QString::fromUtf8(grade < 2 ? kStrengths[r % std::size(kStrengths)]
                                                                 : kAreas[r % std::size(kAreas)]));
                break;
            }
        }
    return answers;
}

template <class T, size_t N> const T &pick(SplitMix64 &rng, const T (&list)[N])
{
    return list[rng.below(N)];
}

} // namespace

bool writeDemoAudits(const QSqlDatabase &db, const DemoOptions &options, QString *why)
{
    // A generator of its own (not the board's), so the other tables do not change.
    SplitMix64 rng(0xA0D175ULL ^ options.seed);
    const bool large = options.scale == DemoScale::Large;
    const QDate today = options.asOf;
    const int fy = today.month() >= 4 ? today.year() : today.year() - 1;
    const std::vector<Agency> agencies = Repository<Agency>(db).loadAll(why);
    const std::vector<Person> people = Repository<Person>(db).loadAll(why);
    const std::vector<SubGroup> subGroups = Repository<SubGroup>(db).loadAll(why);
    if (agencies.empty() || people.empty() || subGroups.size() < 6)
        return false;

    Repository<ProgrammeEntry> entries(db);
    std::vector<qint64> entryIds;
    for (const EntrySeed &s : kEntries) {
        ProgrammeEntry e;
        e.subject = QString::fromUtf8(s.subject);
        e.criteria = QString::fromUtf8(s.criteria);
        e.category = s.category;
        e.frequency = s.frequency;
        e.dueMonths = QList<int>(s.months);
        e.leadSubgroupId = s.subGroup >= 0 ? subGroups[size_t(s.subGroup)].id : 0;
        e.lead = QString::fromUtf8(s.lead);
        e.reportingRoute = QString::fromUtf8(s.route);
        e.comment = QString::fromUtf8(s.comment);
        if (!entries.insert(e, why))
            return false;
        entryIds.push_back(e.id);
    }

    Repository<Audit> audits(db);
    Repository<AuditAgency> auditAgencies(db);
    Repository<AuditCase> cases(db);
    Repository<Finding> findings(db);
    Repository<Recommendation> recommendations(db);
    const QList<Grade> grades = GradeScale::standard().grades();
    // Each audit with cases works from its copy of the board's shipped tool for its kind, and its
    // cases' answers come from a generator of their own.
    const std::vector<AuditTool> tools = Repository<AuditTool>(db).loadAll(why);
    if (tools.size() < 2)
        return false;
    SplitMix64 answerRng(0xA05E75ULL ^ options.seed);
    std::vector<Audit> made;
    std::vector<qint64> recommendationIds, findingIds;
    const int copies = large ? 5000 / int(std::size(kAudits)) + 1 : 1;
    int caseNumber = 0;
    for (int copy = 0; copy < copies && made.size() < (large ? 5000u : std::size(kAudits)); ++copy) {
        for (size_t i = 0; i < std::size(kAudits) && made.size() < (large ? 5000u : std::size(kAudits)); ++i) {
            const AuditSeed &s = kAudits[i];
            Audit a;
            a.ref =
                QStringLiteral("AU-%1-%2").arg(fy - copy / 400).arg(made.size() % 9999 + 1, 3, 10, QLatin1Char('0'));
            a.type = s.type;
            a.title = QString::fromUtf8(s.title);
            a.scope = QString::fromUtf8(s.scope);
            a.methodology = s.cases ? QStringLiteral("Random sample; multi-agency case audit tool; a third moderated")
                                    : QStringLiteral("Terms of reference, practitioner events and chronology");
            a.leadPersonId = people[rng.below(people.size())].id;
            a.auditors = QStringLiteral("QA sub-group members");
            a.independent = s.independent;
            a.status = s.status;
            const QDate start = today.addDays(-s.startedDaysAgo - qint64(copy % 300));
            a.planned = QDate(start.year(), start.month(), 1);
            if (s.status != AuditStatus::Planned)
                a.started = start;
            if (s.status >= AuditStatus::ReportedToBoard)
                a.reported = start.addDays(75);
            if (s.repeats >= 0 && copy == 0)
                a.repeatsAuditId = made[size_t(s.repeats)].id;
            if (s.cases)
                a.samplingSeed = QString::number(rng.next() % 100000);
            if (isReview(s.type)) {
                a.referralDate = start.addDays(-40);
                a.decisionDate = start.addDays(-25);
            }
            if (isReport(s.type)) {
                a.periodFrom = QDate(fy - 1, 4, 1);
                a.periodTo = QDate(fy, 3, 31);
            }
            const int caseCount = large ? (s.cases ? 11 : 8) : s.cases;
            const Questionnaire &tool = tools[s.type == AuditType::SingleAgency ? 1 : 0].questionnaire;
            if (caseCount > 0)
                a.questionnaire = tool.toJson();
            if (!audits.insert(a, why))
                return false;
            made.push_back(a);
            for (quint64 k = 0, n = 2 + rng.below(3); k < n; ++k) {
                AuditAgency link{0, a.id, agencies[(i * 3 + k * 5) % agencies.size()].id};
                if (!auditAgencies.insert(link, why))
                    return false;
            }
            for (int c = 0; c < caseCount; ++c) {
                AuditCase ac;
                ac.auditId = a.id;
                ac.ref = QStringLiteral("C-%1-%2").arg(fy).arg(++caseNumber * 37 % 100000, 5, 10, QLatin1Char('0'));
                const bool graded = s.status != AuditStatus::InProgress || c < 3;
                if (graded) {
                    const int grade = std::min(3, int(std::min(rng.below(4), rng.below(4))) + c % 2);
                    ac.grade = grades[grade].key;
                    ac.answers = answersToJson(demoAnswers(answerRng, tool, grade, grades));
                    ac.strengths = QString::fromUtf8(pick(rng, kStrengths));
                    ac.areas = QString::fromUtf8(pick(rng, kAreas));
                    if (c % 3 == 0) { // a third moderated; most agree
                        const int other = int(rng.below(4));
                        ac.secondGrade = rng.below(10) < 7 ? ac.grade : grades[other].key;
                        ac.agreedGrade = ac.secondGrade == ac.grade || rng.below(2) ? ac.grade : ac.secondGrade;
                    }
                }
                if (!cases.insert(ac, why))
                    return false;
            }
            if (s.status < AuditStatus::FindingsAgreed)
                continue;
            const auto &pair = pick(rng, kFindings);
            const Finding found[] = {{0, a.id, FindingKind::Strength, QString::fromUtf8(pair[0])},
                                     {0, a.id, FindingKind::AreaForImprovement, QString::fromUtf8(pair[1])},
                                     {0, a.id, FindingKind::GoodPractice, QString::fromUtf8(pick(rng, kGoodPractice))}};
            for (Finding f : found) {
                if (f.kind == FindingKind::GoodPractice && i % 2)
                    continue; // good practice in about half
                if (!findings.insert(f, why))
                    return false;
                findingIds.push_back(f.id);
            }
            for (quint64 k = 0, n = 1 + rng.below(3); k < n; ++k) {
                Recommendation r{0, a.id, QString::fromUtf8(kRecommendations[(i + k) % std::size(kRecommendations)]),
                                 agencies[rng.below(agencies.size())].id,
                                 s.status >= AuditStatus::ReportedToBoard ? a.reported.addDays(14) : QDate()};
                if (!recommendations.insert(r, why))
                    return false;
                recommendationIds.push_back(r.id);
            }
        }
    }

    // This year's occurrences: those past are done (by an audit of the entry when there is one),
    // but for one skipped, one moved and a few left overdue.
    Repository<ProgrammeOccurrence> occurrences(db);
    for (size_t e = 0; e < std::size(kEntries); ++e) {
        ProgrammeEntry entry;
        entry.id = entryIds[e];
        entry.frequency = kEntries[e].frequency;
        entry.dueMonths = QList<int>(kEntries[e].months);
        for (const QDate &due : dueDates(entry, fy)) {
            if (due > today)
                break;
            ProgrammeOccurrence o;
            o.entryId = entry.id;
            o.due = due;
            const bool past = due.addMonths(1) <= today;
            if (e == 5 && past && due.month() == 6) {
                o.outcome = ProgrammeOccurrence::Outcome::Skipped;
                o.skipReason = QStringLiteral("Performance meeting cancelled; the data went to the next one");
            } else if (e == 9 && past && due.month() == 9) {
                o.moved = today.addMonths(1);
                o.moved = QDate(o.moved.year(), o.moved.month(), 1);
            } else if (past && (e + size_t(due.month())) % 7 != 0) {
                o.outcome = ProgrammeOccurrence::Outcome::Done;
                o.doneOn = due.addDays(20);
                for (const Audit &a : made)
                    // The audit that fulfils it was planned in the same financial year, before it fell due.
                    if (kAudits[size_t(&a - made.data()) % std::size(kAudits)].entry == int(e) &&
                        a.status >= AuditStatus::FindingsAgreed && a.occurrenceId == 0 &&
                        Period::year(fy).contains(a.planned) && a.planned <= due) {
                        o.auditId = a.id;
                        break;
                    }
            } else {
                continue; // open: due or overdue, and not stored until someone touches it
            }
            if (!occurrences.insert(o, why))
                return false;
            for (Audit &a : made)
                if (a.id == o.auditId) {
                    a.occurrenceId = o.id;
                    if (!audits.update(a, why))
                        return false;
                }
        }
    }

    // Actions that answer an audit: the first few with an audit in their rationale name a
    // recommendation, and one a finding.
    Repository<Action> actionRepository(db);
    std::vector<Action> actions = actionRepository.loadAll(why);
    size_t linked = 0;
    for (Action &a : actions) {
        if (linked >= 4 || recommendationIds.empty() || findingIds.empty())
            break;
        if (a.sourceKind == ActionSource::None || !a.rationale.contains(QLatin1String("audit"), Qt::CaseInsensitive))
            continue;
        a.sourceKind = linked == 3 ? ActionSource::Finding : ActionSource::Recommendation;
        a.sourceId = linked == 3 ? findingIds.front() : recommendationIds[linked % recommendationIds.size()];
        if (!actionRepository.update(a, why))
            return false;
        ++linked;
    }
    return true;
}

} // namespace assure
