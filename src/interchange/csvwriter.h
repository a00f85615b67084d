// Writes CSV files that Excel and other spreadsheet programs open correctly (RFC 4180, UTF-8).
#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QIODevice;

namespace assure {

// Choices:
// - UTF-8 with a byte order mark, because without one Excel reads a CSV in the machine's ANSI
//   code page and mangles "£", "é" and curly quotes; every other reader skips the mark.
// - CRLF line ends, as RFC 4180 says; line breaks inside a cell are written as they are, in
//   quotes.
// - A field is quoted when it holds the delimiter, a quote, a line break, or starts or ends
//   with a space or tab (which some readers would trim).
// - Formula guard (on by default): a text cell starting with = + - @ tab or CR that is not
//   simply a number (such as "-3" or "+5%") gets a leading apostrophe, so that a spreadsheet
//   opening the file shows the text instead of running it as a formula (CSV injection, CWE-1236).
class CsvWriter final
{
public:
    // The device must be open for writing; the writer does not own it.
    explicit CsvWriter(QIODevice *device);

    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    void setByteOrderMark(bool on) { m_byteOrderMark = on; }
    void setFormulaGuard(bool on) { m_formulaGuard = on; }

    bool writeRow(const QStringList &cells);
    bool writeRow(const QVariantList &cells);
    QString errorString() const { return m_error; }

    // The text a value is written as: numbers in shortest form without grouping, dates as
    // ISO "yyyy-MM-dd" (which every spreadsheet reads as a date whatever its locale), booleans
    // as TRUE / FALSE, null as an empty cell.
    static QString cellText(const QVariant &value);
    // One field as it goes into the file, quoted and guarded as needed.
    QString encodeField(const QString &cell) const;

    // Writes a whole table to a file atomically: on failure an existing file is left as it was.
    static bool writeFile(const QString &path, const QStringList &header,
                          const QList<QVariantList> &rows, QString *error = nullptr);

private:
    QIODevice *m_device;
    QChar m_delimiter = QLatin1Char(',');
    bool m_byteOrderMark = true;
    bool m_formulaGuard = true;
    bool m_started = false;
    QString m_error;
};

} // namespace assure
