// The `budget` key of assure-cli board's JSON.
#include "cli/sections/budgetsection.h"

#include "workspace/budget/budgetedits.h"
#include "workspace/workspace.h"

#include <QJsonObject>

namespace assure {

QJsonValue budgetSection(const Workspace &ws, int startYear, const QDate &)
{
    const BudgetTotals t = budgetTotalsOf(ws, startYear);
    // JSON numbers are doubles: pence are exact in one up to 2^53, far beyond kMaxPence.
    return QJsonObject{{QStringLiteral("income_budget"), t.income.budget},
                       {QStringLiteral("income_actual"), t.income.actualToDate},
                       {QStringLiteral("spend_budget"), t.spend.budget},
                       {QStringLiteral("spend_actual"), t.spend.actualToDate},
                       {QStringLiteral("variance"), t.netVariance},
                       {QStringLiteral("forecast"), t.netForecast},
                       {QStringLiteral("lines_beyond_tolerance"), t.linesBeyondTolerance},
                       {QStringLiteral("tolerance_percent"), ws.items<BudgetSettings>().value().tolerancePercent}};
}

} // namespace assure
