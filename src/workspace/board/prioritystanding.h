// Where each business plan priority stands: its linked indicators by RAG for a period and its
// linked actions by progress RAG on a day, rolled up into a status (core/board/priorityprogress.h).
// What the Board page, the command line and the board pack read, worked out alike.
#pragma once

#include "core/board/priorityprogress.h"
#include "core/period.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace assure {

class Workspace;

struct PriorityStanding
{
    PriorityIndicatorCounts indicators;
    PriorityActionCounts actions;
    PriorityStatus status = PriorityStatus::NoData;
};

// The period a year's priorities are judged for on a day: the latest quarter ended by then, but
// never one after the year's last quarter.
Period priorityPeriod(int startYear, const QDate &asOf, int fyStartMonth);

// Built once over the loaded indicators and actions, so that standing() is quick for every priority.
class PriorityStandings final
{
public:
    // Indicators rated for the period, actions as of the day.
    PriorityStandings(const Workspace &ws, const Period &period, const QDate &asOf);

    const Period &period() const { return m_period; }
    // Linked: the indicators under the priority, the actions whose source is the priority, and
    // the actions that are components of its development plans.
    PriorityStanding standing(qint64 priorityId) const;

private:
    Period m_period;
    QHash<qint64, PriorityStanding> m_standings; // by priority
};

} // namespace assure
