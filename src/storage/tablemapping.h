// How each domain type maps to its table: one specialisation of TableMapping per type.
#pragma once

#include "core/agency.h"
#include "core/person.h"
#include "core/subgroup.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace assure {

// A mapping names the table, its columns other than id (in bind order), how a value binds to
// them and how a row (selected as id followed by columns()) becomes a value.
template <class T>
struct TableMapping;

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
    static Agency read(const QSqlQuery &q)
    {
        Agency a;
        a.id = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.sector = sectorFromKey(q.value(2).toString());
        a.section11 = q.value(3).toInt() != 0;
        a.active = q.value(4).toInt() != 0;
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
    static Person read(const QSqlQuery &q)
    {
        Person p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.role = q.value(2).toString();
        p.agencyId = q.value(3).toLongLong();
        p.email = q.value(4).toString();
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
    static SubGroup read(const QSqlQuery &q)
    {
        SubGroup s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.chairId = q.value(2).toLongLong();
        s.remit = q.value(3).toString();
        return s;
    }
};

} // namespace assure
