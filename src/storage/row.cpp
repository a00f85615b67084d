// Reading one result row straight from SQLite, for the table mappings.
#include "storage/tablemapping.h"

#include <sqlite3.h>

namespace assure {

QString Row::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
}

qint64 Row::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Row::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

std::optional<double> Row::optionalReal(int column) const
{
    if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return std::nullopt;
    return real(column);
}

} // namespace assure
