// The rounds a page shows, gathered once after each change.
#include "workspace/assessment/rounddatacache.h"

#include "workspace/assessment/assessmentkinds.h"

namespace assure {

RoundDataCache::RoundDataCache(Workspace *workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
{
    workspace->notifier()->subscribe({kindOf<AssessmentRound>(), kindOf<RoundAgency>(), kindOf<CriterionReturn>(),
                                      kindOf<AssessmentStandard>(), kindOf<AssessmentCriterion>(), kindOf<Agency>()},
                                     this, [this] {
                                         m_rounds.clear();
                                         Q_EMIT changed();
                                     });
}

std::shared_ptr<const RoundData> RoundDataCache::round(qint64 roundId)
{
    auto &data = m_rounds[roundId];
    if (!data)
        data = std::make_shared<const RoundData>(*m_workspace, roundId);
    return data;
}

} // namespace assure
