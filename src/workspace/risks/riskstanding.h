// Where each risk of a workspace stands on a day: its score and rating by the board's bands, its
// review overdue, and its linked indicators that give cause for concern in the latest quarter
// ended. What the command line, the Risks page and the board pack read, worked out alike.
#pragma once

#include "core/period.h"
#include "core/risks/riskrules.h"

#include <QHash>
#include <QList>

#include <optional>

namespace assure {

class Workspace;

// One linked indicator flagged against a risk, and why.
struct RiskIndicatorFlag
{
    qint64 indicatorId = 0;
    QString indicatorLabel; // its code ("CSC-01"), or its title when it has none
    QList<IndicatorConcern> concerns;
};

struct RiskStanding
{
    int score = 0;
    std::optional<RiskRating> rating;
    std::optional<RiskRating> targetRating; // the target score's, when one is set
    bool reviewOverdue = false;
    QList<RiskIndicatorFlag> flags; // the linked indicators of concern, in the order linked
    int indicators = 0;             // linked
    int actions = 0;                // linked (mitigating)
};

// Built once over the loaded links and bands, so that standing() is quick for every risk; an
// indicator's concerns are worked out once, the first time a risk asks for them.
class RiskStandings final
{
public:
    // With the board's own bands, as of the day: indicators are judged for the latest quarter
    // ended by then (the one a quarterly report is written for).
    RiskStandings(const Workspace &ws, const QDate &asOf);
    RiskStandings(const Workspace &ws, const QDate &asOf, const RiskSettings &settings);

    const RiskSettings &settings() const { return m_settings; }
    const QDate &asOf() const { return m_asOf; }
    const Period &period() const { return m_period; }
    RiskStanding standing(const Risk &risk) const;
    // The concerns a linked indicator raises in the period (empty: none).
    QList<IndicatorConcern> concernsOf(qint64 indicatorId) const;

private:
    const Workspace &m_ws;
    RiskSettings m_settings;
    QDate m_asOf;
    Period m_period;
    QHash<qint64, QList<qint64>> m_indicators;                 // by risk, in the order linked
    QHash<qint64, int> m_actions;                              // by risk: how many
    mutable QHash<qint64, QList<IndicatorConcern>> m_concerns; // by indicator, once asked
};

} // namespace assure
