// assure-cli import --feedback: the feedback log read from a CSV or XLSX file (cli/tableimports).
#pragma once

namespace assure {

struct TableImportRun;

// Checks every row, writes when asked and prints the summary line; returns the exit code.
int importFeedback(const TableImportRun &run);

} // namespace assure
