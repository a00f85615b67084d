// Writes workbooks of plain tables (a bold, frozen header row over rows of values) as Excel .xlsx files.
#include "interchange/xlsxfilewriter.h"

#include "interchange/cellparse.h"
#include "interchange/sourcetable.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace assure {

namespace {

constexpr int kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;
constexpr int kMaxTextLength = 32767;
constexpr double kMinWidth = 8.0;
constexpr double kMaxWidth = 60.0;

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::XlsxFileWriter)
};

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong: return true;
    default: return false;
    }
}

// The width a column needs for text, in Excel's character units: its longest line.
int textWidth(const QString &text)
{
    int widest = 0;
    for (const QStringView line : QStringView(text).split(u'\n'))
        widest = std::max(widest, static_cast<int>(line.size()));
    return widest;
}

lxw_datetime toExcel(const QDate &date, const QTime &time = QTime(0, 0))
{
    lxw_datetime when{};
    when.year = date.year();
    when.month = date.month();
    when.day = date.day();
    when.hour = time.hour();
    when.min = time.minute();
    when.sec = time.second();
    return when;
}

// Frees libxlsxwriter's workbook on every path; closing is also what writes the file.
class Workbook final
{
public:
    explicit Workbook(const QString &path)
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_FALSE;
        options.use_zip64 = LXW_FALSE;
        m_workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    }
    ~Workbook()
    {
        if (m_workbook)
            workbook_close(m_workbook);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    lxw_workbook *get() const { return m_workbook; }
    lxw_error close()
    {
        const lxw_error error = workbook_close(m_workbook);
        m_workbook = nullptr;
        return error;
    }

private:
    lxw_workbook *m_workbook = nullptr;
};

} // namespace

int XlsxFileWriter::addSheet(const QString &name, const QStringList &header)
{
    m_sheets.append(Sheet{name, header, {}, {}});
    return static_cast<int>(m_sheets.size()) - 1;
}

void XlsxFileWriter::addRow(int sheet, const QVariantList &cells)
{
    if (sheet >= 0 && sheet < m_sheets.size())
        m_sheets[sheet].rows.append(cells);
}

void XlsxFileWriter::setColumnFormat(int sheet, int column, ColumnFormat format)
{
    if (sheet >= 0 && sheet < m_sheets.size())
        m_sheets[sheet].formats.insert(column, format);
}

bool writeWorkbookAtomically(const QString &path, const std::function<bool(const QString &built)> &build,
                             QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        *error = Tr::tr("cannot write “%1”: no temporary folder: %2").arg(shown, scratch.errorString());
        return false;
    }
    const QString built = scratch.filePath(QStringLiteral("workbook.xlsx"));
    const bool written = build(built);
    if (!written)
        return false;
    QFile in(built);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot write “%1”: %2").arg(shown, in.errorString());
        return false;
    }
    const QByteArray bytes = in.readAll();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        *error = Tr::tr("cannot write “%1”: %2").arg(shown, out.errorString());
        return false;
    }
    return true;
}

bool XlsxFileWriter::write(const QString &path)
{
    m_error.clear();
    if (m_sheets.isEmpty()) {
        m_error =
            Tr::tr("there is nothing to write to “%1”: the workbook has no sheets").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return writeWorkbookAtomically(
        path, [this](const QString &built) { return writeWorkbook(built); }, &m_error);
}

bool XlsxFileWriter::writeWorkbook(const QString &path)
{
    Workbook workbook(path);
    if (!workbook.get()) {
        m_error = Tr::tr("cannot start a workbook (out of memory or no temporary folder)");
        return false;
    }
    lxw_workbook *book = workbook.get();
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *dateFormat = workbook_add_format(book);
    format_set_num_format(dateFormat, "dd/mm/yyyy");
    lxw_format *dateTimeFormat = workbook_add_format(book);
    format_set_num_format(dateTimeFormat, "dd/mm/yyyy hh:mm");
    lxw_format *percentFormat = workbook_add_format(book);
    format_set_num_format(percentFormat, "0.0%");

    for (const Sheet &sheet : std::as_const(m_sheets)) {
        const QByteArray name = sheet.name.toUtf8();
        if (sheet.name.trimmed().isEmpty() || workbook_validate_sheet_name(book, name.constData()) != LXW_NO_ERROR) {
            m_error = Tr::tr("“%1” cannot be a sheet name: Excel needs a different name for each "
                             "sheet, of up to 31 characters and without any of [ ] : * ? / \\")
                          .arg(sheet.name);
            return false;
        }
        if (sheet.rows.size() + 1 > kMaxRows) {
            m_error = Tr::tr("the sheet “%1” has more rows than Excel allows (%2)").arg(sheet.name).arg(kMaxRows);
            return false;
        }
        lxw_worksheet *worksheet = workbook_add_worksheet(book, name.constData());
        if (!worksheet) {
            m_error = Tr::tr("cannot add the sheet “%1”").arg(sheet.name);
            return false;
        }

        qsizetype columns = sheet.header.size();
        for (const QVariantList &row : sheet.rows)
            columns = std::max(columns, row.size());
        if (columns > kMaxColumns) {
            m_error = Tr::tr("the sheet “%1” has more columns than Excel allows (%2)").arg(sheet.name).arg(kMaxColumns);
            return false;
        }
        QList<int> widths(columns, 0);

        for (qsizetype c = 0; c < sheet.header.size(); ++c) {
            const QString &title = sheet.header.at(c);
            // Bold text and the filter button take about three characters more.
            widths[c] = textWidth(title) + 3;
            worksheet_write_string(worksheet, 0, static_cast<lxw_col_t>(c), title.toUtf8().constData(), bold);
        }

        for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
            const QVariantList &row = sheet.rows.at(r);
            const auto excelRow = static_cast<lxw_row_t>(r + 1);
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QVariant &value = row.at(c);
                const auto excelColumn = static_cast<lxw_col_t>(c);
                const bool percent = sheet.formats.value(static_cast<int>(c)) == ColumnFormat::Percent;
                lxw_error error = LXW_NO_ERROR;
                int width = 0;
                if (!value.isValid() || value.isNull()) {
                    continue;
                } else if (value.typeId() == QMetaType::Bool) {
                    error = worksheet_write_boolean(worksheet, excelRow, excelColumn, value.toBool() ? 1 : 0, nullptr);
                    width = 5;
                } else if (isNumber(value)) {
                    const double number = value.toDouble();
                    // Excel has no NaN or infinity; a blank says "no value" truthfully.
                    if (!std::isfinite(number))
                        continue;
                    error = worksheet_write_number(worksheet, excelRow, excelColumn, number,
                                                   percent ? percentFormat : nullptr);
                    width =
                        static_cast<int>(percent ? formatNumber(number * 100).size() + 1 : formatNumber(number).size());
                } else if (value.typeId() == QMetaType::QDate && value.toDate().year() >= 1900) {
                    lxw_datetime when = toExcel(value.toDate());
                    error = worksheet_write_datetime(worksheet, excelRow, excelColumn, &when, dateFormat);
                    width = 10;
                } else if (value.typeId() == QMetaType::QDateTime && value.toDateTime().date().year() >= 1900) {
                    const QDateTime dateTime = value.toDateTime();
                    lxw_datetime when = toExcel(dateTime.date(), dateTime.time());
                    error = worksheet_write_datetime(worksheet, excelRow, excelColumn, &when, dateTimeFormat);
                    width = 16;
                } else {
                    // Dates before 1900 are beyond Excel's calendar, so they go in as text.
                    const QString text =
                        value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString();
                    if (text.isEmpty())
                        continue;
                    if (text.size() > kMaxTextLength) {
                        m_error = Tr::tr("the text in cell %1%2 of the sheet “%3” is longer than "
                                         "Excel allows (%4 characters)")
                                      .arg(SourceTable::columnLetters(static_cast<int>(c)))
                                      .arg(r + 2)
                                      .arg(sheet.name)
                                      .arg(kMaxTextLength);
                        return false;
                    }
                    error =
                        worksheet_write_string(worksheet, excelRow, excelColumn, text.toUtf8().constData(), nullptr);
                    width = textWidth(text);
                }
                if (error != LXW_NO_ERROR) {
                    m_error = Tr::tr("cannot write a cell of the sheet “%1”: %2")
                                  .arg(sheet.name, QString::fromUtf8(lxw_strerror(error)));
                    return false;
                }
                widths[c] = std::max(widths[c], width + 1);
            }
        }

        for (qsizetype c = 0; c < columns; ++c) {
            const double width = std::clamp(static_cast<double>(widths[c]), kMinWidth, kMaxWidth);
            worksheet_set_column(worksheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
        }
        worksheet_freeze_panes(worksheet, 1, 0);
        if (columns > 0)
            worksheet_autofilter(worksheet, 0, 0, static_cast<lxw_row_t>(sheet.rows.size()),
                                 static_cast<lxw_col_t>(columns - 1));
    }

    if (const lxw_error error = workbook.close(); error != LXW_NO_ERROR) {
        m_error = Tr::tr("cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(error)));
        return false;
    }
    return true;
}

} // namespace assure
