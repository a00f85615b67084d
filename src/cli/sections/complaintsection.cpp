// The `complaints` key of assure-cli voices's JSON.
#include "cli/sections/complaintsection.h"

#include "core/period.h"
#include "workspace/voices/complaintkinds.h"
#include "workspace/workspace.h"

#include <QJsonObject>

#include <algorithm>

namespace assure {

QJsonValue complaintsSection(const Workspace &ws, int startYear, const QDate &asOf)
{
    const Period year = Period::year(startYear, ws.board().fyStartMonth);
    const QDate to = std::min(year.end(), asOf);
    const int target = ws.items<ComplaintSettings>().value().targetDays;
    const QList<Complaint> all(ws.items<Complaint>().begin(), ws.items<Complaint>().end());
    const WorkingDays days = boardWorkingDays(ws);
    const ComplaintFigures f = complaintFigures(all, year.start(), to, days, target);

    QJsonObject byKind;
    for (ComplaintKind k : allComplaintKinds())
        byKind.insert(complaintKindKey(k), f.byKind.value(k));
    QJsonObject byOutcome;
    for (ComplaintOutcome o : allComplaintOutcomes())
        byOutcome.insert(complaintOutcomeKey(o), f.byOutcome.value(o));
    QJsonObject byAgency;
    for (auto it = f.byAgency.cbegin(); it != f.byAgency.cend(); ++it) {
        const Agency *a = ws.items<Agency>().find(it.key());
        byAgency.insert(a ? a->name : QString::number(it.key()), it.value());
    }
    const std::optional<double> fraction = f.inTimeFraction();
    return QJsonObject{
        {QStringLiteral("received"), f.received},
        {QStringLiteral("by_kind"), byKind},
        {QStringLiteral("by_outcome"), byOutcome},
        {QStringLiteral("by_agency"), byAgency},
        {QStringLiteral("responded"), f.responded},
        {QStringLiteral("in_time"), f.inTime},
        {QStringLiteral("late"), f.late},
        {QStringLiteral("overdue"), f.overdue},
        {QStringLiteral("responded_in_time"), fraction ? QJsonValue(*fraction) : QJsonValue()},
        {QStringLiteral("target_days"), target},
    };
}

} // namespace assure
