// assure-cli import FILE --attendance ATT.csv|.xlsx: a table import of cli/tableimports.
#pragma once

namespace assure {

struct TableImportRun;

// The exit code.
int importAttendance(const TableImportRun &run);

} // namespace assure
