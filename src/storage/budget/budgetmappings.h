// How the board's budget lines and its budget settings (one row) map to their tables.
#pragma once

#include "core/budget/budgetline.h"
#include "storage/tablemapping.h"

namespace assure {

// A line's quarters are four whole-pence columns and a mask of those reported (0012_budget.sql):
// a quarter not reported is 0 in its column and absent in the line.
template <> struct TableMapping<BudgetLine> : RowIdKey
{
    static QString table() { return QStringLiteral("budget_line"); }
    static QStringList columns()
    {
        return {QStringLiteral("year"),      QStringLiteral("kind"),   QStringLiteral("name"),
                QStringLiteral("agency_id"), QStringLiteral("budget"), QStringLiteral("q1"),
                QStringLiteral("q2"),        QStringLiteral("q3"),     QStringLiteral("q4"),
                QStringLiteral("reported")};
    }
    static qint64 quarter(const BudgetLine &l, int q) { return l.quarters[size_t(q)].value_or(0); }
    static int reported(const BudgetLine &l)
    {
        int mask = 0;
        for (int q = 0; q < 4; ++q)
            if (l.quarters[size_t(q)])
                mask |= 1 << q;
        return mask;
    }
    static auto values(const BudgetLine &l)
    {
        return columnValues(l.year, budgetKindKey(l.kind), l.name, NullableId{l.agencyId}, l.budget, quarter(l, 0),
                            quarter(l, 1), quarter(l, 2), quarter(l, 3), reported(l));
    }
    static BudgetLine read(const Row &r)
    {
        BudgetLine l;
        l.id = r.integer(0);
        l.year = int(r.integer(1));
        l.kind = budgetKindFromKey(r.text(2)).value_or(BudgetKind::Spend);
        l.name = r.text(3);
        l.agencyId = r.integer(4);
        l.budget = r.integer(5);
        const qint64 mask = r.integer(10);
        for (int q = 0; q < 4; ++q)
            if (mask & (qint64(1) << q))
                l.quarters[size_t(q)] = r.integer(6 + q);
        return l;
    }
};

// The settings are the single row with id 1.
template <> struct TableMapping<BudgetSettings>
{
    static constexpr bool kRowId = false;
    static QString table() { return QStringLiteral("budget_settings"); }
    static QStringList keys() { return {QStringLiteral("id")}; }
    static auto keyValues(const BudgetSettings &) { return columnValues(qint64(1)); }
    static QStringList columns() { return {QStringLiteral("tolerance_percent")}; }
    static auto values(const BudgetSettings &s) { return columnValues(s.tolerancePercent); }
    static BudgetSettings read(const Row &r)
    {
        BudgetSettings s;
        s.tolerancePercent = int(r.integer(1));
        return s;
    }
};

} // namespace assure
