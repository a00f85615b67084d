// How the scorecard's kinds map to their tables: the board's domains and their summaries per period.
#pragma once

#include "core/scorecard/scorecarddomain.h"
#include "storage/tablemapping.h"

namespace assure {

template <> struct TableMapping<ScorecardDomain> : RowIdKey
{
    static QString table() { return QStringLiteral("scorecard_domain"); }
    static QStringList columns() { return {QStringLiteral("name"), QStringLiteral("position")}; }
    static auto values(const ScorecardDomain &d) { return columnValues(d.name, d.position); }
    static ScorecardDomain read(const Row &r)
    {
        ScorecardDomain d;
        d.id = r.integer(0);
        d.name = r.text(1);
        d.position = int(r.integer(2));
        return d;
    }
};

template <> struct TableMapping<ScorecardSummary> : RowIdKey
{
    static QString table() { return QStringLiteral("scorecard_summary"); }
    static QStringList columns()
    {
        return {QStringLiteral("domain_id"), QStringLiteral("period_key"), QStringLiteral("text")};
    }
    static auto values(const ScorecardSummary &s) { return columnValues(s.domainId, s.periodKey, s.text); }
    static ScorecardSummary read(const Row &r)
    {
        ScorecardSummary s;
        s.id = r.integer(0);
        s.domainId = r.integer(1);
        s.periodKey = r.text(2);
        s.text = r.text(3);
        return s;
    }
};

} // namespace assure
