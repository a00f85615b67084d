// Reads CSV files (RFC 4180 and what spreadsheet programs really write) into a SourceTable.
#pragma once

#include "interchange/sourcetable.h"

#include <QByteArray>
#include <QChar>
#include <QString>

#include <optional>

namespace assure {

// Rules, chosen to match what a user sees when the same file is opened in a spreadsheet:
// - Encoding: a UTF-8 or UTF-16 byte order mark is trusted; without one the bytes are read as
//   UTF-8 if they are valid UTF-8, and as Windows-1252 otherwise (what Excel on Windows writes
//   for "CSV" without "UTF-8"; it is a superset of Latin-1 for printable characters).
// - Line ends: CRLF, LF and CR. A line break inside a quoted field stays in the cell as LF.
// - Rows: numbered as a spreadsheet numbers them, counting records rather than lines (a quoted
//   line break does not start a new row) and counting blank lines, which become empty rows.
//   Rows with nothing but spaces and delimiters are left out of the result. The first row with
//   something in it is the header.
// - Delimiter: comma, semicolon or tab, whichever occurs most in the header row outside quotes
//   (comma on a tie or when there is none), unless set. Excel's "sep=;" first line is honoured
//   and, as in Excel, is not counted as a row.
// - Quotes: RFC 4180; text after a closing quote is kept, and a quote inside an unquoted field
//   is an ordinary character, as Excel does. A quote that is never closed is an error.
// - Limits (TableLimits): at most 32,767 characters in a cell, 1,048,576 rows and 16,384
//   columns, as Excel; a file over 200 MB is refused before it is read.
// - A NUL character in a cell is an error: no spreadsheet writes one into a text file, and one
//   let into the board would cut its text short for SQLite.
class CsvReader final
{
public:
    enum class Encoding { Utf8, Utf16, Windows1252 };

    // Forces the delimiter, an ASCII character other than a quote or line end; a null QChar
    // (the default) detects it.
    void setDelimiter(QChar delimiter) { m_forcedDelimiter = delimiter; }

    std::optional<SourceTable> readFile(const QString &path);
    // fileName is used in messages and kept in the table.
    std::optional<SourceTable> read(const QByteArray &data, const QString &fileName = QString());

    // Why the last read failed; row and column (1-based) are 0 when the error is not about one.
    QString errorString() const { return m_error; }
    int errorRow() const { return m_errorRow; }
    int errorColumn() const { return m_errorColumn; }
    // What the last successful read found.
    QChar delimiter() const { return m_delimiter; }
    Encoding encoding() const { return m_encoding; }

    // Bytes to text by the rules above.
    static QString decode(const QByteArray &data, Encoding *encoding = nullptr);

private:
    void setError(const QString &message, int row = 0, int column = 0);
    // False, with the error set, when a record passes what a spreadsheet can hold.
    bool withinLimits(const QStringList &fields, int recordNumber);

    QChar m_forcedDelimiter;
    QChar m_delimiter = QLatin1Char(',');
    Encoding m_encoding = Encoding::Utf8;
    QString m_error;
    int m_errorRow = 0;
    int m_errorColumn = 0;
};

} // namespace assure
