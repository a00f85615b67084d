// One row change on the board's change history (or the start of the history), as views and exports read it.
#pragma once

#include <QDateTime>
#include <QString>

namespace assure {

struct HistoryEntry
{
    qint64 id = 0;        // the stored entry it is part of
    qint64 operation = 0; // the number of its operation's first entry
    QString kind;         // start, edit, undo, redo
    qint64 refersTo = 0;  // undo and redo: the operation of the edit taken back or done again
    QString label;        // what the user did, as the Edit menu named it
    QString at;           // UTC, ISO 8601 with milliseconds
    QString user;
    QString machine;
    QString table;
    QString key;       // compact JSON object of the key columns
    QString action;    // start, insert, update, delete
    QString oldValues; // compact JSON object of the changed columns before the change
    QString newValues; // ... and after it
    QString hash;

    QDateTime time() const { return QDateTime::fromString(at, Qt::ISODateWithMs); }
};

} // namespace assure
