// One part of an .xlsx zip read into memory within TableLimits, refused before inflating when it would unpack too far.
#include "interchange/xlsxpart.h"

#include "core/quotedtext.h"
#include "interchange/tablelimits.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QLocale>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <algorithm>
#include <cstring>

namespace assure {

namespace {

// The reader's messages, one translation context for the whole reader.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::XlsxReader)
};

// Empty when `inflated` bytes are within the bounds; else why the part is refused.
QString overBound(const QString &shown, const QString &name, qint64 inflated, qint64 inflationBound)
{
    if (inflated > TableLimits::kMaxBytes)
        return Tr::tr("%1 is too large to read: its part %2 unpacks to more than %3 MB")
            .arg(shown, QuotedText::quote(name))
            .arg(TableLimits::kMaxBytes / (1024 * 1024));
    if (inflated > inflationBound)
        return Tr::tr("%1 is not read: its part %2 unpacks to more than %3 times its packed size, which no "
                      "spreadsheet does (a file built to exhaust memory)")
            .arg(shown, QuotedText::quote(name))
            .arg(TableLimits::kMaxInflation);
    return {};
}

// The first run of text (between tags) or tag longer than kMaxRunBytes, or an empty view. No
// spreadsheet writes one: a cell's text is at most 32,767 characters, six bytes each at the most
// (an escaped character). Found before the XML is parsed, since the parser would hold such a run
// whole as UTF-16, twice the bytes over again.
QByteArrayView overlongRun(QByteArrayView bytes)
{
    constexpr qsizetype kMaxRunBytes = 6 * TableLimits::kMaxCellCharacters;
    const char *data = bytes.data();
    const char *end = data + bytes.size();
    char next = '<'; // a run of text ends at a tag, a tag at its '>'
    for (const char *from = data; from < end;) {
        const auto *found = static_cast<const char *>(std::memchr(from, next, size_t(end - from)));
        const char *to = found ? found : end;
        if (to - from > kMaxRunBytes)
            return QByteArrayView(from, to - from);
        from = to + 1;
        next = next == '<' ? '>' : '<';
    }
    return {};
}

} // namespace

XlsxPart readXlsxPart(QuaZip &zip, const QString &name, const QString &shown, QByteArray &out, QString *error)
{
    out.clear();
    if (!zip.setCurrentFile(name, QuaZip::csInsensitive))
        return XlsxPart::Missing;
    const auto failed = [error](const QString &why) {
        *error = why;
        return XlsxPart::Failed;
    };
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info))
        return failed(Tr::tr("%1 is damaged: its part %2 cannot be opened").arg(shown, QuotedText::quote(name)));
    const qint64 inflationBound =
        std::max(TableLimits::kInflationCheckedFrom, TableLimits::kMaxInflation * qint64(info.compressedSize));
    const qint64 bound = std::min(TableLimits::kMaxBytes, inflationBound);
    if (const QString why = overBound(shown, name, qint64(info.uncompressedSize), inflationBound); !why.isEmpty())
        return failed(why);
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return failed(Tr::tr("%1 is damaged: its part %2 cannot be opened").arg(shown, QuotedText::quote(name)));
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(chunk.data(), chunk.size());
        if (got < 0)
            return failed(Tr::tr("%1 is damaged: its part %2 cannot be read").arg(shown, QuotedText::quote(name)));
        if (got == 0)
            break;
        if (const qint64 reached = out.size() + got; reached > bound) {
            out.clear();
            return failed(overBound(shown, name, reached, inflationBound));
        }
        out.append(chunk.constData(), got);
    }
    file.close();
    // A checksum that does not match means the data was cut short or altered.
    if (file.getZipError() != UNZ_OK)
        return failed(Tr::tr("%1 is damaged: its part %2 is corrupt").arg(shown, QuotedText::quote(name)));
    if (const QByteArrayView run = overlongRun(out); !run.isNull()) {
        const QString start = QString::fromUtf8(run.first(std::min<qsizetype>(run.size(), 4 * 60)));
        out.clear();
        return failed(Tr::tr("%1 is not read: its part %2 holds %4 bytes in one piece, beginning %3, longer than "
                             "any spreadsheet cell can be (%5 characters)")
                          .arg(shown, QuotedText::quote(name), QuotedText::quote(start.left(60)))
                          .arg(QLocale().toString(qlonglong(run.size())))
                          .arg(QLocale().toString(TableLimits::kMaxCellCharacters)));
    }
    return XlsxPart::Read;
}

} // namespace assure
