// assure-bench: issue 19's escalation log targets on the large demo (20,000 escalations): the
// Escalations page's log filtered under 50 ms, and a year's voices section (escalations) counted.
#pragma once

#include "json.h"

#include <QString>

#include <vector>

namespace assure {

struct EscalationsTimings
{
    std::vector<double> filter; // ms: a level chosen and a search typed on the page, the table repainted
    std::vector<double> year;   // ms: a year's figures, as assure-cli voices's escalations key counts them
    std::vector<double> trends; // ms: the Trends tab's year (quarters, agency pairs, reasons) gathered
    int escalations = 0;
    int rowsMatched = -1;
    int raisedInYear = 0;
};

// Opens the board in a main window, as the app does.
bool timeEscalations(const QString &path, const QString &workDir, int runs, EscalationsTimings *out, QString *error);

// Medians with the sizes timed, the target (filter under 50 ms) and whether it was met.
JsonObject escalationsTimingsJson(const EscalationsTimings &t);

} // namespace assure
