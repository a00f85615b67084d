// A row's column values as typed C++ values: what a TableMapping gives, what a Statement binds and
// what the change history writes, without wrapping each value in a QVariant on the way.
//
// A row is a std::tuple whose elements are of these kinds: a whole number (int or qint64), a real
// (double), text (QString; a null QString is stored as ''), a NullableReal or a NullableId. Built
// with columnValues(), a row refers to the item's own members rather than copying them, so it must
// not outlive the item.
#pragma once

#include <QtGlobal>

#include <optional>
#include <tuple>
#include <utility>

namespace assure {

// A real that may be missing: NULL in the file.
using NullableReal = std::optional<double>;

// A foreign key that is 0 in the domain and NULL in the file.
struct NullableId
{
    qint64 id = 0;

    bool isNull() const { return id == 0; }
    friend bool operator==(NullableId a, NullableId b) { return a.id == b.id; }
    friend bool operator!=(NullableId a, NullableId b) { return a.id != b.id; }
};

// A row of the values given: members of an item (lvalues) by reference, values worked out (a key
// for an enum, a NullableId) by value.
template <class... Values> std::tuple<Values...> columnValues(Values &&...values)
{
    return std::tuple<Values...>(std::forward<Values>(values)...);
}

} // namespace assure
