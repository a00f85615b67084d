// How the risk register maps to its tables: risks, their linked indicators and actions, and the
// board's score bands (one row).
#pragma once

#include "core/risks/riskrules.h"
#include "storage/actions/actionmappings.h"
#include "storage/tablemapping.h"

namespace assure {

template <> struct TableMapping<Risk> : RowIdKey
{
    static QString table() { return QStringLiteral("risk"); }
    static QStringList columns()
    {
        return {QStringLiteral("title"),           QStringLiteral("cause"),      QStringLiteral("consequence"),
                QStringLiteral("owner_person_id"), QStringLiteral("likelihood"), QStringLiteral("impact"),
                QStringLiteral("target_score"),    QStringLiteral("review_date")};
    }
    static auto values(const Risk &r)
    {
        using actioncolumns::day;
        return columnValues(r.title, r.cause, r.consequence, NullableId{r.ownerPersonId}, r.likelihood, r.impact,
                            r.targetScore, day(r.reviewDate));
    }
    static Risk read(const Row &row)
    {
        using actioncolumns::day;
        Risk r;
        r.id = row.integer(0);
        r.title = row.text(1);
        r.cause = row.text(2);
        r.consequence = row.text(3);
        r.ownerPersonId = row.integer(4);
        r.likelihood = int(row.integer(5));
        r.impact = int(row.integer(6));
        r.targetScore = int(row.integer(7));
        r.reviewDate = day(row.text(8));
        return r;
    }
};

template <> struct TableMapping<RiskIndicator> : RowIdKey
{
    static QString table() { return QStringLiteral("risk_indicator"); }
    static QStringList columns() { return {QStringLiteral("risk_id"), QStringLiteral("indicator_id")}; }
    static auto values(const RiskIndicator &l) { return columnValues(l.riskId, l.indicatorId); }
    static RiskIndicator read(const Row &r) { return {r.integer(0), r.integer(1), r.integer(2)}; }
};

template <> struct TableMapping<RiskAction> : RowIdKey
{
    static QString table() { return QStringLiteral("risk_action"); }
    static QStringList columns() { return {QStringLiteral("risk_id"), QStringLiteral("action_id")}; }
    static auto values(const RiskAction &l) { return columnValues(l.riskId, l.actionId); }
    static RiskAction read(const Row &r) { return {r.integer(0), r.integer(1), r.integer(2)}; }
};

// The settings are the single row with id 1.
template <> struct TableMapping<RiskSettings>
{
    static constexpr bool kRowId = false;
    static QString table() { return QStringLiteral("risk_settings"); }
    static QStringList keys() { return {QStringLiteral("id")}; }
    static auto keyValues(const RiskSettings &) { return columnValues(qint64(1)); }
    static QStringList columns() { return {QStringLiteral("amber_from"), QStringLiteral("red_from")}; }
    static auto values(const RiskSettings &s) { return columnValues(s.amberFrom, s.redFrom); }
    static RiskSettings read(const Row &r)
    {
        RiskSettings s;
        s.amberFrom = int(r.integer(1));
        s.redFrom = int(r.integer(2));
        return s;
    }
};

} // namespace assure
