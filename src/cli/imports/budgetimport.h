// assure-cli import FILE --budget LINES.csv|.xlsx --year LABEL: a year's budget lines.
#pragma once

namespace assure {

struct TableImportRun;

// Plans the file's lines into run.year, writes them unless it is a dry run, and prints the summary.
int importBudget(const TableImportRun &run);

} // namespace assure
