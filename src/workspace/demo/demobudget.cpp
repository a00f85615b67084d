// The demo board's budget: a year's contributions and spending, some lines beyond tolerance on purpose.
#include "workspace/demo/demobudget.h"

#include "storage/board/boardmappings.h"
#include "storage/budget/budgetmappings.h"
#include "storage/repository.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace assure {

namespace {

// The statutory partners' shares, as a proportion of a children's partnership's usual funding
// (the council about half, police and health about a quarter each), in whole pounds. Not every
// partner pays in: Fenholt's housing service and the county's education service do not, so that
// some agencies hold no budget lines (an agency named by a line cannot be deleted, and the tests
// of deleting an agency take one of these two).
struct Contribution
{
    const char *agency;
    qint64 pounds;
};

const std::array<Contribution, 8> kContributions = {{
    {"Westmere County Council Children's Services", 182000},
    {"Westmere and Fenholt Police", 64000},
    {"Westmere Integrated Care Board", 71000},
    {"Fenholt Hospitals NHS Foundation Trust", 14000},
    {"Probation Service, Westmere Delivery Unit", 4500},
    {"Westmere Community Health NHS Trust", 6000},
    {"Westmere Youth Justice Service", 3000},
    {"Westmere Fire and Rescue Service", 2500},
}};

struct Spending
{
    const char *line;
    qint64 pounds;
};

const std::array<Spending, 9> kSpending = {{
    {"Business unit staffing", 196000},
    {"Independent scrutineer", 38000},
    {"Multi-agency training programme", 42000},
    {"Child safeguarding practice reviews", 45000},
    {"Multi-agency case audits", 6000},
    {"Website and communications", 7500},
    {"Annual conference", 5000},
    {"Office, IT and subscriptions", 4200},
    {"Contingency", 3300},
}};

int yearContaining(const QDate &day, int fyStartMonth)
{
    return day.month() >= fyStartMonth ? day.year() : day.year() - 1;
}

// The quarter's actual: its share of the budget off by a few percent, and by more now and then
// so that the tolerance has lines to show (a review commissioned late, a partner paying late).
qint64 actualOf(qint64 budget, QRandomGenerator &rng, bool offTrack)
{
    const qint64 quarter = budget / 4;
    const int percent = offTrack ? (rng.bounded(2) ? 15 + int(rng.bounded(20)) : -(15 + int(rng.bounded(20))))
                                 : int(rng.bounded(9)) - 4;              // -4% to +4%
    return quarter + quarter * percent / 100 + qint64(rng.bounded(100)); // and some pence
}

} // namespace

bool writeDemoBudget(const QSqlDatabase &db, const DemoOptions &options, QString *why)
{
    QRandomGenerator rng(options.seed ^ 0x62756467u); // "budg"
    const bool large = options.scale == DemoScale::Large;
    const int fyStart = 4;
    const int thisYear = yearContaining(options.asOf, fyStart);

    std::vector<Agency> agencies = Repository<Agency>(db).loadAll(why);
    QHash<QString, qint64> agencyIds;
    for (const Agency &a : agencies)
        agencyIds.insert(a.name, a.id);

    Repository<BudgetLine> lines(db);
    for (const int year : {thisYear - 1, thisYear}) {
        // A quarter is reported once it has ended before the demo's day.
        int reported = 0;
        for (int q = 0; q < 4; ++q)
            if (QDate(year, fyStart, 1).addMonths(3 * (q + 1)) <= options.asOf)
                reported = q + 1;
        const auto fill = [&](BudgetLine &l, bool offTrack) {
            for (int q = 0; q < reported; ++q)
                l.quarters[size_t(q)] = actualOf(l.budget, rng, offTrack && q == reported - 1);
            return lines.insert(l, why);
        };
        std::vector<std::pair<qint64, qint64>> contributions; // agency, pence
        if (large) {
            // Every agency but (in each district's copy) the two that pay nothing on the small board.
            for (const Agency &a : agencies)
                if (!a.name.startsWith(QLatin1String("Fenholt Borough Council Housing")) &&
                    !a.name.startsWith(QLatin1String("Westmere County Council Education and Inclusion")))
                    contributions.emplace_back(a.id, (1000 + qint64(rng.bounded(40)) * 500) * 100);
        } else {
            for (const Contribution &c : kContributions)
                contributions.emplace_back(agencyIds.value(QString::fromUtf8(c.agency)), c.pounds * 100);
        }
        int n = 0;
        for (const auto &[agencyId, pence] : contributions) {
            if (agencyId == 0)
                continue;
            BudgetLine l;
            l.year = year;
            l.kind = BudgetKind::Income;
            l.agencyId = agencyId;
            const auto it =
                std::find_if(agencies.begin(), agencies.end(), [id = agencyId](const Agency &a) { return a.id == id; });
            l.name = it->name; // a partner's contribution goes by the partner's name
            l.budget = pence;
            // A partner's contribution comes in as agreed, a quarter at a time; one pays late.
            if (!fill(l, ++n % 7 == 3))
                return false;
        }
        const int spendCopies = large ? 7 : 1; // 63 lines on the large board
        for (int copy = 0; copy < spendCopies; ++copy) {
            for (size_t i = 0; i < kSpending.size(); ++i) {
                BudgetLine l;
                l.year = year;
                l.kind = BudgetKind::Spend;
                l.name = QString::fromUtf8(kSpending[i].line);
                if (copy > 0)
                    l.name += QStringLiteral(" (workstream %1)").arg(copy + 1);
                l.budget = kSpending[i].pounds * 100;
                // Reviews and training run off their profile: a review commissioned, a course cancelled.
                if (!fill(l, i == 2 || i == 3))
                    return false;
            }
        }
    }
    return true;
}

} // namespace assure
