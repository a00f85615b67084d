// assure-cli import --risks: the risk register read from a CSV or XLSX file (cli/tableimports).
#pragma once

namespace assure {

struct TableImportRun;

// Checks every row, writes when asked and prints the summary line; returns the exit code.
int importRisks(const TableImportRun &run);

} // namespace assure
