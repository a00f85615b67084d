// The compact JSON of history entries, written straight to UTF-8 bytes as QJsonDocument would write it.
//
// Recording a bulk edit writes three small objects per row; building each through QJsonObject and
// QJsonDocument cost more than the row's own update. The text is the same byte for byte (keys in
// QJsonObject's sorted order, numbers and strings as its writer gives them), so the hash chain and
// what check verifies do not change.
#pragma once

#include "storage/columnvalues.h"

#include <QByteArray>
#include <QStringList>

#include <array>
#include <tuple>
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

    // One column value on its way to the record: a view of a typed value (columnvalues.h), so that
    // a row's values need not be copied or wrapped to be compared and written.
    struct Field
    {
        enum class Kind : quint8 { Null, Integer, Real, Text };
        Kind kind = Kind::Null;
        qint64 integer = 0;
        double real = 0;
        const QString *text = nullptr; // in the row it was taken from, which must outlive the field
    };
    static Field field(qint64 v) { return {Field::Kind::Integer, v, 0, nullptr}; }
    static Field field(int v) { return field(qint64(v)); }
    static Field field(double v) { return {Field::Kind::Real, 0, v, nullptr}; }
    static Field field(const QString &v) { return {Field::Kind::Text, 0, 0, &v}; }
    static Field field(const QString &&) = delete;
    static Field field(const NullableReal &v) { return v ? field(*v) : Field{}; }
    static Field field(NullableId v) { return v.isNull() ? Field{} : field(v.id); }
    // A row's fields, in its order.
    template <class Row> static std::array<Field, std::tuple_size_v<Row>> fields(const Row &row)
    {
        return std::apply([](const auto &...v) { return std::array<Field, std::tuple_size_v<Row>>{field(v)...}; }, row);
    }

    // Appends the value as the history's JSON has it: null, an integer, a number or a string.
    static void appendValue(QByteArray &out, const Field &v);
    // Whether two values are the same once on the record (as QJsonValue compares them).
    static bool same(const Field &a, const Field &b);

    // The row changes of a format-4 entry (action 'changes', 0004_operation_history.sql), each as
    // an entry of its own; false when its JSON is not what Assure writes (altered outside Assure:
    // HistoryVerifier::verify() says so).
    static bool expandChanges(const HistoryEntry &entry, std::vector<HistoryEntry> &out);
};

} // namespace assure
