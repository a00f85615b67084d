// assure-cli import FILE --escalations ESC.csv|.xlsx: a table import of cli/tableimports.
#pragma once

namespace assure {

struct TableImportRun;

// Checks every row, writes when asked and prints the summary line; returns the exit code.
int importEscalations(const TableImportRun &run);

} // namespace assure
