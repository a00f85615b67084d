// The budget's side of the workspace: a year's lines in the order tables show them, the board's
// settings, and an import of lines written as one undo step (its door to interchange).
#pragma once

#include "core/budget/budgetrules.h"
#include "interchange/budget/budgetimport.h"
#include "workspace/budget/budgetkinds.h"

#include <QCoreApplication>

namespace assure {

class Workspace;

// The lines of a financial year: income first, then spend, each by name.
QList<BudgetLine> budgetLinesOf(const Workspace &ws, int year);

// The year's totals under the board's tolerance.
BudgetTotals budgetTotalsOf(const Workspace &ws, int year);

// The financial years that have lines, earliest first.
QList<int> budgetYears(const Workspace &ws);

BudgetImportContext budgetImportContext(const Workspace &ws, int year);

// Reads a CSV or XLSX file and plans its import into the year; the plan's error says why a file
// cannot be read.
BudgetImportPlan planBudgetFile(const Workspace &ws, const QString &path, int year);

class BudgetEdits final
{
    Q_DECLARE_TR_FUNCTIONS(assure::BudgetEdits)

public:
    explicit BudgetEdits(Workspace &workspace) : m_ws(workspace) {}

    // Writes the New and Update rows of an import as one undo step. The number of rows written,
    // or -1 and why.
    int applyImport(const BudgetImportPlan &plan, const QString &source, QString *error = nullptr);

private:
    Workspace &m_ws;
};

} // namespace assure
