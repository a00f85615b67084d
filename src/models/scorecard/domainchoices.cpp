// The board's scorecard domains as choices, in the board's order (not sorted by name: the order
// is the board's own, as the scorecard shows it).
#include "models/scorecard/domainchoices.h"

#include "workspace/scorecard/scorecard.h"

#include <QCoreApplication>

namespace assure {

QList<Choice> domainChoices(const Workspace &workspace)
{
    QList<Choice> out{{QCoreApplication::translate("assure::DomainChoices", "No domain"), qint64(0)}};
    for (const ScorecardDomain &d : orderedDomains(workspace))
        out.append({d.name, d.id});
    return out;
}

} // namespace assure
