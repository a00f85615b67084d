// The scorecard key of assure-cli voices's JSON: counts per RAG for each domain in a quarter.
#include "cli/sections/scorecardsection.h"

#include "workspace/scorecard/scorecard.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace assure {

QJsonValue scorecardSection(const Workspace &ws, int startYear, const QDate &asOf)
{
    const int fyStartMonth = ws.board().fyStartMonth;
    const Period period = scorecardPeriodOfYear(startYear, asOf, fyStartMonth);
    QJsonArray domains;
    for (const DomainCard &d : countByDomain(ws, period)) {
        QJsonObject rag;
        int indicators = 0;
        for (auto it = d.ragCounts.cbegin(); it != d.ragCounts.cend(); ++it) {
            rag.insert(ragKey(it.key()), it.value());
            indicators += it.value();
        }
        // The shape: the key is the list of domains; each says the period it counts.
        domains.append(QJsonObject{{QStringLiteral("domain"), d.domainId == 0 ? QJsonValue() : QJsonValue(d.name)},
                                   {QStringLiteral("indicators"), indicators},
                                   {QStringLiteral("rag"), rag},
                                   {QStringLiteral("period"), period.key()},
                                   {QStringLiteral("period_label"), period.label()}});
    }
    return domains;
}

} // namespace assure
