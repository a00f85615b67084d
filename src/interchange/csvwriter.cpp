// Writes CSV files that Excel and other spreadsheet programs open correctly (RFC 4180, UTF-8).
#include "interchange/csvwriter.h"

#include "interchange/cellparse.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QIODevice>
#include <QSaveFile>

#include <cmath>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::CsvWriter)
};

bool startsFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t'
        && first != u'\r')
        return false;
    return !parseNumber(cell).isValid();
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device) : m_device(device) {}

QString CsvWriter::cellText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QString();
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return QString::number(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return QString::number(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        return std::isfinite(number) ? formatNumber(number) : QString();
    }
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(QStringLiteral("yyyy-MM-dd hh:mm:ss"));
    default:
        return value.toString();
    }
}

QString CsvWriter::encodeField(const QString &cell) const
{
    QString text = cell;
    if (m_formulaGuard && startsFormula(text))
        text.prepend(u'\'');
    bool quote = text.contains(m_delimiter) || text.contains(u'"') || text.contains(u'\n')
                 || text.contains(u'\r');
    if (!quote && !text.isEmpty()) {
        const QChar first = text.front();
        const QChar last = text.back();
        quote = first == u' ' || first == u'\t' || last == u' ' || last == u'\t';
    }
    if (!quote)
        return text;
    text.replace(u'"', QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += m_delimiter;
        line += encodeField(cells.at(i));
    }
    line += QLatin1String("\r\n");
    QByteArray bytes;
    if (!m_started && m_byteOrderMark)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += line.toUtf8();
    m_started = true;
    if (!m_device || m_device->write(bytes) != bytes.size()) {
        m_error = m_device ? m_device->errorString() : Tr::tr("there is nowhere to write to");
        return false;
    }
    return true;
}

bool CsvWriter::writeRow(const QVariantList &cells)
{
    QStringList texts;
    texts.reserve(cells.size());
    for (const QVariant &cell : cells)
        texts.append(cellText(cell));
    return writeRow(texts);
}

bool CsvWriter::writeFile(const QString &path, const QStringList &header,
                          const QList<QVariantList> &rows, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    const auto failed = [&](const QString &reason) {
        if (error)
            *error = Tr::tr("cannot write “%1”: %2").arg(shown, reason);
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    CsvWriter writer(&file);
    if (!writer.writeRow(header))
        return failed(writer.errorString());
    for (const QVariantList &row : rows) {
        if (!writer.writeRow(row))
            return failed(writer.errorString());
    }
    if (!file.commit())
        return failed(file.errorString());
    return true;
}

} // namespace assure
