// How action plans map to their tables: actions, their milestones and their progress updates.
#pragma once

#include "core/actions/action.h"
#include "storage/tablemapping.h"

#include <QDate>

namespace assure {

namespace actioncolumns {
// A day as the file holds it: 'YYYY-MM-DD', '' when not given.
inline QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
inline QDate day(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}
} // namespace actioncolumns

template <> struct TableMapping<Action> : RowIdKey
{
    static QString table() { return QStringLiteral("action"); }
    static QStringList columns()
    {
        return {QStringLiteral("ref"),
                QStringLiteral("title"),
                QStringLiteral("description"),
                QStringLiteral("success_measure"),
                QStringLiteral("evidence"),
                QStringLiteral("owner_agency_id"),
                QStringLiteral("lead_person_id"),
                QStringLiteral("resources"),
                QStringLiteral("source_kind"),
                QStringLiteral("source_id"),
                QStringLiteral("rationale"),
                QStringLiteral("start_date"),
                QStringLiteral("due_date"),
                QStringLiteral("status"),
                QStringLiteral("cancel_reason"),
                QStringLiteral("impact_evidence"),
                QStringLiteral("impact_accepted_by"),
                QStringLiteral("impact_accepted_on"),
                QStringLiteral("impact_indicator_id")};
    }
    static auto values(const Action &a)
    {
        using actioncolumns::day;
        return columnValues(a.ref, a.title, a.description, a.successMeasure, a.evidence, NullableId{a.ownerAgencyId},
                            NullableId{a.leadPersonId}, a.resources, actionSourceKey(a.sourceKind), a.sourceId,
                            a.rationale, day(a.start), day(a.due), actionStatusKey(a.status), a.cancelReason,
                            a.impactEvidence, a.impactAcceptedBy, day(a.impactAcceptedOn),
                            NullableId{a.impactIndicatorId});
    }
    static Action read(const Row &r)
    {
        using actioncolumns::day;
        Action a;
        a.id = r.integer(0);
        a.ref = r.text(1);
        a.title = r.text(2);
        a.description = r.text(3);
        a.successMeasure = r.text(4);
        a.evidence = r.text(5);
        a.ownerAgencyId = r.integer(6);
        a.leadPersonId = r.integer(7);
        a.resources = r.text(8);
        a.sourceKind = actionSourceFromKey(r.text(9)).value_or(ActionSource::None);
        a.sourceId = r.integer(10);
        a.rationale = r.text(11);
        a.start = day(r.text(12));
        a.due = day(r.text(13));
        a.status = actionStatusFromKey(r.text(14)).value_or(ActionStatus::NotStarted);
        a.cancelReason = r.text(15);
        a.impactEvidence = r.text(16);
        a.impactAcceptedBy = r.text(17);
        a.impactAcceptedOn = day(r.text(18));
        a.impactIndicatorId = r.integer(19);
        return a;
    }
};

template <> struct TableMapping<Milestone> : RowIdKey
{
    static QString table() { return QStringLiteral("action_milestone"); }
    static QStringList columns()
    {
        return {QStringLiteral("action_id"), QStringLiteral("date"), QStringLiteral("text"), QStringLiteral("done")};
    }
    static auto values(const Milestone &m)
    {
        return columnValues(m.actionId, actioncolumns::day(m.date), m.text, m.done ? 1 : 0);
    }
    static Milestone read(const Row &r)
    {
        Milestone m;
        m.id = r.integer(0);
        m.actionId = r.integer(1);
        m.date = actioncolumns::day(r.text(2));
        m.text = r.text(3);
        m.done = r.flag(4);
        return m;
    }
};

template <> struct TableMapping<ProgressUpdate> : RowIdKey
{
    static QString table() { return QStringLiteral("action_update"); }
    static QStringList columns()
    {
        return {QStringLiteral("action_id"), QStringLiteral("date"), QStringLiteral("author"), QStringLiteral("text"),
                QStringLiteral("percent")};
    }
    // The percentage goes as a nullable real, which SQLite stores as the whole number it is.
    static auto values(const ProgressUpdate &u)
    {
        return columnValues(u.actionId, actioncolumns::day(u.date), u.author, u.text,
                            u.percent ? NullableReal(double(*u.percent)) : NullableReal());
    }
    static ProgressUpdate read(const Row &r)
    {
        ProgressUpdate u;
        u.id = r.integer(0);
        u.actionId = r.integer(1);
        u.date = actioncolumns::day(r.text(2));
        u.author = r.text(3);
        u.text = r.text(4);
        if (const auto p = r.optionalReal(5))
            u.percent = int(*p);
        return u;
    }
};

} // namespace assure
