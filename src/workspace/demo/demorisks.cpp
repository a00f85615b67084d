// The demo board's risk register, and the sub-groups that lead its priorities.
#include "workspace/demo/demorisks.h"

#include "storage/actions/actionmappings.h"
#include "storage/board/boardmappings.h"
#include "storage/indicators/indicatormappings.h"
#include "storage/repository.h"
#include "storage/risks/riskmappings.h"

#include <QHash>
#include <QRegularExpression>

#include <initializer_list>

namespace assure {

namespace {

struct RiskSeed
{
    const char *title;
    const char *cause;
    const char *consequence;
    int likelihood;
    int impact;
    int target;       // 0: none
    int reviewInDays; // from the demo's date: below 0 is past its review; 0: no review date
    std::initializer_list<const char *> indicators; // by code
    std::initializer_list<const char *> actions;    // by title
};

const RiskSeed kRisks[] = {
    {"Threshold decisions differ between agencies at the front door",
     "Staff turnover in the MASH; the threshold document is not used in every agency's training.",
     "Children are referred on or stepped down wrongly, and come back with greater harm.",
     4,
     4,
     8,
     -20,
     {"CSC-01", "FD-01"},
     {"Multi-agency threshold training for front door staff"}},
    {"Strategy discussions go ahead without health",
     "Health staff cannot join at short notice.",
     "Decisions on Section 47 enquiries are made without the child's health history.",
     3,
     4,
     6,
     45,
     {"CP-01"},
     {"Strategy discussions include health in every case"}},
    {"Children missing from home are not interviewed on return",
     "The return home interview service is commissioned for office hours only.",
     "Exploitation goes unseen until a child is harmed.",
     4,
     5,
     10,
     -5,
     {"MIS-01"},
     {"Return home interviews within 72 hours", "Child sexual exploitation screening tool"}},
    {"Children in care move placement too often",
     "Too few local foster carers for teenagers.",
     "Children lose school places and trusted adults; more go missing.",
     3,
     4,
     8,
     60,
     {"LAC-01", "LAC-02"},
     {}},
    {"Health assessments for children entering care are late",
     "Referrals to the looked-after children's health team arrive days after the child enters care.",
     "Health needs are missed in the first months in care.",
     4,
     3,
     6,
     30,
     {"HLTH-01", "LAC-03"},
     {"Health assessments for children entering care"}},
    {"Partners withdraw staff from multi-agency case audits",
     "Pressure on front-line capacity in every agency.",
     "The audit programme slips and the board loses its evidence of practice.",
     2,
     3,
     4,
     120,
     {"S11-01"},
     {"Section 11 action plans followed up"}},
    {"Learning from reviews does not reach the front line",
     "Briefings go to managers and stop there; training places go unfilled.",
     "The same failings recur in the next review.",
     3,
     3,
     4,
     -60,
     {"TR-01"},
     {"Learning from reviews reaches the front line", "Professional curiosity workshop"}},
    {"Adult safeguarding concerns wait too long for a decision",
     "Rising numbers of concerns from care homes.",
     "Adults stay at risk while the concern waits.",
     2,
     4,
     4,
     90,
     {"ASC-08", "ASC-02"},
     {"Making safeguarding personal in every enquiry"}},
    {"Reliance on agency social workers",
     "Recruitment and retention across the region.",
     "Children see a new social worker each few months; plans drift.",
     4,
     3,
     9,
     30,
     {"WF-01"},
     {}},
    {"Partner contributions to the budget fall short",
     "Partners' own budgets are cut mid-year.",
     "Training and reviews are cut back.",
     2,
     2,
     0,
     150,
     {"BUD-01"},
     {}},
    {"Schools hear of domestic abuse incidents late",
     "Police notifications go by email after the school day has started.",
     "Children are not supported in school the morning after an incident.",
     2,
     3,
     3,
     0,
     {"DA-02"},
     {"Domestic abuse champions in every school"}},
    {"The board file is lost or damaged",
     "The file is kept on one laptop.",
     "The board cannot show its evidence to inspectors.",
     1,
     4,
     0,
     200,
     {},
     {}},
};

// Which sub-group leads each of the demo's five priorities, in their order.
const char *const kPriorityLeads[] = {"Performance and Data", "Quality Assurance", "Performance and Data",
                                      "Policy and Procedures", "Learning and Development"};

// The district copies' suffix, as the agencies name them on the large board.
QString copyTitle(const char *title, int copy)
{
    const QString t = QString::fromUtf8(title);
    return copy == 0 ? t : QStringLiteral("%1 (district %2)").arg(t).arg(copy + 1);
}

} // namespace

bool writeDemoRisks(const QSqlDatabase &db, const DemoOptions &options, QString *why)
{
    std::vector<Person> people = Repository<Person>(db).loadAll();
    if (people.empty())
        return true;
    QHash<QString, qint64> subGroupIds;
    for (const SubGroup &g : Repository<SubGroup>(db).loadAll())
        subGroupIds.insert(g.name, g.id);
    Repository<Priority> priorities(db);
    int number = 0;
    for (Priority p : priorities.loadAll()) {
        if (number >= int(std::size(kPriorityLeads)))
            break;
        p.leadSubgroupId = subGroupIds.value(QString::fromUtf8(kPriorityLeads[number++]));
        if (!priorities.update(p, why))
            return false;
    }

    // The large board's indicators are copies of the small one's, coded "CSC-01-L07": each district's
    // risks link to their own copy.
    QHash<QString, std::vector<qint64>> indicatorsOfCode;
    static const QRegularExpression copySuffix(QStringLiteral("-L\\d+$"));
    for (const Indicator &i : Repository<Indicator>(db).loadAll())
        indicatorsOfCode[QString(i.code).remove(copySuffix)].push_back(i.id);
    QHash<QString, std::vector<qint64>> actionsOfTitle; // the large board has a copy of each per 25
    for (const Action &a : Repository<Action>(db).loadAll())
        actionsOfTitle[a.title].push_back(a.id);

    Repository<Risk> risks(db);
    Repository<RiskIndicator> riskIndicators(db);
    Repository<RiskAction> riskActions(db);
    const int copies = options.scale == DemoScale::Large ? 20 : 1;
    int n = 0;
    for (int copy = 0; copy < copies; ++copy) {
        for (const RiskSeed &seed : kRisks) {
            Risk r;
            r.title = copyTitle(seed.title, copy);
            r.cause = QString::fromUtf8(seed.cause);
            r.consequence = QString::fromUtf8(seed.consequence);
            r.likelihood = seed.likelihood;
            r.impact = seed.impact;
            r.targetScore = seed.target;
            r.reviewDate = seed.reviewInDays != 0 ? options.asOf.addDays(seed.reviewInDays) : QDate();
            // Spread across the people, far enough apart that one person does not own them all.
            r.ownerPersonId = people[size_t(n * 7) % people.size()].id;
            ++n;
            if (!risks.insert(r, why))
                return false;
            for (const char *code : seed.indicators) {
                const std::vector<qint64> &ids = indicatorsOfCode[QString::fromLatin1(code)];
                if (ids.empty())
                    continue;
                RiskIndicator link{0, r.id, ids[size_t(copy) % ids.size()]};
                if (!riskIndicators.insert(link, why))
                    return false;
            }
            for (const char *title : seed.actions) {
                const std::vector<qint64> &ids = actionsOfTitle[QString::fromUtf8(title)];
                if (ids.empty())
                    continue;
                RiskAction link{0, r.id, ids[size_t(copy) % ids.size()]};
                if (!riskActions.insert(link, why))
                    return false;
            }
        }
    }
    return true;
}

} // namespace assure
