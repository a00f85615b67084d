// Issue 19's target for assure-cli voices on the large demo: the year's JSON (scorecard, feedback,
// escalations, complaints) under 200 ms once the board is open, and the whole command beside it.
#pragma once

#include "json.h"

#include <QString>

#include <vector>

namespace assure {

struct VoicesTimings
{
    QString year;                 // the financial year asked for, "2026/27"
    std::vector<double> sections; // every section written and the JSON made, on the open board
    std::vector<double> command;  // assure-cli voices FILE --year LABEL --json, start to exit
    qint64 bytes = 0;             // the size of the JSON it printed
};

// cliPath: the assure-cli beside assure-bench.
bool timeVoices(const QString &path, const QString &cliPath, int runs, VoicesTimings *out, QString *error);

JsonObject voicesTimingsJson(const VoicesTimings &t);

} // namespace assure
