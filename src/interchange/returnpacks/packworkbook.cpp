// Writes a return pack: a cover sheet, data sheets with locked and fillable cells, and the hidden identity sheet.
#include "interchange/returnpacks/packworkbook.h"

#include "interchange/sourcetable.h"
#include "interchange/xlsxfilewriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <vector>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::PackWorkbook)
};

constexpr int kMaxTextLength = 32767;
constexpr lxw_color_t kFillable = 0xFFF2CC; // a pale yellow: the cells to write in
constexpr lxw_color_t kHeader = 0xD9E1F2;
constexpr double kLineHeight = 15;    // points, at the default font
constexpr double kMaxRowHeight = 409; // Excel's limit
constexpr double kCoverTextWidth = 80;

// Spreadsheet programs do not grow a row for wrapped text they did not lay out themselves, so
// each row is given the height its longest text needs at its column's width.
double rowHeight(const QString &text, double width)
{
    const int perLine = std::max(1, static_cast<int>(width) - 2);
    int lines = 0;
    for (const QStringView line : QStringView(text).split(u'\n'))
        lines += static_cast<int>(line.size()) / perLine + 1;
    return std::min(kMaxRowHeight, kLineHeight * lines);
}

// Frees libxlsxwriter's workbook on every path; closing is also what writes the file.
class Book final
{
public:
    explicit Book(const QString &path) : m_book(workbook_new(QFile::encodeName(path).constData())) {}
    ~Book()
    {
        if (m_book)
            workbook_close(m_book);
    }
    Book(const Book &) = delete;
    Book &operator=(const Book &) = delete;
    lxw_workbook *get() const { return m_book; }
    lxw_error close()
    {
        const lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        return error;
    }

private:
    lxw_workbook *m_book = nullptr;
};

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *label = nullptr;
    lxw_format *wrapped = nullptr;
    lxw_format *header = nullptr;
    lxw_format *locked = nullptr;
    lxw_format *lockedDate = nullptr;
    lxw_format *fillable = nullptr;
    lxw_format *fillableDate = nullptr;
};

Formats makeFormats(lxw_workbook *book)
{
    Formats f;
    f.title = workbook_add_format(book);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.label = workbook_add_format(book);
    format_set_bold(f.label);
    format_set_align(f.label, LXW_ALIGN_VERTICAL_TOP);
    f.wrapped = workbook_add_format(book);
    format_set_text_wrap(f.wrapped);
    format_set_align(f.wrapped, LXW_ALIGN_VERTICAL_TOP);
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_bg_color(f.header, kHeader);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    f.locked = workbook_add_format(book);
    format_set_text_wrap(f.locked);
    format_set_align(f.locked, LXW_ALIGN_VERTICAL_TOP);
    f.lockedDate = workbook_add_format(book);
    format_set_num_format(f.lockedDate, "dd/mm/yyyy");
    format_set_align(f.lockedDate, LXW_ALIGN_VERTICAL_TOP);
    f.fillable = workbook_add_format(book);
    format_set_unlocked(f.fillable);
    format_set_text_wrap(f.fillable);
    format_set_bg_color(f.fillable, kFillable);
    format_set_border(f.fillable, LXW_BORDER_THIN);
    format_set_align(f.fillable, LXW_ALIGN_VERTICAL_TOP);
    f.fillableDate = workbook_add_format(book);
    format_set_unlocked(f.fillableDate);
    format_set_num_format(f.fillableDate, "dd/mm/yyyy");
    format_set_bg_color(f.fillableDate, kFillable);
    format_set_border(f.fillableDate, LXW_BORDER_THIN);
    return f;
}

// Recipients may widen columns and rows to read long text, and nothing else.
void protect(lxw_worksheet *sheet)
{
    lxw_protection options{};
    options.format_columns = 1;
    options.format_rows = 1;
    worksheet_protect(sheet, nullptr, &options);
}

} // namespace

QString PackWorkbook::cellReference(int row, int column)
{
    return SourceTable::columnLetters(column) + QString::number(row + 1);
}

bool PackWorkbook::write(const QString &path)
{
    m_error.clear();
    bool built = true;
    const bool ok = writeWorkbookAtomically(
        path,
        [&](const QString &at) {
            built = writeWorkbook(at);
            return built;
        },
        &m_error);
    if (!built)
        m_error = Tr::tr("cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), m_error);
    return ok;
}

bool PackWorkbook::writeWorkbook(const QString &path)
{
    Book workbook(path);
    lxw_workbook *book = workbook.get();
    if (!book) {
        m_error = Tr::tr("cannot start a workbook (out of memory or no temporary folder)");
        return false;
    }
    const Formats f = makeFormats(book);
    const auto text = [](const QString &s) { return s.toUtf8(); };
    const auto tooLong = [this](const QString &sheet, int row, int column) {
        m_error = Tr::tr("the text for %1!%2 is longer than a spreadsheet cell holds (%3 characters)")
                      .arg(sheet, cellReference(row, column))
                      .arg(kMaxTextLength);
        return false;
    };

    // The cover first, so that it is what opens.
    const QString coverName = Tr::tr("Cover");
    lxw_worksheet *cover = workbook_add_worksheet(book, text(coverName).constData());
    worksheet_set_column(cover, 0, 0, 24, nullptr);
    worksheet_set_column(cover, 1, 1, kCoverTextWidth, nullptr);
    worksheet_fit_to_pages(cover, 1, 0);
    worksheet_write_string(cover, 0, 0, text(m_cover.title).constData(), f.title);
    lxw_row_t row = 2;
    for (const auto &[label, value] : std::as_const(m_cover.details)) {
        worksheet_set_row(cover, row, rowHeight(value, kCoverTextWidth), nullptr);
        worksheet_write_string(cover, row, 0, text(label).constData(), f.label);
        worksheet_write_string(cover, row, 1, text(value).constData(), f.wrapped);
        ++row;
    }
    ++row;
    for (const QString &paragraph : std::as_const(m_cover.instructions)) {
        worksheet_set_row(cover, row, rowHeight(paragraph, kCoverTextWidth), nullptr);
        worksheet_write_string(cover, row, 1, text(paragraph).constData(), f.wrapped);
        ++row;
    }
    protect(cover);

    for (const PackSheet &sheet : std::as_const(m_sheets)) {
        const QByteArray name = text(sheet.name);
        if (workbook_validate_sheet_name(book, name.constData()) != LXW_NO_ERROR) {
            m_error = Tr::tr("“%1” cannot be a sheet name").arg(sheet.name);
            return false;
        }
        lxw_worksheet *ws = workbook_add_worksheet(book, name.constData());
        double headerHeight = kLineHeight;
        for (const PackColumn &column : sheet.columns)
            headerHeight = std::max(headerHeight, rowHeight(column.header, column.width - 1)); // bold is wider
        worksheet_set_row(ws, 0, headerHeight, nullptr);
        for (int c = 0; c < sheet.columns.size(); ++c) {
            const PackColumn &column = sheet.columns.at(c);
            const auto col = static_cast<lxw_col_t>(c);
            worksheet_set_column(ws, col, col, column.width, nullptr);
            worksheet_write_string(ws, 0, col, text(column.header).constData(), f.header);
        }
        for (int r = 0; r < sheet.rows.size(); ++r) {
            const QVariantList &cells = sheet.rows.at(r);
            const auto excelRow = static_cast<lxw_row_t>(r + 1);
            double height = kLineHeight;
            for (int c = 0; c < sheet.columns.size(); ++c)
                if (cells.value(c).typeId() == QMetaType::QString)
                    height = std::max(height, rowHeight(cells.value(c).toString(), sheet.columns.at(c).width));
            worksheet_set_row(ws, excelRow, height, nullptr);
            for (int c = 0; c < sheet.columns.size(); ++c) {
                const bool fillable = sheet.columns.at(c).fillable;
                const QVariant value = cells.value(c);
                const auto col = static_cast<lxw_col_t>(c);
                lxw_format *format = fillable ? f.fillable : f.locked;
                if (!value.isValid() || value.isNull()) {
                    worksheet_write_blank(ws, excelRow, col, format);
                } else if (value.typeId() == QMetaType::QDate) {
                    const QDate d = value.toDate();
                    lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0};
                    worksheet_write_datetime(ws, excelRow, col, &when, fillable ? f.fillableDate : f.lockedDate);
                } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong ||
                           value.typeId() == QMetaType::Double) {
                    worksheet_write_number(ws, excelRow, col, value.toDouble(), format);
                } else {
                    const QString s = value.toString();
                    if (s.size() > kMaxTextLength)
                        return tooLong(sheet.name, r + 1, c);
                    worksheet_write_string(ws, excelRow, col, text(s).constData(), format);
                }
            }
        }
        const auto lastRow = static_cast<lxw_row_t>(std::max<qsizetype>(sheet.rows.size(), 1));
        for (int c = 0; c < sheet.columns.size(); ++c) {
            const PackColumn &column = sheet.columns.at(c);
            if (!column.fillable)
                continue;
            lxw_data_validation v{};
            std::vector<QByteArray> choices;
            std::vector<char *> list;
            if (!column.choices.isEmpty()) {
                v.validate = LXW_VALIDATION_TYPE_LIST;
                for (const QString &choice : column.choices)
                    choices.push_back(text(choice));
                for (QByteArray &choice : choices)
                    list.push_back(choice.data());
                list.push_back(nullptr);
                v.value_list = list.data();
            } else if (column.minimum && column.maximum) {
                v.validate = LXW_VALIDATION_TYPE_INTEGER;
                v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
                v.minimum_number = *column.minimum;
                v.maximum_number = *column.maximum;
            } else {
                continue;
            }
            QByteArray hintTitle = text(column.header.left(32));
            QByteArray hint = text(column.hint.left(255));
            if (!column.hint.isEmpty()) {
                v.input_title = hintTitle.data();
                v.input_message = hint.data();
            }
            v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
            if (const lxw_error error = worksheet_data_validation_range(ws, 1, static_cast<lxw_col_t>(c), lastRow,
                                                                        static_cast<lxw_col_t>(c), &v);
                error != LXW_NO_ERROR) {
                m_error = Tr::tr("cannot add the list of choices to %1: %2")
                              .arg(sheet.name, QString::fromUtf8(lxw_strerror(error)));
                return false;
            }
        }
        worksheet_freeze_panes(ws, 1, 0);
        // Printed, as many will be for a meeting: across the page, the headings on each one.
        worksheet_set_landscape(ws);
        worksheet_fit_to_pages(ws, 1, 0);
        worksheet_repeat_rows(ws, 0, 0);
        protect(ws);
    }

    // The identity last and hidden: the recipient has no need of it, and the import trusts nothing until it has read
    // it.
    lxw_worksheet *identity = workbook_add_worksheet(book, text(PackIdentity::sheetName()).constData());
    worksheet_set_column(identity, 0, 1, 30, nullptr);
    worksheet_write_string(identity, 0, 0, "key", nullptr);
    worksheet_write_string(identity, 0, 1, "value", nullptr);
    lxw_row_t at = 1;
    for (const auto &[key, value] : m_identity.rows()) {
        worksheet_write_string(identity, at, 0, text(key).constData(), nullptr);
        if (!value.isEmpty())
            worksheet_write_string(identity, at, 1, text(value).constData(), nullptr);
        ++at;
    }
    worksheet_hide(identity);
    protect(identity);
    worksheet_activate(cover);

    if (const lxw_error error = workbook.close(); error != LXW_NO_ERROR) {
        m_error = QString::fromUtf8(lxw_strerror(error));
        return false;
    }
    return true;
}

} // namespace assure
