// How the audit programme maps to its tables: its entries and their occurrences.
#pragma once

#include "core/audits/programme.h"
#include "storage/actions/actionmappings.h"
#include "storage/tablemapping.h"

namespace assure {

template <> struct TableMapping<ProgrammeEntry> : RowIdKey
{
    static QString table() { return QStringLiteral("audit_programme_entry"); }
    static QStringList columns()
    {
        return {QStringLiteral("subject"),          QStringLiteral("criteria"),   QStringLiteral("category"),
                QStringLiteral("frequency"),        QStringLiteral("due_months"), QStringLiteral("lead_person_id"),
                QStringLiteral("lead_subgroup_id"), QStringLiteral("lead"),       QStringLiteral("reporting_route"),
                QStringLiteral("comment")};
    }
    static auto values(const ProgrammeEntry &e)
    {
        return columnValues(e.subject, e.criteria, programmeCategoryKey(e.category), programmeFrequencyKey(e.frequency),
                            monthListText(e.dueMonths), NullableId{e.leadPersonId}, NullableId{e.leadSubgroupId},
                            e.lead, e.reportingRoute, e.comment);
    }
    static ProgrammeEntry read(const Row &r)
    {
        ProgrammeEntry e;
        e.id = r.integer(0);
        e.subject = r.text(1);
        e.criteria = r.text(2);
        e.category = programmeCategoryFromKey(r.text(3)).value_or(ProgrammeCategory::MonitoringAudit);
        e.frequency = programmeFrequencyFromKey(r.text(4)).value_or(ProgrammeFrequency::Annual);
        e.dueMonths = monthListFromText(r.text(5));
        e.leadPersonId = r.integer(6);
        e.leadSubgroupId = r.integer(7);
        e.lead = r.text(8);
        e.reportingRoute = r.text(9);
        e.comment = r.text(10);
        return e;
    }
};

template <> struct TableMapping<ProgrammeOccurrence> : RowIdKey
{
    static QString table() { return QStringLiteral("audit_programme_occurrence"); }
    static QStringList columns()
    {
        return {QStringLiteral("entry_id"),   QStringLiteral("due"),      QStringLiteral("moved"),
                QStringLiteral("outcome"),    QStringLiteral("audit_id"), QStringLiteral("done_on"),
                QStringLiteral("skip_reason")};
    }
    static auto values(const ProgrammeOccurrence &o)
    {
        using actioncolumns::day;
        return columnValues(o.entryId, day(o.due), day(o.moved), occurrenceOutcomeKey(o.outcome), NullableId{o.auditId},
                            day(o.doneOn), o.skipReason);
    }
    static ProgrammeOccurrence read(const Row &r)
    {
        using actioncolumns::day;
        ProgrammeOccurrence o;
        o.id = r.integer(0);
        o.entryId = r.integer(1);
        o.due = day(r.text(2));
        o.moved = day(r.text(3));
        o.outcome = occurrenceOutcomeFromKey(r.text(4)).value_or(ProgrammeOccurrence::Outcome::Open);
        o.auditId = r.integer(5);
        o.doneOn = day(r.text(6));
        o.skipReason = r.text(7);
        return o;
    }
};

} // namespace assure
