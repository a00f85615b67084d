// What the board pack's budget section says, gathered from a workspace: a financial year's totals
// and the lines beyond the board's tolerance.
#pragma once

#include "core/budget/budgetrules.h"

#include <QList>
#include <QString>

namespace assure {

class Workspace;

struct BudgetExceptionLine
{
    BudgetKind kind = BudgetKind::Spend;
    QString name;
    QString agency; // empty: none
    BudgetFigures figures;
};

struct BudgetYearData
{
    QString yearLabel; // "2026/27"
    int lines = 0;
    int tolerancePercent = 5;
    BudgetTotals totals;
    QList<BudgetExceptionLine> beyondTolerance; // largest variance (either way) first

    bool isEmpty() const { return lines == 0; }
};

// The budget of the financial year starting in startYear.
BudgetYearData gatherBudget(const Workspace &ws, int startYear);

} // namespace assure
