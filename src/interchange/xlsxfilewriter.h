// Writes workbooks of plain tables (a bold, frozen header row over rows of values) as Excel .xlsx files.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace assure {

// libxlsxwriter writes straight to a file name, so a workbook is built by build() at a path in a
// private folder and then copied to path through QSaveFile, which replaces the target atomically:
// a failed write leaves any file at path as it was. When build() fails, error is left as build()
// set it; a failed copy says why in error.
bool writeWorkbookAtomically(const QString &path, const std::function<bool(const QString &built)> &build,
                             QString *error);

// Cells are written by their QVariant type: numbers as numbers, QDate as a real Excel date
// shown dd/mm/yyyy (QDateTime as dd/mm/yyyy hh:mm), bool as TRUE/FALSE, strings as text, and
// a null or invalid QVariant (or a NaN) as a blank cell. The file is written atomically: a
// failed write leaves any existing file as it was.
class XlsxFileWriter final
{
public:
    enum class ColumnFormat {
        Automatic, // by the value's type
        Percent,   // numbers are fractions, shown as percentages: 0.875 -> 87.5%
    };

    // Adds a sheet and returns its index. Excel allows 31 characters and none of []:*?/\ in
    // a sheet name; write() reports a name it cannot take.
    int addSheet(const QString &name, const QStringList &header);
    void addRow(int sheet, const QVariantList &cells);
    void setColumnFormat(int sheet, int column, ColumnFormat format);

    bool write(const QString &path);
    QString errorString() const { return m_error; }

private:
    struct Sheet
    {
        QString name;
        QStringList header;
        QList<QVariantList> rows;
        QHash<int, ColumnFormat> formats;
    };

    bool writeWorkbook(const QString &path);

    QList<Sheet> m_sheets;
    QString m_error;
};

} // namespace assure
