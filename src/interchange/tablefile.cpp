// Reading and writing a table as a CSV or XLSX file, the format chosen by the file name.
#include "interchange/tablefile.h"

#include "interchange/csvreader.h"
#include "interchange/csvwriter.h"
#include "interchange/xlsxfilewriter.h"
#include "interchange/xlsxreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::TableFile)
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString wrongSuffix(const QString &path)
{
    return Tr::tr("“%1” is neither a .csv nor an .xlsx file").arg(QDir::toNativeSeparators(path));
}

} // namespace

std::optional<TableFormat> tableFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return TableFormat::Csv;
    if (suffix == QLatin1String("xlsx"))
        return TableFormat::Xlsx;
    return std::nullopt;
}

std::optional<SourceTable> readTableFile(const QString &path, QString *error)
{
    const std::optional<TableFormat> format = tableFormatFor(path);
    if (!format) {
        setError(error, wrongSuffix(path));
        return std::nullopt;
    }
    if (*format == TableFormat::Csv) {
        CsvReader reader;
        std::optional<SourceTable> table = reader.readFile(path);
        if (!table)
            setError(error, reader.errorString());
        return table;
    }
    XlsxReader reader;
    std::optional<SourceTable> table = reader.readFile(path);
    if (!table)
        setError(error, reader.errorString());
    return table;
}

bool writeTableFile(const QString &path, const QList<TableSheet> &sheets, QString *error)
{
    const std::optional<TableFormat> format = tableFormatFor(path);
    if (!format) {
        setError(error, wrongSuffix(path));
        return false;
    }
    if (sheets.isEmpty()) {
        setError(error, Tr::tr("there is nothing to write to “%1”").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (*format == TableFormat::Csv)
        return CsvWriter::writeFile(path, sheets.first().header, sheets.first().rows, error);
    XlsxFileWriter writer;
    for (const TableSheet &sheet : sheets) {
        const int index = writer.addSheet(sheet.name, sheet.header);
        for (const QVariantList &row : sheet.rows)
            writer.addRow(index, row);
    }
    if (!writer.write(path)) {
        setError(error, writer.errorString());
        return false;
    }
    return true;
}

} // namespace assure
