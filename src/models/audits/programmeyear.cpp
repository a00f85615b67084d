// One financial year of the audit programme, gathered once for the table and the calendar.
#include "models/audits/programmeyear.h"

#include "core/statuspalette.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace assure {

quint32 occurrenceStatusRgb(OccurrenceStatus status)
{
    switch (status) {
    case OccurrenceStatus::Planned: return 0xe3ecf5;
    case OccurrenceStatus::Due: return ragRgb(Rag::Amber);
    case OccurrenceStatus::Overdue: return ragRgb(Rag::Red);
    case OccurrenceStatus::Done: return ragRgb(Rag::Green);
    case OccurrenceStatus::Skipped: break;
    }
    return ragRgb(Rag::NotApplicable);
}

ProgrammeYear::ProgrammeYear(const Workspace &workspace, int startYear, const QDate &asOf)
    : m_startYear(startYear), m_fyStartMonth(workspace.board().fyStartMonth)
{
    QHash<qint64, QList<ProgrammeOccurrence>> stored;
    for (const ProgrammeOccurrence &o : workspace.items<ProgrammeOccurrence>())
        stored[o.entryId] << o;
    // An audit planned from an occurrence names it; the one that did it is named by the occurrence.
    QHash<qint64, const Audit *> plannedFor;
    for (const Audit &a : workspace.items<Audit>())
        if (a.occurrenceId != 0 && !plannedFor.contains(a.occurrenceId))
            plannedFor.insert(a.occurrenceId, &a);
    for (const ProgrammeEntry &e : workspace.items<ProgrammeEntry>()) {
        const int entry = int(m_entries.size());
        m_entries.push_back(e);
        QString lead = e.lead;
        if (const Person *p = workspace.items<Person>().find(e.leadPersonId))
            lead = p->name;
        else if (const SubGroup *g = workspace.items<SubGroup>().find(e.leadSubgroupId))
            lead = g->name;
        m_leads.push_back(lead);
        for (const ProgrammeOccurrence &o : occurrencesInYear(e, stored.value(e.id), startYear, m_fyStartMonth)) {
            ProgrammeRow r;
            r.entry = entry;
            r.occurrence = o;
            r.status = occurrenceStatus(o, asOf);
            const Audit *audit = workspace.items<Audit>().find(o.auditId);
            if (!audit && o.id != 0)
                audit = plannedFor.value(o.id);
            if (audit) {
                r.auditId = audit->id;
                r.auditRef = audit->ref;
            }
            m_rows.push_back(std::move(r));
        }
    }
}

QDate ProgrammeYear::monthAt(int n) const
{
    return QDate(m_startYear, m_fyStartMonth, 1).addMonths(n);
}

int ProgrammeYear::monthIndex(const QDate &month) const
{
    const QDate first(m_startYear, m_fyStartMonth, 1);
    const int n = (month.year() - first.year()) * 12 + month.month() - first.month();
    return n >= 0 && n < 12 ? n : -1;
}

std::array<int, 5> ProgrammeYear::counts() const
{
    std::array<int, 5> out{};
    for (const ProgrammeRow &r : m_rows)
        ++out[size_t(r.status)];
    return out;
}

QString ProgrammeYear::monthText(const QDate &month)
{
    return QLocale().toString(month, QStringLiteral("MMM yyyy"));
}

QList<int> ProgrammeYear::yearsOffered(const Workspace &workspace, const QDate &today)
{
    const int fyStart = workspace.board().fyStartMonth;
    const auto yearOf = [fyStart](const QDate &d) { return d.month() >= fyStart ? d.year() : d.year() - 1; };
    QList<int> years;
    for (const ProgrammeOccurrence &o : workspace.items<ProgrammeOccurrence>())
        years << yearOf(o.due);
    if (workspace.items<ProgrammeEntry>().size() > 0)
        years << yearOf(today) << yearOf(today) + 1;
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    return years;
}

} // namespace assure
