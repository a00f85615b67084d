// The `escalations` key of assure-cli voices's JSON.
#include "cli/sections/escalationsection.h"

#include "workspace/voices/escalationkinds.h"
#include "workspace/voices/escalationyear.h"
#include "workspace/workspace.h"

#include <QJsonObject>

namespace assure {

QJsonValue escalationsSection(const Workspace &ws, int startYear, const QDate &asOf)
{
    const EscalationTally tally = escalationYear(ws, startYear, asOf);
    QJsonObject byReason;
    for (const EscalationReason &r : ws.items<EscalationReason>())
        byReason.insert(r.name, tally.byReason().value(r.id));
    const std::optional<double> median = tally.medianDaysToResolve();
    return QJsonObject{{QStringLiteral("raised"), tally.raised()},
                       {QStringLiteral("resolved"), tally.resolved()},
                       {QStringLiteral("median_days_to_resolve"), median ? QJsonValue(*median) : QJsonValue()},
                       {QStringLiteral("by_reason"), byReason}};
}

} // namespace assure
