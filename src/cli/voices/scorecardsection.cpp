// The scorecard key of assure-cli voices's JSON: counts per RAG for each domain in a quarter.
#include "cli/voices/scorecardsection.h"

#include "workspace/scorecard/scorecard.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace assure {

QJsonValue scorecardSection(const Workspace &ws, int startYear, const QDate &asOf)
{
    const int fyStartMonth = ws.board().fyStartMonth;
    const Period period = scorecardPeriodOfYear(startYear, asOf, fyStartMonth);
    const Scorecard card = buildScorecard(ws, period);
    QJsonArray domains;
    for (const DomainCard &d : card.domains) {
        QJsonObject rag;
        for (auto it = d.ragCounts.cbegin(); it != d.ragCounts.cend(); ++it)
            rag.insert(ragKey(it.key()), it.value());
        domains.append(QJsonObject{{QStringLiteral("domain"), d.domainId == 0 ? QJsonValue() : QJsonValue(d.name)},
                                   {QStringLiteral("indicators"), int(d.items.size())},
                                   {QStringLiteral("rag"), rag}});
    }
    return QJsonObject{{QStringLiteral("period"), period.key()},
                       {QStringLiteral("period_label"), period.label()},
                       {QStringLiteral("domains"), domains}};
}

} // namespace assure
