// What a table mapping is: the template each kind specialises in its feature's mapping header
// (boardmappings.h, indicatormappings.h...), the row reader it reads with and the shared key shapes.
#pragma once

#include "storage/columnvalues.h"

#include <QString>
#include <QStringList>

#include <optional>

struct sqlite3_stmt;

namespace assure {

// A mapping names the table, its key columns and its other columns (in bind order), gives a value's
// key and column values as typed tuples in that order (columnvalues.h), and reads a row (selected as
// keys() followed by columns()) back into a value.
// Types keyed by a single rowid ("id") take a new one when inserted with id 0.
template <class T> struct TableMapping;

// One row of a result, read straight from SQLite: loading a large board is mostly text columns,
// and going through QSqlQuery would convert each to UTF-16 in SQLite and wrap it in a QVariant.
// Its reads are defined in row.cpp, so that <sqlite3.h> stays inside storage.
class Row final
{
public:
    explicit Row(sqlite3_stmt *statement) : m_statement(statement) {}
    QString text(int column) const;
    qint64 integer(int column) const;
    bool flag(int column) const { return integer(column) != 0; }
    double real(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    sqlite3_stmt *m_statement;
};

// Mappings keyed by a rowid share these.
struct RowIdKey
{
    static constexpr bool kRowId = true;
    static QStringList keys() { return {QStringLiteral("id")}; }
    template <class T> static auto keyValues(const T &item) { return columnValues(NullableId{item.id}); }
};

// Series rows are keyed by their indicator and period.
struct SeriesKey
{
    static constexpr bool kRowId = false;
    static QStringList keys() { return {QStringLiteral("indicator_id"), QStringLiteral("period_key")}; }
    template <class T> static auto keyValues(const T &item) { return columnValues(item.indicatorId, item.periodKey); }
};

// Settings of which an indicator has at most one row.
struct IndicatorKey
{
    static constexpr bool kRowId = false;
    static QStringList keys() { return {QStringLiteral("indicator_id")}; }
    template <class T> static auto keyValues(const T &item) { return columnValues(item.indicatorId); }
};

} // namespace assure
