// Reads CSV files (RFC 4180 and what spreadsheet programs really write) into a SourceTable.
#include "interchange/csvreader.h"

#include "core/quotedtext.h"
#include "interchange/tablelimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>

#include <array>
#include <cstring>
#include <vector>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::CsvReader)
};

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; its five unassigned bytes keep their
// Latin-1 (C1 control) meaning, as the WHATWG encoding standard does.
constexpr std::array<char16_t, 32> kWindows1252High = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                       0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                                       0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                       0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        out[i] =
            (byte >= 0x80 && byte <= 0x9F) ? QChar(kWindows1252High[byte - 0x80]) : QChar(static_cast<char16_t>(byte));
    }
    return text;
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}

// Counts the candidate delimiters outside quotes in the first record that holds anything
// but spaces and delimiters.
QChar detectDelimiter(QByteArrayView bytes, qsizetype pos)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool inQuotes = false;
    bool content = false;
    for (; pos < bytes.size(); ++pos) {
        const char c = bytes[pos];
        if (c == '"') {
            inQuotes = !inQuotes;
            content = true;
        } else if (inQuotes) {
            continue;
        } else if (c == ',') {
            ++commas;
        } else if (c == ';') {
            ++semicolons;
        } else if (c == '\t') {
            ++tabs;
        } else if (c == '\r' || c == '\n') {
            if (content)
                break;
            commas = semicolons = tabs = 0;
        } else if (!isAsciiSpace(c)) {
            content = true;
        }
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

enum class RecordResult { Record, End, UnterminatedQuote };

// Splits records out of the raw bytes. The delimiter, quotes and line ends are ASCII, and
// neither UTF-8 nor Windows-1252 uses ASCII bytes inside a multi-byte character, so the
// bytes can be split before they are decoded; each field is decoded on its own, and the
// file never has to exist twice over as UTF-16.
class RecordSplitter final
{
public:
    RecordSplitter(QByteArrayView bytes, char delimiter, bool utf8)
        : m_d(bytes.data()), m_n(bytes.size()), m_delimiter(delimiter), m_utf8(utf8)
    {
    }

    qsizetype pos = 0;

    // Reads one record, leaving pos at the start of the next.
    RecordResult next(QStringList &fields)
    {
        if (pos >= m_n)
            return RecordResult::End;
        m_raw.clear();
        for (;;) {
            if (m_d[pos] == '"') {
                if (!quotedField(fields))
                    return RecordResult::UnterminatedQuote;
            } else {
                const qsizetype end = fieldEnd(pos);
                appendSlice(fields, pos, end - pos);
                pos = end;
            }
            if (pos >= m_n)
                return RecordResult::Record;
            const char c = m_d[pos++];
            if (c == m_delimiter)
                continue;
            if (c == '\r' && pos < m_n && m_d[pos] == '\n')
                ++pos;
            return RecordResult::Record;
        }
    }

    // The record just read becomes the one above the next (when it was kept as a row).
    void keep(const QStringList &fields)
    {
        m_above = fields;
        std::swap(m_aboveRaw, m_raw);
    }

private:
    QString decode(const char *data, qsizetype size) const
    {
        return m_utf8 ? QString::fromUtf8(data, size) : fromWindows1252(QByteArrayView(data, size));
    }

    qsizetype fieldEnd(qsizetype from) const
    {
        while (from < m_n) {
            const char c = m_d[from];
            if (c == m_delimiter || c == '\r' || c == '\n')
                break;
            ++from;
        }
        return from;
    }

    // A field equal to the one above it shares that string instead of allocating its own:
    // in real returns the period, target and quality columns repeat row after row, and on a
    // large file the allocations, not the splitting, are most of the cost.
    void appendSlice(QStringList &fields, qsizetype from, qsizetype size)
    {
        const qsizetype column = fields.size();
        const char *data = m_d + from;
        if (column < static_cast<qsizetype>(m_aboveRaw.size()) && column < m_above.size()) {
            const QByteArrayView above = m_aboveRaw[static_cast<size_t>(column)];
            if (above.data() && above.size() == size &&
                (size == 0 || std::memcmp(above.data(), data, static_cast<size_t>(size)) == 0)) {
                fields.append(m_above.at(column));
                m_raw.push_back(above);
                return;
            }
        }
        fields.append(decode(data, size));
        m_raw.push_back(QByteArrayView(data, size));
    }

    // Reads the quoted field whose opening quote is at pos, leaving pos after it; false
    // when the quote is never closed.
    bool quotedField(QStringList &fields)
    {
        const qsizetype first = pos + 1;
        qsizetype close = findQuote(first);
        if (close < 0)
            return false;
        // The common case, no doubled quotes and nothing after the closing quote, is a
        // slice like an unquoted field.
        const bool simple =
            close + 1 == m_n || m_d[close + 1] == m_delimiter || m_d[close + 1] == '\r' || m_d[close + 1] == '\n';
        if (simple && !std::memchr(m_d + first, '\r', static_cast<size_t>(close - first))) {
            appendSlice(fields, first, close - first);
            pos = close + 1;
            return true;
        }
        QByteArray value;
        qsizetype segment = first;
        for (;;) {
            if (close + 1 < m_n && m_d[close + 1] == '"') {
                value.append(m_d + segment, close + 1 - segment);
                segment = close + 2;
            } else {
                value.append(m_d + segment, close - segment);
                break;
            }
            close = findQuote(segment);
            if (close < 0)
                return false;
        }
        // Text after the closing quote is kept, as Excel keeps it.
        const qsizetype after = close + 1;
        const qsizetype end = fieldEnd(after);
        value.append(m_d + after, end - after);
        if (value.contains('\r')) {
            value.replace("\r\n", "\n");
            value.replace('\r', '\n');
        }
        fields.append(decode(value.constData(), value.size()));
        m_raw.push_back(QByteArrayView()); // pieced together: never shared
        pos = end;
        return true;
    }

    qsizetype findQuote(qsizetype from) const
    {
        if (from >= m_n)
            return -1;
        const void *found = std::memchr(m_d + from, '"', static_cast<size_t>(m_n - from));
        return found ? static_cast<const char *>(found) - m_d : -1;
    }

    const char *m_d;
    qsizetype m_n;
    char m_delimiter;
    bool m_utf8;
    std::vector<QByteArrayView> m_raw;
    std::vector<QByteArrayView> m_aboveRaw;
    QStringList m_above;
};

} // namespace

QString CsvReader::decode(const QByteArray &data, Encoding *encoding)
{
    const auto report = [encoding](Encoding e) {
        if (encoding)
            *encoding = e;
    };
    if (data.startsWith("\xEF\xBB\xBF")) {
        report(Encoding::Utf8);
        return QString::fromUtf8(QByteArrayView(data).sliced(3));
    }
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        report(Encoding::Utf16);
        const bool little = data.startsWith("\xFF\xFE");
        QStringDecoder utf16(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                             QStringConverter::Flag::Stateless);
        return utf16(QByteArrayView(data).sliced(2));
    }
    if (data.isValidUtf8()) {
        report(Encoding::Utf8);
        return QString::fromUtf8(data);
    }
    report(Encoding::Windows1252);
    return fromWindows1252(data);
}

void CsvReader::setError(const QString &message, int row, int column)
{
    m_error = message;
    m_errorRow = row;
    m_errorColumn = column;
}

bool CsvReader::withinLimits(const QStringList &fields, int recordNumber)
{
    if (recordNumber > TableLimits::kMaxRows) {
        setError(Tr::tr("row %1: the file has more rows than a spreadsheet can hold (%2)")
                     .arg(recordNumber)
                     .arg(QLocale().toString(TableLimits::kMaxRows)),
                 recordNumber);
        return false;
    }
    if (fields.size() > TableLimits::kMaxColumns) {
        const int column = TableLimits::kMaxColumns + 1;
        setError(Tr::tr("row %1: the row has more columns than a spreadsheet can hold (%2)")
                     .arg(recordNumber)
                     .arg(QLocale().toString(TableLimits::kMaxColumns)),
                 recordNumber, column);
        return false;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).size() > TableLimits::kMaxCellCharacters) {
            const int column = static_cast<int>(i) + 1;
            setError(Tr::tr("row %1, column %2: the cell %3 is longer than a spreadsheet cell can be (%4 characters)")
                         .arg(recordNumber)
                         .arg(column)
                         .arg(QuotedText::quote(fields.at(i)), QLocale().toString(TableLimits::kMaxCellCharacters)),
                     recordNumber, column);
            return false;
        }
    }
    return true;
}

std::optional<SourceTable> CsvReader::readFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir()) {
        setError(Tr::tr("“%1” is a folder, not a file").arg(shown));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(Tr::tr("cannot read “%1”: %2").arg(shown, file.errorString()));
        return std::nullopt;
    }
    // Refused before a byte is read: no spreadsheet saves a sheet this large as CSV.
    if (file.size() > TableLimits::kMaxBytes) {
        setError(Tr::tr("“%1” is too large to read: it holds more than %2 MB, more than a spreadsheet's largest sheet")
                     .arg(shown)
                     .arg(TableLimits::kMaxBytes / (1024 * 1024)));
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        setError(Tr::tr("cannot read “%1”: %2").arg(shown, file.errorString()));
        return std::nullopt;
    }
    return read(data, path);
}

std::optional<SourceTable> CsvReader::read(const QByteArray &data, const QString &fileName)
{
    setError(QString());
    Encoding encoding = Encoding::Utf8;
    QByteArrayView bytes(data);
    // UTF-16 (Excel's "Unicode text") is rare enough to pay for a conversion to UTF-8.
    QByteArray converted;
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        converted = decode(data, &encoding).toUtf8();
        bytes = converted;
    } else if (data.startsWith("\xEF\xBB\xBF")) {
        // A byte order mark is trusted: stray invalid bytes become U+FFFD.
        bytes = bytes.sliced(3);
    } else if (!data.isValidUtf8()) {
        encoding = Encoding::Windows1252;
    }

    qsizetype pos = 0;
    QChar delimiter = m_forcedDelimiter;
    // Excel's own hint line, "sep=;", names the delimiter and is not a row of the sheet.
    if (bytes.size() >= 5 && QByteArrayView(bytes.first(4)).compare("sep=", Qt::CaseInsensitive) == 0 &&
        (bytes.size() == 5 || bytes[5] == '\r' || bytes[5] == '\n') && static_cast<unsigned char>(bytes[4]) < 0x80) {
        if (delimiter.isNull())
            delimiter = QLatin1Char(bytes[4]);
        pos = 5;
        if (pos < bytes.size() && bytes[pos] == '\r')
            ++pos;
        if (pos < bytes.size() && bytes[pos] == '\n')
            ++pos;
    }
    if (delimiter.isNull())
        delimiter = detectDelimiter(bytes, pos);
    if (delimiter.unicode() >= 0x80 || delimiter == u'"' || delimiter == u'\r' || delimiter == u'\n') {
        setError(Tr::tr("“%1” cannot separate the fields of a CSV file").arg(delimiter));
        return std::nullopt;
    }

    RecordSplitter splitter(bytes, static_cast<char>(delimiter.unicode()), encoding != Encoding::Windows1252);
    splitter.pos = pos;
    int recordNumber = 0;
    const bool mayHoldNul =
        !bytes.isEmpty() && std::memchr(bytes.data(), 0, static_cast<size_t>(bytes.size())) != nullptr;
    bool haveHeader = false;
    SourceRow header;
    QList<SourceRow> rows;
    qsizetype width = 8;
    for (;;) {
        QStringList fields;
        fields.reserve(width);
        const RecordResult result = splitter.next(fields);
        if (result == RecordResult::End)
            break;
        ++recordNumber;
        if (result == RecordResult::UnterminatedQuote) {
            const int column = static_cast<int>(fields.size()) + 1;
            setError(
                Tr::tr("row %1, column %2: a quoted field has no closing quote mark").arg(recordNumber).arg(column),
                recordNumber, column);
            return std::nullopt;
        }
        // A NUL is never in a text file a spreadsheet wrote; let in, it would cut short what
        // SQLite checks ("length(trim(title))" stops at it) and what other programs read back.
        if (mayHoldNul) {
            for (qsizetype i = 0; i < fields.size(); ++i) {
                if (fields.at(i).contains(QChar(0))) {
                    const int column = static_cast<int>(i) + 1;
                    setError(Tr::tr("row %1, column %2: the cell holds a NUL character, which a text file never has; "
                                    "the file may not be a CSV file, or may be UTF-16 without its byte order mark. "
                                    "Save it again from the spreadsheet as CSV UTF-8.")
                                 .arg(recordNumber)
                                 .arg(column),
                             recordNumber, column);
                    return std::nullopt;
                }
            }
        }
        if (!withinLimits(fields, recordNumber))
            return std::nullopt;
        if (isBlankRow(fields))
            continue;
        splitter.keep(fields);
        if (!haveHeader) {
            width = fields.size();
            header = SourceRow{recordNumber, std::move(fields)};
            haveHeader = true;
        } else {
            rows.append(SourceRow{recordNumber, std::move(fields)});
        }
    }
    if (!haveHeader) {
        setError(fileName.isEmpty() ? Tr::tr("the file is empty")
                                    : Tr::tr("“%1” is empty").arg(QDir::toNativeSeparators(fileName)));
        return std::nullopt;
    }
    m_delimiter = delimiter;
    m_encoding = encoding;
    return SourceTable(fileName, std::move(header), std::move(rows));
}

} // namespace assure
