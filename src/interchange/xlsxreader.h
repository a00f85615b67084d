// Reads one worksheet of an Excel .xlsx workbook into a SourceTable, as the user sees its cells.
#pragma once

#include "interchange/sourcetable.h"
#include "interchange/tablelimits.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

// Cells come out as the text a user would type back in:
// - shared, inline and formula strings as written; booleans as TRUE / FALSE; error cells as
//   Excel shows them ("#N/A"); a formula's cached value, never the formula;
// - date-formatted numbers as ISO dates "yyyy-MM-dd" (with " hh:mm:ss" when the format shows a
//   time and there is one), in the 1900 or 1904 date system the workbook declares; time-only
//   formats as "hh:mm:ss";
// - percent-formatted numbers as the percentage with a % sign, at full precision ("87.5%"
//   even when the format rounds to "88%"), so that nothing is lost on import;
// - other numbers as Excel shows them in a General cell: rounded to 15 significant digits,
//   without an exponent for ordinary magnitudes ("1234", "87.5").
// Rows are numbered from the sheet; rows with nothing in them are left out; the first row
// with something in it is the header. Damaged files give a message, never a crash.
class XlsxReader final
{
public:
    // Excel's own limits (TableLimits: also 32,767 characters in a cell).
    static constexpr int kMaxColumns = TableLimits::kMaxColumns;
    static constexpr int kMaxRows = TableLimits::kMaxRows;
    // Guards against files built to exhaust memory: no real import comes near these. A part
    // that would unpack past TableLimits::kMaxBytes, or kMaxInflation times its packed size, is
    // refused before it is inflated.
    static constexpr qint64 kMaxCells = 16 * 1024 * 1024;
    static constexpr qint64 kMaxPartBytes = TableLimits::kMaxBytes;

    // The sheet to read, matched ignoring case; empty (the default) reads the first visible
    // worksheet in tab order.
    void setSheetName(const QString &name) { m_sheetName = name; }
    // Cells a sheet may take, counting the blanks before a cell that has a value.
    void setMaxCells(qint64 cells) { m_maxCells = cells; }

    std::optional<SourceTable> readFile(const QString &path);
    // fileName is used in messages and kept in the table.
    std::optional<SourceTable> read(const QByteArray &data, const QString &fileName = QString());

    // The sheet names of the last workbook opened, in tab order (known even when the named
    // sheet was not found).
    QStringList sheetNames() const { return m_sheetNames; }
    QString errorString() const { return m_error; }
    // The cell an error is about (1-based), or 0.
    int errorRow() const { return m_errorRow; }
    int errorColumn() const { return m_errorColumn; }

private:
    QString m_sheetName;
    qint64 m_maxCells = kMaxCells;
    QStringList m_sheetNames;
    QString m_error;
    int m_errorRow = 0;
    int m_errorColumn = 0;
};

} // namespace assure
