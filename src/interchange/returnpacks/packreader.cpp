// Reads a return pack back: its identity first, refusing another board's, agency's or kind's pack, then its sheets.
#include "interchange/returnpacks/packreader.h"

#include "interchange/xlsxreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::PackReader)
};

constexpr int kShownCharacters = 60;

// How an OLE file names its streams.
QByteArray utf16le(const QString &text)
{
    QByteArray out;
    for (const QChar c : text)
        out.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    return out;
}

} // namespace

QString PackReader::cellName(const QString &sheet, int row, int column)
{
    return QStringLiteral("%1!%2%3").arg(sheet, SourceTable::columnLetters(column)).arg(row);
}

QString PackReader::quoted(const QString &value)
{
    if (value.size() <= kShownCharacters)
        return Tr::tr("“%1”").arg(value);
    return Tr::tr("“%1…” (%n characters)", nullptr, static_cast<int>(value.size())).arg(value.left(kShownCharacters));
}

bool PackReader::open(const QString &path, const PackExpectation &expected)
{
    m_error.clear();
    m_fileName = path;
    m_shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir()) {
        m_error = Tr::tr("“%1” is a folder, not a return pack").arg(m_shown);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = Tr::tr("cannot read “%1”: %2").arg(m_shown, file.errorString());
        return false;
    }
    m_data = file.readAll();
    // A workbook saved with a password to open is an encrypted package inside an OLE file; without
    // this the reader would call it an old .xls.
    if (m_data.startsWith("\xD0\xCF\x11\xE0") && m_data.contains(utf16le(QStringLiteral("EncryptedPackage")))) {
        m_error = Tr::tr("“%1” is protected by a password, so Assure cannot read it: open it, remove the password "
                         "(in Excel: File > Info > Protect Workbook > Encrypt with Password) and save it again")
                      .arg(m_shown);
        return false;
    }

    XlsxReader reader;
    reader.setSheetName(PackIdentity::sheetName());
    const auto table = reader.read(m_data, path);
    if (!table) {
        // A workbook without the sheet is another program's; anything else is not a workbook.
        if (!reader.sheetNames().isEmpty())
            m_error = Tr::tr("“%1” is not an Assure return pack: it has no sheet “%2” (was it made by another "
                             "program, or the sheet removed?)")
                          .arg(m_shown, PackIdentity::sheetName());
        else
            m_error = Tr::tr("“%1” is not a return pack: %2").arg(m_shown, reader.errorString());
        return false;
    }
    QString why;
    const auto identity = PackIdentity::fromTable(*table, &why);
    if (!identity) {
        m_error = Tr::tr("“%1” is not a return pack Assure can read: %2").arg(m_shown, why);
        return false;
    }
    m_identity = *identity;
    const auto refuse = [this](const QString &reason) {
        m_error = Tr::tr("“%1” is refused: %2").arg(m_shown, reason);
        return false;
    };
    if (!expected.kind.isEmpty() && m_identity.kind != expected.kind)
        return refuse(Tr::tr("it is a pack of another kind (“%1”, not “%2”)").arg(m_identity.kind, expected.kind));
    if (!expected.boardId.isEmpty() && m_identity.boardId != expected.boardId)
        return refuse(Tr::tr("it was exported from another board (“%1”), not from this one").arg(m_identity.boardName));
    if (!expected.agencyName.isEmpty() &&
        m_identity.agencyName.compare(expected.agencyName.trimmed(), Qt::CaseInsensitive) != 0)
        return refuse(Tr::tr("it is the pack of %1, not of %2").arg(m_identity.agencyName, expected.agencyName));
    if (!expected.round.isEmpty() && m_identity.round != expected.round)
        return refuse(Tr::tr("it is for the round “%1”, not “%2”").arg(m_identity.round, expected.round));
    if (!expected.frameworkVersion.isEmpty() && m_identity.frameworkVersion != expected.frameworkVersion)
        return refuse(Tr::tr("it was made for version “%1” of the framework, and the board now has version “%2”")
                          .arg(m_identity.frameworkVersion, expected.frameworkVersion));
    return true;
}

std::optional<SourceTable> PackReader::sheet(const QString &name, const QStringList &header)
{
    XlsxReader reader;
    reader.setSheetName(name);
    auto table = reader.read(m_data, m_fileName);
    if (!table) {
        if (!reader.sheetNames().isEmpty() && !reader.sheetNames().contains(name, Qt::CaseInsensitive))
            m_error = Tr::tr("“%1” has no sheet “%2”: was it renamed or removed? Its sheets are: %3")
                          .arg(m_shown, name, reader.sheetNames().join(QStringLiteral(", ")));
        else
            m_error = reader.errorString();
        return std::nullopt;
    }
    if (table->headerRowNumber() != 1) {
        m_error = Tr::tr("%1: the column headings were moved from row 1; put them back as exported")
                      .arg(cellName(name, 1, 0));
        return std::nullopt;
    }
    for (int c = 0; c < header.size(); ++c) {
        const QString found = table->header().value(c);
        if (SourceTable::normalisedHeader(found) != SourceTable::normalisedHeader(header.at(c))) {
            m_error = Tr::tr("%1: the column heading is %2 where the pack had “%3”: were columns moved or "
                             "removed?")
                          .arg(cellName(name, 1, c), quoted(found), header.at(c));
            return std::nullopt;
        }
    }
    return table;
}

} // namespace assure
