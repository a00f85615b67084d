// The change history's hash chain: what an entry's hash covers, and the hash itself.
#pragma once

#include "core/historyentry.h"
#include "storage/history/sha256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace assure::HistoryChain {

// What the hash covers: every column but the hash, as text, each preceded by its length.
QByteArray canonicalContent(const HistoryEntry &entry);
// The same from the columns as SQLite holds them, in the order of canonicalContent().
QByteArray canonical(const QStringList &columns);
// Entry n's hash: SHA-256 (hex) of entry n-1's hash and entry n's canonical content.
QString hash(const QString &previousHash, const QByteArray &content);
QString chainHash(const QString &previousHash, const HistoryEntry &entry);

// One column of the canonical content: its UTF-8 length, a colon and its bytes.
void addPiece(QByteArray &out, QByteArrayView bytes);
// ... the same straight into a hash.
void hashPiece(Sha256 &hash, QByteArrayView bytes);

} // namespace assure::HistoryChain
