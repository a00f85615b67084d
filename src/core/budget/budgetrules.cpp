// The budget's arithmetic in whole pence.
#include "core/budget/budgetrules.h"

namespace assure {

qint64 budgetShare(qint64 budget, int quarters)
{
    // budget × n / 4 rounded half away from zero, in integers: (budget × n + 2) / 4 for a
    // budget of zero or more, mirrored below zero.
    const qint64 scaled = budget * quarters;
    const qint64 magnitude = scaled < 0 ? -scaled : scaled;
    const qint64 rounded = (magnitude + 2) / 4;
    return scaled < 0 ? -rounded : rounded;
}

BudgetFigures budgetFigures(const BudgetLine &line)
{
    BudgetFigures f;
    f.budget = line.budget;
    for (const auto &actual : line.quarters) {
        if (!actual)
            continue;
        ++f.quartersReported;
        f.actualToDate += *actual;
    }
    f.budgetToDate = budgetShare(line.budget, f.quartersReported);
    if (f.quartersReported > 0)
        f.variance = f.actualToDate - f.budgetToDate;
    f.forecast = f.actualToDate + (line.budget - f.budgetToDate);
    return f;
}

bool beyondTolerance(const BudgetFigures &figures, const BudgetSettings &settings)
{
    if (!figures.variance)
        return false;
    const qint64 variance = *figures.variance < 0 ? -*figures.variance : *figures.variance;
    const qint64 base = figures.budgetToDate < 0 ? -figures.budgetToDate : figures.budgetToDate;
    // |variance| / |budget to date| > tolerance / 100, multiplied out so that no division rounds.
    return variance * 100 > qint64(settings.tolerancePercent) * base;
}

namespace {

void addTo(BudgetFigures &sum, const BudgetFigures &f)
{
    sum.budget += f.budget;
    sum.actualToDate += f.actualToDate;
    sum.budgetToDate += f.budgetToDate;
    if (f.variance)
        sum.variance = sum.variance.value_or(0) + *f.variance;
    sum.forecast += f.forecast;
    sum.quartersReported = qMax(sum.quartersReported, f.quartersReported);
}

} // namespace

BudgetTotals budgetTotals(const QList<BudgetLine> &lines, int year, const BudgetSettings &settings)
{
    BudgetTotals t;
    for (const BudgetLine &line : lines) {
        if (line.year != year)
            continue;
        const BudgetFigures f = budgetFigures(line);
        addTo(line.kind == BudgetKind::Income ? t.income : t.spend, f);
        if (beyondTolerance(f, settings))
            ++t.linesBeyondTolerance;
    }
    t.netBudget = t.income.budget - t.spend.budget;
    t.netVariance = t.income.variance.value_or(0) - t.spend.variance.value_or(0);
    t.netForecast = t.income.forecast - t.spend.forecast;
    return t;
}

} // namespace assure
