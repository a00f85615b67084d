// What the readers accept from a spreadsheet: what real spreadsheet programs write, and no more.
#pragma once

#include <QtGlobal>

namespace assure::TableLimits {

// Excel's own limits: no spreadsheet a person made goes past them.
constexpr int kMaxCellCharacters = 32767;
constexpr int kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;
// A file (CSV) or a workbook part (XLSX) is refused beyond this before it is read or inflated,
// and an XLSX part that inflates to more than kMaxInflation times its compressed size: real
// sheets compress ten or twenty times, a zip bomb thousands of times.
constexpr qint64 kMaxBytes = 200 * 1024 * 1024;
constexpr qint64 kMaxInflation = 100;
// Below this a part's inflation is not asked about: small parts of repeated rows compress far.
constexpr qint64 kInflationCheckedFrom = 1024 * 1024;

} // namespace assure::TableLimits
