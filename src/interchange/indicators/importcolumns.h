// Finding an importer's columns in a file by their header names, and reading its text cells.
#pragma once

#include "interchange/sourcetable.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

// A column an importer reads: the name exports write it under, then the other headers it is
// also read from, most likely first. No header may name two columns of one importer.
struct ImportColumn final
{
    QString name;
    QStringList aliases;
    bool required = false;
};

// Where each wanted column is in a table, or why the table cannot be used.
struct ColumnLayout final
{
    // One per wanted column, in the same order: the 0-based column, or -1 when absent.
    QList<int> columns;
    // Set when a required column is missing or a read column is named twice.
    QString error;
    // Columns that name a wanted column a second time under another alias, and are not read.
    QStringList warnings;

    bool isUsable() const { return error.isEmpty(); }
};

// Matches headers ignoring case and runs of spaces (SourceTable::normalisedHeader).
ColumnLayout locateColumns(const SourceTable &table, const QList<ImportColumn> &wanted);

// A text cell as it is stored: trimmed, and without the apostrophe that CsvWriter's formula
// guard puts before text starting with = + - @, so that exported commentary comes back as it was.
QString importedText(const QString &cell);

// Numbers read back from a spreadsheet may differ from the stored double in the last bits
// (XLSX keeps 15 significant digits), which is not a different value to anyone.
bool sameNumber(double a, double b);
bool sameNumber(const std::optional<double> &a, const std::optional<double> &b);

// A sentence from a problems() list as a row's reason: "The x needs y." -> "the x needs y".
QString asReason(const QString &sentence);

// Reasons for one row, in the order found.
QString joinReasons(const QStringList &reasons);

} // namespace assure
