// Checks the change history's hash chain: entries altered, removed or added outside Assure, in words for people.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace assure {

class HistoryVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(assure::HistoryVerifier)

public:
    // What is wrong with the chain, empty when it is whole; entries gets how many entries the
    // table holds and headHash the hash the head records (for check to print).
    static QStringList verify(sqlite3 *db, qint64 *entries = nullptr, QString *headHash = nullptr);

private:
    // The entries one by one against their hashes; previous gets the newest entry's stored hash
    // and expected the number after the newest.
    static QStringList checkEntries(sqlite3 *db, qint64 *count, qint64 *expected, QString *previous);
    // The head against the newest entry.
    static QStringList checkHead(sqlite3 *db, qint64 last, const QString &previous, QString *headHash);
};

} // namespace assure
