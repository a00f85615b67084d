// The demo board's action plans: about 25 actions (50,000 on the large board, with some 200,000
// progress updates, for the benchmarks of issue 14) in every status, some
// overdue, some due soon, some vague on purpose so that the SMART check has something to say, and
// a development plan whose components are the front door's actions.
#include "workspace/demo/demoactions.h"

#include "core/period.h"
#include "storage/actions/actionmappings.h"
#include "storage/actions/actionplanmappings.h"
#include "storage/board/boardmappings.h"
#include "storage/repository.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <iterator>

namespace assure {

namespace {

// Where an action stands on the demo's date, which sets its dates, status and progress.
enum class Shape { Overdue, DueSoon, OnTrack, Behind, LateStart, Future, Completed, Evidenced, Cancelled };

// What makes an action weak on purpose.
enum Weakness : unsigned {
    Sound = 0,
    NoLead = 1,           // A fails
    NoMeasure = 2,        // M fails
    NoSource = 4,         // R fails (no rationale either)
    NoDue = 8,            // T fails
    OtherAgencyLead = 16, // advice
    NoMilestones = 32,    // advice, on a long action
    WeekendDue = 64,      // advice
};

struct ActionSeed
{
    const char *title;
    const char *description;
    const char *measure;
    const char *evidence;
    const char *rationale;
    int priority; // index of the demo's priorities; -1: none
    Shape shape;
    unsigned weak;
};

// The priorities are the demo's five, in order: front door, help and protection, children in
// care, adults at risk, learning and workforce.
const ActionSeed kSeeds[] = {
    {"Rewrite the neglect pathway around the Graded Care Profile",
     "Replace the 2019 neglect guidance with a pathway that starts every neglect referral with the Graded Care "
     "Profile.",
     "80% of neglect referrals have a Graded Care Profile completed within 20 working days",
     "Quarterly dip sample of 20 neglect referrals by the QA sub-group", "Neglect audit, finding 2", 1, Shape::Overdue,
     Sound},
    {"Review", "", "Review completed", "", "", -1, Shape::Overdue, NoLead | NoSource},
    {"Multi-agency threshold training for front door staff",
     "Run four half-day sessions on the threshold document for MASH and early help staff.",
     "90% of MASH staff trained; re-referrals within 12 months below 20%", "Training records; PI CSC-04",
     "Front door audit: threshold decisions inconsistent", 0, Shape::DueSoon, Sound},
    {"Strategy discussions include health in every case",
     "Health takes part in every strategy discussion, by phone within the working day where it cannot attend.",
     "Health present in 95% of strategy discussions", "Monthly MASH return", "Case audit of strategy discussions", 1,
     Shape::OnTrack, Sound},
    {"Return home interviews within 72 hours",
     "Every child reported missing is offered an independent return home interview within 72 hours.",
     "85% of return home interviews offered within 72 hours", "PI MIS-02, monthly",
     "Exploitation priority; missing children audit", 1, Shape::Behind, Sound},
    {"Monitor", "", "", "", "", 1, Shape::LateStart, NoMeasure | NoSource},
    {"Care leavers' health passports", "Every care leaver leaves care with a completed health passport.",
     "All care leavers aged 18 have a health passport", "Looked after children health annual report", "", 2,
     Shape::Completed, Sound},
    {"Personal education plans reviewed each term",
     "The virtual school quality-assures every PEP each term and returns those graded weak.",
     "95% of PEPs rated good or better", "Virtual school termly report", "Ofsted ILACS recommendation 3", 2,
     Shape::Evidenced, Sound},
    {"Making safeguarding personal in every enquiry",
     "Ask every adult (or their representative) what outcome they want, and record whether it was achieved.",
     "Desired outcomes asked in 90% of enquiries and fully or partly achieved in 85%", "PI ASC-03 and case audit",
     "SAR 'Mr F' recommendation 1", 3, Shape::OnTrack, NoMilestones},
    {"Self-neglect protocol", "Agree a multi-agency self-neglect and hoarding protocol with a risk panel.",
     "Protocol signed off; panel reviews every high-risk case", "Panel minutes; case audit in six months",
     "SAR 'Mrs K' recommendation 2", 3, Shape::DueSoon, WeekendDue},
    {"Learning from reviews reaches the front line",
     "Publish a seven-minute briefing for each review within a month of publication and test its reach.",
     "70% of staff surveyed can name a learning point from the last review", "Annual staff survey",
     "Learning and workforce priority", 4, Shape::Behind, Sound},
    {"Look at", "", "Fewer complaints", "", "Complaints rose in Q2", 4, Shape::Future, NoDue},
    {"Domestic abuse champions in every school",
     "Each school names a domestic abuse champion trained to the Operation Encompass standard.",
     "All maintained schools and academies have a trained champion", "Education safeguarding audit (Section 175)",
     "Domestic abuse themed review", 1, Shape::Completed, Sound},
    {"Escalation policy relaunched", "Relaunch the resolving professional differences policy with a one-page guide.",
     "Escalations logged rise, and 90% are resolved at stage 1 or 2", "Escalation log, quarterly",
     "Case audit: disagreements not escalated", 0, Shape::Cancelled, Sound},
    {"Early help assessments quality-assured",
     "Early help coordinators audit a sample of ten assessments a month against the quality standard.",
     "75% of early help assessments rated good", "Monthly early help audit", "Early help audit, finding 4", 0,
     Shape::OnTrack, OtherAgencyLead},
    {"Child sexual exploitation screening tool",
     "Replace the screening tool with the regional exploitation assessment and train its users.",
     "Every exploitation referral screened with the regional tool", "Exploitation panel data", "Exploitation priority",
     1, Shape::LateStart, Sound},
    {"Consider", "", "", "", "", -1, Shape::Future, NoLead | NoMeasure | NoSource},
    {"Health assessments for children entering care",
     "Initial health assessments completed within 20 working days of a child entering care.",
     "Initial health assessments within 20 working days", "PI LAC-05", "Children in care priority", 2, Shape::Overdue,
     Sound},
    {"Transitions protocol for 17-year-olds",
     "Agree how children's and adults' services plan together for young people at risk turning 18.",
     "Every 17-year-old at risk has a transition plan by 17 and a half", "Transitions panel tracker",
     "Practice review 'Jay', recommendation 3", 3, Shape::Behind, NoMilestones},
    {"Section 11 action plans followed up",
     "Agencies that rated themselves amber or red in the Section 11 audit report progress to the QA sub-group.",
     "Every amber and red standard has a dated action", "Section 11 follow-up returns", "Section 11 audit 2025", 4,
     Shape::Evidenced, Sound},
    {"Safer sleep messages at every contact",
     "Midwives, health visitors and children's centres give the safer sleep message at each contact.",
     "Safer sleep conversation recorded in 90% of new birth visits", "Health visiting audit", "CDOP thematic review", 1,
     Shape::Completed, Sound},
    {"Professional curiosity workshop", "A workshop for designated leads on professional curiosity.",
     "Professional curiosity workshop", "", "Learning and workforce priority", 4, Shape::Cancelled, Sound},
    {"Private fostering awareness campaign",
     "A campaign in schools, GP surgeries and faith groups on notifying private fostering arrangements.",
     "Private fostering notifications double", "Annual private fostering report", "", 2, Shape::Future, Sound},
    {"Police and children's services joint visits", "Joint visits within 24 hours for every section 47 enquiry.",
     "Joint visit within 24 hours in 90% of section 47 enquiries", "MASH performance report",
     "Front door audit, finding 1", 0, Shape::DueSoon, Sound},
    {"Explore", "", "", "", "", 0, Shape::OnTrack, NoMeasure},
};

// A working day: a date that falls on a weekend moves to the Friday before.
QDate weekday(const QDate &d)
{
    return d.dayOfWeek() > Qt::Friday ? d.addDays(Qt::Friday - d.dayOfWeek()) : d;
}

} // namespace

bool writeDemoActions(const QSqlDatabase &db, const DemoOptions &options, QString *why)
{
    // A generator of its own: drawing from the board's would shift every table written after it.
    QRandomGenerator rng(options.seed ^ 0xAC710A5u);
    const QDate today = options.asOf;
    std::vector<Agency> agencies = Repository<Agency>(db).loadAll();
    std::vector<Person> people = Repository<Person>(db).loadAll();
    std::vector<Priority> priorities = Repository<Priority>(db).loadAll();
    if (agencies.empty() || people.empty())
        return true;
    QHash<qint64, std::vector<const Person *>> peopleOf;
    for (const Person &p : people)
        peopleOf[p.agencyId].push_back(&p);

    // A development plan for the first priority (the front door), chaired by the demo's first person:
    // the actions of the first copy under that priority are its components.
    qint64 planId = 0;
    if (!priorities.empty()) {
        DevelopmentPlan plan;
        plan.title = QStringLiteral("Front door development plan");
        plan.priorityId = priorities.front().id;
        plan.chairPersonId = people.front().id;
        plan.methodology = QStringLiteral(
            "Threshold training, a shared consent script and a weekly MASH huddle, each piloted in one locality "
            "before it is rolled out.");
        plan.expertise = QStringLiteral("The designated nurse; the local authority's principal social worker");
        plan.consultation = QStringLiteral("Front door staff of every agency; the parents' panel; the schools forum");
        plan.resources = QStringLiteral("Within existing budgets; 30 days of trainer time");
        plan.qualityAssurance =
            QStringLiteral("Quarterly dip sample of 20 contacts by the QA sub-group, reported to the board");
        plan.performanceMeasures =
            QStringLiteral("Re-referrals within 12 months (CSC-04); contacts to referrals conversion");
        plan.start = Period::containing(today, Period::Kind::Year).start();
        plan.end = Period::containing(today, Period::Kind::Year).end();
        if (!Repository<DevelopmentPlan>(db).insert(plan, why))
            return false;
        planId = plan.id;
    }

    Repository<Action> actions(db);
    Repository<Milestone> milestones(db);
    Repository<ProgressUpdate> updates(db);
    QHash<int, int> numberOfYear;
    const int copies = options.scale == DemoScale::Large ? 2000 : 1;
    for (int copy = 0; copy < copies; ++copy) {
        for (const ActionSeed &seed : kSeeds) {
            const auto jitter = [&](int most) { return int(rng.bounded(most + 1)); };
            const Agency &owner = agencies[rng.bounded(int(agencies.size()))];
            Action a;
            a.title = QString::fromUtf8(seed.title);
            a.description = QString::fromUtf8(seed.description);
            a.successMeasure = QString::fromUtf8(seed.measure);
            a.evidence = QString::fromUtf8(seed.evidence);
            a.rationale = QString::fromUtf8(seed.rationale);
            a.ownerAgencyId = owner.id;
            const auto &own = peopleOf.value(owner.id);
            const Person *lead = own.empty() ? nullptr : own[rng.bounded(int(own.size()))];
            if (seed.weak & OtherAgencyLead) {
                const Person &other = people[rng.bounded(int(people.size()))];
                lead = other.agencyId != owner.id ? &other : lead;
            }
            a.leadPersonId = (seed.weak & NoLead) || !lead ? 0 : lead->id;
            if (seed.priority >= 0 && size_t(seed.priority) < priorities.size() && !(seed.weak & NoSource)) {
                a.sourceKind = ActionSource::Priority;
                a.sourceId = priorities[size_t(seed.priority)].id;
                if (seed.priority == 0 && copy == 0 && planId != 0) {
                    a.sourceKind = ActionSource::DevelopmentPlan;
                    a.sourceId = planId;
                }
            }
            a.resources = seed.description[0]
                              ? QStringLiteral("Within existing budgets; %1 days of officer time").arg(5 + jitter(20))
                              : QString();
            int percent = -1;
            switch (seed.shape) {
            case Shape::Overdue:
                a.start = today.addDays(-150 - jitter(60));
                a.due = today.addDays(-5 - jitter(40));
                a.status = rng.bounded(3) == 0 ? ActionStatus::NotStarted : ActionStatus::InProgress;
                percent = a.status == ActionStatus::InProgress ? 40 + jitter(30) : -1;
                break;
            case Shape::DueSoon:
                a.start = today.addDays(-100 - jitter(30));
                a.due = today.addDays(jitter(14));
                a.status = ActionStatus::InProgress;
                percent = 60 + jitter(35);
                break;
            case Shape::OnTrack:
            case Shape::Behind: {
                a.start = today.addDays(-40 - jitter(60));
                a.due = today.addDays(60 + jitter(90));
                a.status = ActionStatus::InProgress;
                const double elapsed = double(a.start.daysTo(today)) / double(a.start.daysTo(a.due));
                percent = int(elapsed * (seed.shape == Shape::OnTrack ? 105 : 55)) + jitter(5);
                break;
            }
            case Shape::LateStart:
                a.start = today.addDays(-10 - jitter(30));
                a.due = today.addDays(90 + jitter(60));
                break;
            case Shape::Future:
                a.start = today.addDays(10 + jitter(40));
                a.due = a.start.addDays(120 + jitter(90));
                break;
            case Shape::Completed:
            case Shape::Evidenced:
                a.start = today.addDays(-240 - jitter(60));
                a.due = today.addDays(-30 + jitter(40));
                a.status = ActionStatus::Completed;
                percent = 100;
                if (seed.shape == Shape::Evidenced) {
                    a.status = ActionStatus::ImpactEvidenced;
                    a.impactEvidence = QStringLiteral("The follow-up audit found the change in %1 of %2 cases.")
                                           .arg(16 + jitter(4))
                                           .arg(20);
                    a.impactAcceptedBy = QStringLiteral("Quality Assurance sub-group");
                    a.impactAcceptedOn = weekday(today.addDays(-7 - jitter(30)));
                }
                break;
            case Shape::Cancelled:
                a.start = today.addDays(-200 - jitter(30));
                a.due = today.addDays(-20 + jitter(80));
                a.status = ActionStatus::Cancelled;
                a.cancelReason =
                    QStringLiteral("Overtaken by the partnership's new learning and improvement framework.");
                percent = 10 + jitter(20);
                break;
            }
            a.start = weekday(a.start);
            a.due = (seed.weak & WeekendDue) ? a.due.addDays(Qt::Saturday - a.due.dayOfWeek()) : weekday(a.due);
            if (seed.weak & NoDue)
                a.due = QDate();
            const int year = std::min(a.start, today).year(); // the year it was agreed
            a.ref = QStringLiteral("A-%1-%2").arg(year).arg(++numberOfYear[year], 3, 10, QLatin1Char('0'));
            if (!actions.insert(a, why))
                return false;

            // Milestones every two months or so on plans of more than three months.
            if (a.due.isValid() && a.due > a.start.addMonths(3) && !(seed.weak & NoMilestones)) {
                static const char *const kSteps[] = {"Draft agreed with the sub-group", "Consultation with agencies",
                                                     "Sign-off by the board", "Launched to practitioners"};
                int step = 0;
                for (QDate d = a.start.addMonths(2); d < a.due && step < 4; d = d.addMonths(2), ++step) {
                    Milestone m;
                    m.actionId = a.id;
                    m.date = weekday(d);
                    m.text = QString::fromUtf8(kSteps[step]);
                    // A finished action has met its milestones; an open one most of those past. (The draw
                    // is made as before, so the rest of the demo stays as it was.)
                    const bool metPast = m.date < today && a.status != ActionStatus::NotStarted && rng.bounded(5) != 0;
                    m.done =
                        metPast || a.status == ActionStatus::Completed || a.status == ActionStatus::ImpactEvidenced;
                    if (!milestones.insert(m, why))
                        return false;
                }
            }
            // A monthly log from the start up to today, rising to the percentage reported last.
            if (percent >= 0) {
                const QDate last = std::min(today, a.due.isValid() ? a.due.addDays(7) : today);
                // On the large board a little oftener, so that its 50,000 actions carry some 200,000 updates.
                const int months = std::max(1, int(a.start.daysTo(last) / (copies > 1 ? 26 : 30)));
                static const char *const kNotes[] = {
                    "Scope agreed with partners.",   "Task and finish group met; actions allocated.",
                    "Draft circulated for comment.", "Slipped: waiting for comments from two agencies.",
                    "Pilot under way in two teams.", "Reported to the QA sub-group."};
                for (int i = 1; i <= months; ++i) {
                    ProgressUpdate u;
                    u.actionId = a.id;
                    u.date = weekday(a.start.addDays(qint64(i) * a.start.daysTo(last) / months));
                    u.author = lead ? lead->name : QStringLiteral("Safeguarding business unit");
                    u.text = QString::fromUtf8(kNotes[rng.bounded(int(std::size(kNotes)))]);
                    if (i == months || rng.bounded(2) == 0)
                        u.percent = std::min(100, percent * i / months);
                    if (!updates.insert(u, why))
                        return false;
                }
            }
        }
    }
    return true;
}

} // namespace assure
