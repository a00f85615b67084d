// The rounds a page shows, gathered once after each change and shared by its views (the heatmap and
// the return beside it), rather than once per view.
#pragma once

#include "workspace/assessment/rounddata.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace assure {

class RoundDataCache final : public QObject
{
    Q_OBJECT

public:
    explicit RoundDataCache(Workspace *workspace, QObject *parent = nullptr);

    // The round as the workspace holds it now (an empty view for no such round), with last year's.
    std::shared_ptr<const RoundData> round(qint64 roundId);

Q_SIGNALS:
    // Something a round reads changed: what was handed out is out of date. Sent after the cache
    // was cleared, so a view that asks again gets the new data.
    void changed();

private:
    Workspace *m_workspace;
    QHash<qint64, std::shared_ptr<const RoundData>> m_rounds;
};

} // namespace assure
