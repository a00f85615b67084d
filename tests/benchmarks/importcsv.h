// The import benchmark's input: a measurements CSV that a board accepts row for row, as a spreadsheet would hold it.
#pragma once

#include "plainsql.h"

#include <QString>

namespace assure {

// Writes rows measurements for periods the board does not hold yet: for each indicator, in
// turn, the months before its earliest stored one, oldest first (a board backfilling history),
// until rows rows are written. Columns Indicator code, Period, Value, Commentary. Values follow
// the indicator's stored history (same mean and spread), written as spreadsheets show them:
// "87.5%" for percentages, "1,234" for counts and money. Periods are mostly labels ("Sep 2016"),
// every tenth a month-end date ("30/09/2016"). About one row in four has commentary, some with
// commas, quotes or a line break, so quoted fields are common. UTF-8 with a byte order mark and
// CRLF, as CsvWriter (and Excel) write. The same board and seed give the same file.
// The board must be monthly throughout (the large demo is); false (and why) otherwise.
bool writeImportCsv(const PlainBoard &board, const QString &path, int rows, quint32 seed, QString *error);

} // namespace assure
