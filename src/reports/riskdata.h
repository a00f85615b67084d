// What the board pack's business plan priorities and risk register sections say, gathered from a
// workspace: each priority of the year with its progress and parts, and each risk as it stands.
#pragma once

#include "core/period.h"
#include "core/risks/risk.h"
#include "workspace/board/prioritystanding.h"
#include "workspace/risks/riskstanding.h"

#include <QDate>
#include <QString>

#include <vector>

namespace assure {

class Workspace;

struct PriorityLine
{
    QString title;
    QString lead; // the lead sub-group's name; empty: none
    PriorityStanding standing;
};

struct PrioritiesData
{
    QString yearLabel;               // "2026/27"
    Period period;                   // the quarter its indicators are rated for
    std::vector<PriorityLine> lines; // the year's priorities and the standing ones, by title

    bool isEmpty() const { return lines.empty(); }
};

struct RiskLine
{
    Risk risk;
    QString owner; // the owner's name; empty: none
    RiskStanding standing;
};

struct RiskRegisterData
{
    QDate asOf;
    Period period;               // the quarter linked indicators are judged for
    RiskSettings settings;       // the board's bands
    std::vector<RiskLine> lines; // highest score first, then by title

    bool isEmpty() const { return lines.empty(); }
    // How many risks have this likelihood and impact.
    int count(int likelihood, int impact) const;
};

// The priorities of the financial year that holds the period (and the standing ones), judged on asOf.
PrioritiesData gatherPriorities(const Workspace &ws, const Period &period, const QDate &asOf);
RiskRegisterData gatherRisks(const Workspace &ws, const QDate &asOf);

} // namespace assure
