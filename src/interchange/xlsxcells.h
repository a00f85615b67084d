// How the cells of an .xlsx sheet read as text: number formats, serial dates, escaped strings, cell references.
#pragma once

#include <QString>
#include <QStringView>

class QXmlStreamReader;

// Used by the XLSX reader only; see XlsxReader for what a user sees of a cell.
namespace assure::xlsx {

// How a cell's number format makes its number look.
enum class ValueFormat { Plain, Date, DateTime, Time, Percent };

// The built-in formats (ECMA-376 part 1, 18.8.30) that are not plain numbers.
ValueFormat builtinFormat(int id);

// Reads a custom format code for date, time and percent tokens, skipping quoted text,
// bracketed colours and locales, and escaped characters, which never format the number.
ValueFormat classifyFormatCode(QStringView code);

// A number cell's value as the user sees it in its format, in the 1900 or 1904 date system.
QString numberText(double value, ValueFormat format, bool date1904);

// Strings in SpreadsheetML escape characters that XML cannot hold as "_xHHHH_" (and a literal
// "_x" as "_x005F_x").
QString unescapeOoxml(QString text);

// The text of a shared or inline string at its start element: plain <t>, or rich text runs
// <r><t>, without phonetic guides (<rPh>), which are not part of the cell's text.
QString readRichText(QXmlStreamReader &xml);

// "BC12" -> 54 (0-based); -1 when the reference is not a cell inside Excel's limits.
int columnFromReference(QStringView ref);

} // namespace assure::xlsx
