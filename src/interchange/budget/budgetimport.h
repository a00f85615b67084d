// Plans an import of a year's budget lines from a spreadsheet (issue 18, parts 4 and 7).
#pragma once

#include "core/budget/budgetline.h"
#include "interchange/indicators/importcolumns.h"
#include "interchange/indicators/importstatus.h"
#include "interchange/sourcetable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

// The columns, each under the name exports write, then the other names it is read from:
// kind, line, agency, budget, q1, q2, q3, q4.
QList<ImportColumn> budgetImportColumns();

// What the board holds that rows are matched against.
struct BudgetImportContext final
{
    int year = 0;                     // the financial year the lines are for
    QList<BudgetLine> lines;          // the lines of that year
    QHash<QString, qint64> agencyIds; // by name, lower case
};

struct BudgetImportRow final
{
    int rowNumber = 0;
    ImportStatus status = ImportStatus::Rejected;
    QString kind; // as written
    QString name; // as written
    // What to store: the stored line with the row's columns over it (id 0 when new).
    std::optional<BudgetLine> line;
    QString reason; // why a row is rejected
};

// Nothing in a plan has been written. The caller writes every New and Update row in one
// transaction (or none if it was asked for all or nothing and counts.rejected is not 0).
struct BudgetImportPlan final
{
    QString error;        // the file cannot be imported at all (no budget column...)
    QStringList warnings; // columns not read
    QList<BudgetImportRow> rows;
    ImportCounts counts;

    bool isUsable() const { return error.isEmpty(); }
    // "row R: reason" for each rejected row, in row order.
    QStringList rejectedLines() const;
};

// Rules: columns by header, in any order, ignoring case; kind, line and budget are required. A
// row whose kind and line name (ignoring case) are a line of the year updates it; any other adds
// one; a kind and line given twice are rejected the second time. kind is income or spend; an
// income line names its partner agency, a spending line may; agencies by name (an unknown one
// rejects the row). Amounts as Money::parse reads them ("£1,234.56", "(250.00)"); the budget is
// not below zero; a blank quarter has not been reported (which is not zero), and a quarter
// column left out keeps what is stored.
BudgetImportPlan planBudgetImport(const SourceTable &table, const BudgetImportContext &context);

} // namespace assure
