// The change history's hash chain: what an entry's hash covers, and the hash itself.
#include "storage/history/historychain.h"

#include <charconv>

namespace assure::HistoryChain {

namespace {

QByteArrayView lengthOf(QByteArrayView bytes, char (&digits)[24])
{
    const auto end = std::to_chars(digits, digits + sizeof digits, qint64(bytes.size())).ptr;
    return QByteArrayView(digits, end - digits);
}

} // namespace

void addPiece(QByteArray &out, QByteArrayView bytes)
{
    char digits[24];
    out.append(lengthOf(bytes, digits));
    out += ':';
    out.append(bytes);
}

void hashPiece(Sha256 &hash, QByteArrayView bytes)
{
    char digits[24];
    hash.add(lengthOf(bytes, digits));
    hash.add(":");
    hash.add(bytes);
}

// Each column as its UTF-8 length, a colon and its bytes: unambiguous whatever the text holds.
QByteArray canonical(const QStringList &columns)
{
    QByteArray out;
    out.reserve(512);
    for (const QString &c : columns)
        addPiece(out, c.toUtf8());
    return out;
}

QByteArray canonicalContent(const HistoryEntry &e)
{
    return canonical({QString::number(e.id), QString::number(e.operation), e.kind, QString::number(e.refersTo), e.label,
                      e.at, e.user, e.machine, e.table, e.key, e.action, e.oldValues, e.newValues});
}

QString hash(const QString &previousHash, const QByteArray &content)
{
    Sha256 h;
    h.add(previousHash.toLatin1());
    h.add(content);
    return QString::fromLatin1(h.hexResult());
}

QString chainHash(const QString &previousHash, const HistoryEntry &entry)
{
    return hash(previousHash, canonicalContent(entry));
}

} // namespace assure::HistoryChain
