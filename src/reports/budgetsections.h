// The board pack's budget section: the year's totals and the lines beyond the board's tolerance.
#pragma once

#include "reports/budgetdata.h"
#include "reports/reportdocument.h"

namespace assure {

// Level 2 "Budget": income, spend and the net position (budget, actual to date, variance,
// forecast), how to read them, then the lines beyond tolerance, largest variance first.
void addBudget(ReportDocument &doc, const BudgetYearData &data, const QString &summary = QString());

} // namespace assure
