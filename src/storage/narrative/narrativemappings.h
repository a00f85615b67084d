// How the narrative of a period maps to its table: one summary per section and period.
#pragma once

#include "core/narrative/narrative.h"
#include "storage/tablemapping.h"

namespace assure {

template <> struct TableMapping<Narrative> : RowIdKey
{
    static QString table() { return QStringLiteral("narrative"); }
    static QStringList columns()
    {
        return {QStringLiteral("period_key"), QStringLiteral("section"), QStringLiteral("text")};
    }
    static auto values(const Narrative &n) { return columnValues(n.periodKey, narrativeSectionKey(n.section), n.text); }
    static Narrative read(const Row &r)
    {
        Narrative n;
        n.id = r.integer(0);
        n.periodKey = r.text(1);
        n.section = narrativeSectionFromKey(r.text(2)).value_or(NarrativeSection::ExecutiveSummary);
        n.text = r.text(3);
        return n;
    }
};

} // namespace assure
