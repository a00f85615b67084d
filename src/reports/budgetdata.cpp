// The board pack's budget section, gathered from a workspace.
#include "reports/budgetdata.h"

#include "core/period.h"
#include "workspace/budget/budgetedits.h"
#include "workspace/workspace.h"

#include <algorithm>

namespace assure {

BudgetYearData gatherBudget(const Workspace &ws, int startYear)
{
    BudgetYearData data;
    data.yearLabel = Period::yearLabel(startYear, ws.board().fyStartMonth);
    const BudgetSettings settings = ws.items<BudgetSettings>().value();
    data.tolerancePercent = settings.tolerancePercent;
    const QList<BudgetLine> lines = budgetLinesOf(ws, startYear);
    data.lines = int(lines.size());
    data.totals = budgetTotals(lines, startYear, settings);
    for (const BudgetLine &l : lines) {
        const BudgetFigures f = budgetFigures(l);
        if (!beyondTolerance(f, settings))
            continue;
        const Agency *agency = ws.items<Agency>().find(l.agencyId);
        data.beyondTolerance.append({l.kind, l.name, agency ? agency->name : QString(), f});
    }
    const auto size = [](const BudgetExceptionLine &e) {
        const qint64 v = e.figures.variance.value_or(0);
        return v < 0 ? -v : v;
    };
    std::stable_sort(data.beyondTolerance.begin(), data.beyondTolerance.end(),
                     [&](const BudgetExceptionLine &a, const BudgetExceptionLine &b) { return size(a) > size(b); });
    return data;
}

} // namespace assure
