// The compact JSON of history entries, written straight to UTF-8 bytes as QJsonDocument would write it.
//
// Recording a bulk edit writes three small objects per row; building each through QJsonObject and
// QJsonDocument cost more than the row's own update. The text is the same byte for byte (keys in
// QJsonObject's sorted order, numbers and strings as its writer gives them), so the hash chain and
// what check verifies do not change.
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace assure {

struct HistoryEntry;

class HistoryJson final
{
public:
    // One object's members in the order QJsonObject keeps them, each as its quoted name and colon.
    struct Member
    {
        int index = 0; // in the list of names given
        QByteArray prefix;
    };
    static std::vector<Member> members(const QStringList &names);

    // Appends the value as the history's JSON has it: null, an integer, a number or a string.
    static void appendValue(QByteArray &out, const QVariant &v);
    // Whether two values are the same once on the record (as QJsonValue compares them).
    static bool same(const QVariant &a, const QVariant &b);

    // The row changes of a format-4 entry (action 'changes', 0004_operation_history.sql), each as
    // an entry of its own; false when its JSON is not what Assure writes (altered outside Assure:
    // HistoryLog::verify() says so).
    static bool expandChanges(const HistoryEntry &entry, std::vector<HistoryEntry> &out);
};

} // namespace assure
