// How the board's action settings (one row) and its development plans map to their tables.
#pragma once

#include "core/actions/actionrules.h"
#include "core/actions/developmentplan.h"
#include "storage/actions/actionmappings.h"

#include <cmath>

namespace assure {

// The settings are the single row with id 1; the shares are kept as whole percentages.
template <> struct TableMapping<ActionSettings>
{
    static constexpr bool kRowId = false;
    static QString table() { return QStringLiteral("action_settings"); }
    static QStringList keys() { return {QStringLiteral("id")}; }
    static auto keyValues(const ActionSettings &) { return columnValues(qint64(1)); }
    static QStringList columns()
    {
        return {QStringLiteral("due_soon_days"), QStringLiteral("rag_green_percent"),
                QStringLiteral("rag_amber_percent")};
    }
    static auto values(const ActionSettings &s)
    {
        return columnValues(s.dueSoonDays, int(std::lround(s.ragGreenAt * 100)), int(std::lround(s.ragAmberAt * 100)));
    }
    static ActionSettings read(const Row &r)
    {
        ActionSettings s;
        s.dueSoonDays = int(r.integer(1));
        s.ragGreenAt = double(r.integer(2)) / 100;
        s.ragAmberAt = double(r.integer(3)) / 100;
        return s;
    }
};

template <> struct TableMapping<DevelopmentPlan> : RowIdKey
{
    static QString table() { return QStringLiteral("development_plan"); }
    static QStringList columns()
    {
        return {
            QStringLiteral("priority_id"), QStringLiteral("chair_person_id"),   QStringLiteral("title"),
            QStringLiteral("methodology"), QStringLiteral("expertise"),         QStringLiteral("consultation"),
            QStringLiteral("resources"),   QStringLiteral("quality_assurance"), QStringLiteral("performance_measures"),
            QStringLiteral("start_date"),  QStringLiteral("end_date")};
    }
    static auto values(const DevelopmentPlan &p)
    {
        using actioncolumns::day;
        return columnValues(NullableId{p.priorityId}, NullableId{p.chairPersonId}, p.title, p.methodology, p.expertise,
                            p.consultation, p.resources, p.qualityAssurance, p.performanceMeasures, day(p.start),
                            day(p.end));
    }
    static DevelopmentPlan read(const Row &r)
    {
        using actioncolumns::day;
        DevelopmentPlan p;
        p.id = r.integer(0);
        p.priorityId = r.integer(1);
        p.chairPersonId = r.integer(2);
        p.title = r.text(3);
        p.methodology = r.text(4);
        p.expertise = r.text(5);
        p.consultation = r.text(6);
        p.resources = r.text(7);
        p.qualityAssurance = r.text(8);
        p.performanceMeasures = r.text(9);
        p.start = day(r.text(10));
        p.end = day(r.text(11));
        return p;
    }
};

} // namespace assure
