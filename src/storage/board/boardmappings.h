// How the board's own kinds map to their tables: the board row, agencies, people, sub-groups and priorities.
#pragma once

#include "core/board/agency.h"
#include "core/board/board.h"
#include "core/board/person.h"
#include "core/board/priority.h"
#include "core/board/subgroup.h"
#include "storage/tablemapping.h"

namespace assure {

// The board is the single row with id 1.
template <> struct TableMapping<Board>
{
    static constexpr bool kRowId = false;
    static QString table() { return QStringLiteral("board"); }
    static QStringList keys() { return {QStringLiteral("id")}; }
    static auto keyValues(const Board &) { return columnValues(qint64(1)); }
    static QStringList columns()
    {
        return {QStringLiteral("name"), QStringLiteral("area"), QStringLiteral("board_type"),
                QStringLiteral("fy_start_month")};
    }
    static auto values(const Board &b) { return columnValues(b.name, b.area, boardTypeKey(b.type), b.fyStartMonth); }
    static Board read(const Row &r)
    {
        Board b;
        b.name = r.text(1);
        b.area = r.text(2);
        b.type = boardTypeFromKey(r.text(3));
        b.fyStartMonth = int(r.integer(4));
        return b;
    }
};

template <> struct TableMapping<Agency> : RowIdKey
{
    static QString table() { return QStringLiteral("agency"); }
    static QStringList columns()
    {
        return {QStringLiteral("name"), QStringLiteral("sector"), QStringLiteral("section11"),
                QStringLiteral("active")};
    }
    static auto values(const Agency &a)
    {
        return columnValues(a.name, sectorKey(a.sector), a.section11 ? 1 : 0, a.active ? 1 : 0);
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

template <> struct TableMapping<Person> : RowIdKey
{
    static QString table() { return QStringLiteral("person"); }
    static QStringList columns()
    {
        return {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("agency_id"), QStringLiteral("email")};
    }
    static auto values(const Person &p) { return columnValues(p.name, p.role, NullableId{p.agencyId}, p.email); }
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

template <> struct TableMapping<SubGroup> : RowIdKey
{
    static QString table() { return QStringLiteral("subgroup"); }
    static QStringList columns()
    {
        return {QStringLiteral("name"), QStringLiteral("chair_id"), QStringLiteral("remit")};
    }
    static auto values(const SubGroup &s) { return columnValues(s.name, NullableId{s.chairId}, s.remit); }
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

template <> struct TableMapping<Priority> : RowIdKey
{
    static QString table() { return QStringLiteral("priority"); }
    static QStringList columns()
    {
        return {QStringLiteral("title"), QStringLiteral("year"), QStringLiteral("description"),
                QStringLiteral("lead_subgroup_id")};
    }
    static auto values(const Priority &p)
    {
        return columnValues(p.title, p.year, p.description, NullableId{p.leadSubgroupId});
    }
    static Priority read(const Row &r)
    {
        Priority p;
        p.id = r.integer(0);
        p.title = r.text(1);
        p.year = int(r.integer(2));
        p.description = r.text(3);
        p.leadSubgroupId = r.integer(4);
        return p;
    }
};

} // namespace assure
