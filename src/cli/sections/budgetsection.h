// The `budget` key of assure-cli board's JSON: the year's totals, every amount in whole pence.
#pragma once

#include <QDate>
#include <QJsonValue>

namespace assure {

class Workspace;

// income_budget, income_actual, spend_budget, spend_actual (actuals: of the quarters reported),
// variance (of the net position, income − spend, to date: positive is better off than budgeted),
// forecast (the net position at the year's end) and lines_beyond_tolerance. asOf is not used:
// "to date" is the quarters reported (core/budget/budgetrules.h).
QJsonValue budgetSection(const Workspace &ws, int startYear, const QDate &asOf);

} // namespace assure
