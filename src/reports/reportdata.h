// What the reports say, gathered from a workspace into plain structs: one per section, no layout.
#pragma once

#include "charts/chartdata.h"
#include "core/actions/action.h"
#include "core/indicators/exceptions.h"
#include "core/indicators/indicator.h"
#include "core/indicators/indicatorstatus.h"
#include "core/period.h"
#include "workspace/actions/actionstanding.h"

#include <QDate>
#include <QList>
#include <QString>

#include <map>
#include <vector>

namespace assure {

class Workspace;

// One indicator in the chosen period.
struct IndicatorLine
{
    Indicator indicator;
    QString ownerAgency;    // empty: none
    IndicatorStatus status; // value, target, RAG, trend and SPC for the period
    QString commentary;     // the story behind the data, as entered with the measurement
    QList<ExceptionReason> exceptions;
    IndicatorSeries series; // the chart: its periods up to and including the chosen one
};

struct PerformanceData
{
    Period period;
    std::vector<IndicatorLine> lines; // in the board's order
    std::map<Rag, int> ragCounts;     // every RAG, including the ones no indicator has (0)

    int exceptionCount() const;
};

// Every indicator's standing for the chosen period, as the Indicators page and `indicators` work it out.
PerformanceData gatherPerformance(const Workspace &ws, const Period &period);

// The sentence a chart stands for: "Children in need visited within timescales: 85.4% in 2026/27 Q2
// against a target of 90%, amber, worsening; no special cause".
QString chartDescription(const IndicatorLine &line);

struct ActionLine
{
    Action action;
    QString agency; // owner agency's name
    QString lead;   // lead person's name
    ActionStanding standing;
};

struct ActionPlanData
{
    QDate asOf;
    std::vector<ActionLine> lines; // overdue first (oldest due first), then open by due date, then closed
    int overdue = 0;
    int dueSoon = 0;
    int open = 0;
    int completed = 0; // completed or impact evidenced
    std::map<Rag, int> ragCounts;
};

// The actions of one agency (agencyId) or of every agency (0), as they stand on asOf.
ActionPlanData gatherActions(const Workspace &ws, const QDate &asOf, qint64 agencyId = 0);

} // namespace assure
