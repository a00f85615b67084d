// assure-cli import --complaints: complaints, compliments and comments read from a CSV or XLSX
// file (cli/tableimports).
#pragma once

namespace assure {

struct TableImportRun;

// Checks every row, writes when asked and prints the summary line; returns the exit code.
int importComplaints(const TableImportRun &run);

} // namespace assure
