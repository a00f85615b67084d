// The demo board's complaints, compliments and comments.
#include "workspace/demo/democomplaints.h"

#include "storage/actions/actionmappings.h"
#include "storage/board/boardmappings.h"
#include "storage/repository.h"
#include "storage/voices/complaintmappings.h"

#include <QHash>
#include <QRandomGenerator>

#include <vector>

namespace assure {

namespace {

const char *const kComplaintThemes[] = {"Communication",           "Delay in response",   "Attitude of staff",
                                        "Decision disagreed with", "Information sharing", "Quality of assessment"};
const char *const kPraiseThemes[] = {"Support offered", "Communication", "Advocacy"};

struct LearningSeed
{
    const char *theme;
    const char *learning;
    const char *action; // a demo action's title
};

const LearningSeed kLearning[] = {
    {"Communication",
     "Parents were not told the outcome of the strategy discussion; outcome letters now go within "
     "two working days.",
     "Strategy discussions include health in every case"},
    {"Delay in response",
     "The referral waited in a shared inbox over a bank holiday; the front door now checks it "
     "twice a day.",
     "Multi-agency threshold training for front door staff"},
    {"Information sharing",
     "The school heard of the incident a week late; police notifications now reach schools "
     "before 9am.",
     "Domestic abuse champions in every school"},
    {"Quality of assessment",
     "The assessment did not hear from the young person; the practice standard now asks "
     "for their words in every assessment.",
     "Early help assessments quality-assured"},
    {"Decision disagreed with",
     "The family did not know how to challenge the decision; the escalation leaflet is "
     "now given at every closure.",
     "Escalation policy relaunched"},
    {"Attitude of staff",
     "Staff were seen as dismissive of a carer's worries; the team has had professional "
     "curiosity training.",
     "Professional curiosity workshop"},
};

} // namespace

bool writeDemoComplaints(const QSqlDatabase &db, const DemoOptions &options, QString *why)
{
    const std::vector<Agency> agencies = Repository<Agency>(db).loadAll();
    if (agencies.empty())
        return true;
    QHash<QString, qint64> actionOfTitle;
    for (const Action &a : Repository<Action>(db).loadAll())
        if (!actionOfTitle.contains(a.title))
            actionOfTitle.insert(a.title, a.id);

    // The board's own day off, so that the demo shows one: the council's closure before Christmas.
    const int thisYear = options.asOf.month() >= 4 ? options.asOf.year() : options.asOf.year() - 1;
    ComplaintHoliday closure{0, QDate(thisYear - 1, 12, 24), QStringLiteral("Council closure")};
    if (!Repository<ComplaintHoliday>(db).insert(closure, why))
        return false;
    const WorkingDays days({closure.day});

    const bool large = options.scale == DemoScale::Large;
    const int total = large ? 20000 : 96;
    // Most go to the agencies the public deals with; the large board spreads over every agency.
    const int agencyCount = large ? int(agencies.size()) : std::min(9, int(agencies.size()));
    const QDate from(thisYear - 1, 4, 1);
    const int span = int(from.daysTo(options.asOf));
    QRandomGenerator rng(options.seed ^ 0xC0'3F1Au);
    Repository<Complaint> complaints(db);
    Repository<ComplaintAction> links(db);
    QHash<QString, int> serials;
    for (int i = 0; i < total; ++i) {
        Complaint c;
        // Spread evenly over the days, so that each quarter has its share.
        c.received = from.addDays(qint64(i) * span / total + rng.bounded(3));
        if (c.received > options.asOf)
            c.received = options.asOf;
        c.agencyId = agencies[size_t(rng.bounded(agencyCount))].id;
        const int roll = rng.bounded(100);
        c.kind = roll < 70 ? ComplaintKind::Complaint : roll < 90 ? ComplaintKind::Compliment : ComplaintKind::Comment;
        const bool complaint = c.kind == ComplaintKind::Complaint;
        const QString prefix = complaint                             ? QStringLiteral("C")
                               : c.kind == ComplaintKind::Compliment ? QStringLiteral("P")
                                                                     : QStringLiteral("M");
        const QString series = QStringLiteral("%1-%2").arg(prefix).arg(c.received.year());
        c.reference = QStringLiteral("%1-%2").arg(series).arg(++serials[series], 5, 10, QLatin1Char('0'));
        c.theme = QString::fromUtf8(complaint ? kComplaintThemes[rng.bounded(int(std::size(kComplaintThemes)))]
                                              : kPraiseThemes[rng.bounded(int(std::size(kPraiseThemes)))]);
        const int stageRoll = rng.bounded(100);
        c.stage = !complaint       ? ComplaintStage::None
                  : stageRoll < 80 ? ComplaintStage::LocalResolution
                  : stageRoll < 95 ? ComplaintStage::Investigation
                                   : ComplaintStage::Ombudsman;
        // Most answered within the 20 working days, about one in five after them.
        const int taken = rng.bounded(100) < 80 ? 1 + rng.bounded(20) : 21 + rng.bounded(15);
        const QDate answered = days.deadline(c.received, taken);
        // A few complaints of the last months still wait for their answer past the target, as on
        // any real log: what the dashboard lists to chase.
        const qint64 age = c.received.daysTo(options.asOf);
        const bool waiting = complaint && age >= 35 && age < 95 && i % (large ? 40 : 4) == 0;
        if (answered <= options.asOf && !waiting)
            c.responded = answered;
        if (complaint && c.responded.isValid()) {
            const int outcome = rng.bounded(100);
            c.outcome = outcome < 30   ? ComplaintOutcome::Upheld
                        : outcome < 60 ? ComplaintOutcome::PartlyUpheld
                                       : ComplaintOutcome::NotUpheld;
        }
        const LearningSeed *learnt = nullptr;
        if (c.outcome == ComplaintOutcome::Upheld || c.outcome == ComplaintOutcome::PartlyUpheld) {
            // One in three of the small board's upheld complaints, fewer on the large one.
            if (rng.bounded(large ? 20 : 3) == 0) {
                learnt = &kLearning[rng.bounded(int(std::size(kLearning)))];
                c.theme = QString::fromUtf8(learnt->theme);
                c.learning = QString::fromUtf8(learnt->learning);
            }
        }
        if (!complaints.insert(c, why))
            return false;
        if (learnt) {
            ComplaintAction link;
            link.complaintId = c.id;
            link.actionId = actionOfTitle.value(QString::fromUtf8(learnt->action));
            if (link.actionId != 0 && !links.insert(link, why))
                return false;
        }
    }
    return true;
}

} // namespace assure
