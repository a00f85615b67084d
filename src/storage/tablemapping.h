// How each domain type maps to its table: one specialisation of TableMapping per type.
#pragma once

#include "core/agency.h"
#include "core/person.h"
#include "core/subgroup.h"

#include <QStringList>
#include <QVariantList>

#include <sqlite3.h>

namespace assure {

// A mapping names the table, its columns other than id (in bind order), how a value binds to
// them and how a row (selected as id followed by columns()) becomes a value.
template <class T>
struct TableMapping;

// One row of a result, read straight from SQLite: loading a large board is mostly text columns,
// and going through QSqlQuery would convert each to UTF-16 in SQLite and wrap it in a QVariant.
class Row final
{
public:
    explicit Row(sqlite3_stmt *statement) : m_statement(statement) {}
    QString text(int column) const
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    bool flag(int column) const { return integer(column) != 0; }

private:
    sqlite3_stmt *m_statement;
};

// A foreign key that is 0 in the domain and NULL in the file.
inline QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

template <>
struct TableMapping<Agency>
{
    static QString table() { return QStringLiteral("agency"); }
    static QStringList columns()
    {
        return {QStringLiteral("name"), QStringLiteral("sector"), QStringLiteral("section11"), QStringLiteral("active")};
    }
    static QVariantList values(const Agency &a)
    {
        return {a.name, sectorKey(a.sector), a.section11 ? 1 : 0, a.active ? 1 : 0};
    }
    static Agency read(const Row &r)
    {
        Agency a;
        a.id = r.integer(0);
        a.name = r.text(1);
        a.sector = sectorFromKey(r.text(2));
        a.section11 = r.flag(3);
        a.active = r.flag(4);
        return a;
    }
};

template <>
struct TableMapping<Person>
{
    static QString table() { return QStringLiteral("person"); }
    static QStringList columns()
    {
        return {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("agency_id"), QStringLiteral("email")};
    }
    static QVariantList values(const Person &p) { return {p.name, p.role, nullableId(p.agencyId), p.email}; }
    static Person read(const Row &r)
    {
        Person p;
        p.id = r.integer(0);
        p.name = r.text(1);
        p.role = r.text(2);
        p.agencyId = r.integer(3);
        p.email = r.text(4);
        return p;
    }
};

template <>
struct TableMapping<SubGroup>
{
    static QString table() { return QStringLiteral("subgroup"); }
    static QStringList columns()
    {
        return {QStringLiteral("name"), QStringLiteral("chair_id"), QStringLiteral("remit")};
    }
    static QVariantList values(const SubGroup &s) { return {s.name, nullableId(s.chairId), s.remit}; }
    static SubGroup read(const Row &r)
    {
        SubGroup s;
        s.id = r.integer(0);
        s.name = r.text(1);
        s.chairId = r.integer(2);
        s.remit = r.text(3);
        return s;
    }
};

} // namespace assure
