// What reading a spreadsheet (CSV or XLSX) gives: header cells and rows numbered as a spreadsheet shows them.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace assure {

// One row as read. Cells past the end of a short row are blank, so ask with cell().
struct SourceRow final
{
    // The row number a spreadsheet program shows (the header is usually row 1).
    int number = 0;
    QStringList cells;

    // The cell in the 0-based column, or an empty string past the row's end.
    QString cell(int column) const;
};

// Whether cells hold nothing but spaces: the readers leave such rows out.
bool isBlankRow(const QStringList &cells);

} // namespace assure

// Rows only hold implicitly shared data, so a growing row list can move them with realloc.
Q_DECLARE_TYPEINFO(assure::SourceRow, Q_RELOCATABLE_TYPE);

namespace assure {

class SourceTable final
{
public:
    SourceTable() = default;
    SourceTable(QString fileName, SourceRow header, QList<SourceRow> rows);

    const QString &fileName() const { return m_fileName; }
    const QStringList &header() const { return m_header.cells; }
    int headerRowNumber() const { return m_header.number; }
    // Rows below the header; rows with nothing in them are left out but keep their numbers.
    const QList<SourceRow> &rows() const { return m_rows; }
    int columnCount() const { return static_cast<int>(m_header.cells.size()); }

    // The 0-based column whose header matches name, ignoring case, surrounding spaces and
    // runs of inner spaces; -1 when there is none. The first match wins.
    int column(QStringView name) const;
    // The first column matching any of the names, tried in order (a name and its aliases).
    int column(const QStringList &names) const;
    // Header names given to more than one column, as written in the first of them.
    QStringList duplicateHeaders() const;
    // How a column is named in messages: its header, or its letter when the header is blank.
    QString columnName(int column) const;

    // The form headers are compared in.
    static QString normalisedHeader(QStringView name);
    // The spreadsheet letters of a 0-based column: 0 -> "A", 26 -> "AA".
    static QString columnLetters(int column);

private:
    QString m_fileName;
    SourceRow m_header;
    QList<SourceRow> m_rows;
    // Normalised header names, so that lookups do not re-normalise them.
    QStringList m_keys;
};

} // namespace assure
