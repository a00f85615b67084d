// assure-bench: what recording the change history adds to a bulk edit of 1,000 measurements.
#pragma once

#include "json.h"

#include <QString>

#include <vector>

namespace assure {

struct HistoryOverhead
{
    int rows = 0;
    std::vector<double> recorded;   // ms per bulk edit with the history on
    std::vector<double> unrecorded; // ... and with it switched off (Workspace::setRecordingHistory)
};

// Applies the same bulk edit to a copy of the board at path, runs times with the history and
// runs times without, interleaved; each edit is undone (untimed) before the next.
bool timeHistoryOverhead(const QString &path, int runs, HistoryOverhead *out, QString *error);

// The medians, the overhead in percent and whether it meets the target (under 30%).
JsonObject historyOverheadJson(const HistoryOverhead &h);

} // namespace assure
