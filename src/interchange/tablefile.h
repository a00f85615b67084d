// Reading and writing a table as a CSV or XLSX file, the format chosen by the file name.
#pragma once

#include "interchange/sourcetable.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace assure {

enum class TableFormat { Csv, Xlsx };

// By the suffix, ignoring case: .csv or .xlsx; nothing for any other.
std::optional<TableFormat> tableFormatFor(const QString &path);

// One sheet of a workbook; a CSV file holds only the first.
struct TableSheet final
{
    QString name;
    QStringList header;
    QList<QVariantList> rows;
};

// Reads a .csv (CsvReader) or the first visible sheet of an .xlsx (XlsxReader).
std::optional<SourceTable> readTableFile(const QString &path, QString *error = nullptr);

// Writes atomically: on failure an existing file is left as it was.
bool writeTableFile(const QString &path, const QList<TableSheet> &sheets, QString *error = nullptr);

} // namespace assure
