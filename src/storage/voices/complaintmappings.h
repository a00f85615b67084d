// How the complaints log maps to its tables: entries, their linked actions, the board's response
// target (one row) and its own days off.
#pragma once

#include "core/voices/complaintrules.h"
#include "storage/actions/actionmappings.h"
#include "storage/tablemapping.h"

namespace assure {

template <> struct TableMapping<Complaint> : RowIdKey
{
    static QString table() { return QStringLiteral("complaint"); }
    static QStringList columns()
    {
        return {QStringLiteral("reference"), QStringLiteral("received"),  QStringLiteral("agency_id"),
                QStringLiteral("kind"),      QStringLiteral("theme"),     QStringLiteral("stage"),
                QStringLiteral("outcome"),   QStringLiteral("responded"), QStringLiteral("learning")};
    }
    static auto values(const Complaint &c)
    {
        using actioncolumns::day;
        return columnValues(c.reference, day(c.received), c.agencyId, complaintKindKey(c.kind), c.theme, int(c.stage),
                            complaintOutcomeKey(c.outcome), day(c.responded), c.learning);
    }
    static Complaint read(const Row &row)
    {
        using actioncolumns::day;
        Complaint c;
        c.id = row.integer(0);
        c.reference = row.text(1);
        c.received = day(row.text(2));
        c.agencyId = row.integer(3);
        c.kind = complaintKindFromKey(row.text(4)).value_or(ComplaintKind::Comment);
        c.theme = row.text(5);
        const int stage = int(row.integer(6));
        c.stage = stage >= 0 && stage <= 3 ? ComplaintStage(stage) : ComplaintStage::None;
        c.outcome = complaintOutcomeFromKey(row.text(7)).value_or(ComplaintOutcome::None);
        c.responded = day(row.text(8));
        c.learning = row.text(9);
        return c;
    }
};

template <> struct TableMapping<ComplaintAction> : RowIdKey
{
    static QString table() { return QStringLiteral("complaint_action"); }
    static QStringList columns() { return {QStringLiteral("complaint_id"), QStringLiteral("action_id")}; }
    static auto values(const ComplaintAction &l) { return columnValues(l.complaintId, l.actionId); }
    static ComplaintAction read(const Row &r) { return {r.integer(0), r.integer(1), r.integer(2)}; }
};

template <> struct TableMapping<ComplaintHoliday> : RowIdKey
{
    static QString table() { return QStringLiteral("complaint_holiday"); }
    static QStringList columns() { return {QStringLiteral("day"), QStringLiteral("name")}; }
    static auto values(const ComplaintHoliday &h)
    {
        using actioncolumns::day;
        return columnValues(day(h.day), h.name);
    }
    static ComplaintHoliday read(const Row &r)
    {
        using actioncolumns::day;
        return {r.integer(0), day(r.text(1)), r.text(2)};
    }
};

// The settings are the single row with id 1.
template <> struct TableMapping<ComplaintSettings>
{
    static constexpr bool kRowId = false;
    static QString table() { return QStringLiteral("complaint_settings"); }
    static QStringList keys() { return {QStringLiteral("id")}; }
    static auto keyValues(const ComplaintSettings &) { return columnValues(qint64(1)); }
    static QStringList columns() { return {QStringLiteral("target_days")}; }
    static auto values(const ComplaintSettings &s) { return columnValues(s.targetDays); }
    static ComplaintSettings read(const Row &r)
    {
        ComplaintSettings s;
        s.targetDays = int(r.integer(1));
        return s;
    }
};

} // namespace assure
