// The budget's arithmetic, all in whole pence: actual and budget to date, variance, forecast and
// tolerance, per line and for the year's totals. Pure functions of their arguments.
//
// "To date" is the quarters reported: the quarters of a line that have an actual, whichever they
// are, not the quarters the calendar has passed (a quarter the calendar has passed but nobody has
// reported is not a quarter of nothing spent). For a line with n quarters reported:
// - actual to date: the sum of its reported actuals;
// - budget to date: its year's budget × n / 4, to the nearest penny (halves away from zero);
// - variance: actual to date − budget to date (income above budget and spending above budget are
//   both positive); none while no quarter is reported;
// - forecast for the year: actual to date + the budget of the quarters not reported yet
//   (budget − budget to date): the quarters to come are assumed to go as budgeted, so a line's
//   forecast differs from its budget by exactly its variance to date;
// - beyond tolerance: |variance| > tolerance% × |budget to date| (exactly at the tolerance is
//   within it); a line with a variance and no budget to date is beyond any tolerance.
#pragma once

#include "core/budget/budgetline.h"

#include <QList>

#include <optional>

namespace assure {

struct BudgetFigures
{
    int quartersReported = 0;       // in totals: the most any one line has reported
    qint64 budget = 0;              // the year's
    qint64 actualToDate = 0;        // of the quarters reported
    qint64 budgetToDate = 0;        // the budget's share of the quarters reported
    std::optional<qint64> variance; // actual to date − budget to date; none with no quarter reported
    qint64 forecast = 0;            // actual to date + the budget of the quarters not reported
};

// The budget's share of n quarters of the year, to the nearest penny.
qint64 budgetShare(qint64 budget, int quarters);

BudgetFigures budgetFigures(const BudgetLine &line);

// Whether a variance is beyond the tolerance against its budget to date (see above).
bool beyondTolerance(const BudgetFigures &figures, const BudgetSettings &settings);

// A year's totals: the income lines' and the spending lines' figures summed (a line's figures
// count whatever quarters it has reported), and the net position, income − spend.
struct BudgetTotals
{
    BudgetFigures income;
    BudgetFigures spend;
    // Net (income − spend): the variance of the net position to date, positive when the board is
    // better off than budgeted (more income or less spent), and its forecast at the year's end.
    qint64 netBudget = 0;
    qint64 netVariance = 0;
    qint64 netForecast = 0;
    int linesBeyondTolerance = 0;
};

// The totals of the lines of one year (lines of other years are ignored).
BudgetTotals budgetTotals(const QList<BudgetLine> &lines, int year, const BudgetSettings &settings);

} // namespace assure
