// How the escalation log maps to its tables: escalations, the board's reasons, the actions linked
// to an escalation, and the board's levels (one row).
#pragma once

#include "core/voices/escalation.h"
#include "storage/actions/actionmappings.h"
#include "storage/tablemapping.h"

namespace assure {

template <> struct TableMapping<Escalation> : RowIdKey
{
    static QString table() { return QStringLiteral("escalation"); }
    static QStringList columns()
    {
        return {QStringLiteral("ref"),
                QStringLiteral("raised"),
                QStringLiteral("raised_by_agency_id"),
                QStringLiteral("raised_with_agency_id"),
                QStringLiteral("reason_id"),
                QStringLiteral("level"),
                QStringLiteral("resolution"),
                QStringLiteral("resolved"),
                QStringLiteral("learning")};
    }
    static auto values(const Escalation &e)
    {
        using actioncolumns::day;
        return columnValues(e.ref, day(e.raised), e.raisedByAgencyId, e.raisedWithAgencyId, e.reasonId, e.level,
                            e.resolution, day(e.resolved), e.learning);
    }
    static Escalation read(const Row &row)
    {
        using actioncolumns::day;
        Escalation e;
        e.id = row.integer(0);
        e.ref = row.text(1);
        e.raised = day(row.text(2));
        e.raisedByAgencyId = row.integer(3);
        e.raisedWithAgencyId = row.integer(4);
        e.reasonId = row.integer(5);
        e.level = int(row.integer(6));
        e.resolution = row.text(7);
        e.resolved = day(row.text(8));
        e.learning = row.text(9);
        return e;
    }
};

template <> struct TableMapping<EscalationReason> : RowIdKey
{
    static QString table() { return QStringLiteral("escalation_reason"); }
    static QStringList columns() { return {QStringLiteral("name")}; }
    static auto values(const EscalationReason &r) { return columnValues(r.name); }
    static EscalationReason read(const Row &r) { return {r.integer(0), r.text(1)}; }
};

template <> struct TableMapping<EscalationAction> : RowIdKey
{
    static QString table() { return QStringLiteral("escalation_action"); }
    static QStringList columns() { return {QStringLiteral("escalation_id"), QStringLiteral("action_id")}; }
    static auto values(const EscalationAction &l) { return columnValues(l.escalationId, l.actionId); }
    static EscalationAction read(const Row &r) { return {r.integer(0), r.integer(1), r.integer(2)}; }
};

// The settings are the single row with id 1; the level names are one a line.
template <> struct TableMapping<EscalationSettings>
{
    static constexpr bool kRowId = false;
    static QString table() { return QStringLiteral("escalation_settings"); }
    static QStringList keys() { return {QStringLiteral("id")}; }
    static auto keyValues(const EscalationSettings &) { return columnValues(qint64(1)); }
    static QStringList columns() { return {QStringLiteral("level_names")}; }
    static auto values(const EscalationSettings &s)
    {
        QStringList names;
        for (const QString &n : s.levelNames)
            names << n.simplified(); // a name of one line
        return columnValues(names.join(QLatin1Char('\n')));
    }
    static EscalationSettings read(const Row &r)
    {
        EscalationSettings s;
        s.levelNames = r.text(1).split(QLatin1Char('\n'));
        return s;
    }
};

} // namespace assure
