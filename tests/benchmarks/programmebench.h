// assure-bench: the audit programme's models on the large demo, as the Audit programme page uses
// them: a financial year gathered, the page switched to another year, to its calendar, and to one
// status.
#pragma once

#include "json.h"

#include <QString>

#include <vector>

namespace assure {

struct ProgrammeTimings
{
    std::vector<double> gather;   // ms: ProgrammeYear over the board (entries, occurrences, audits)
    std::vector<double> year;     // ms: the year chosen on the page: table and calendar rebuilt, painted
    std::vector<double> calendar; // ms: the calendar shown in place of the table, painted
    std::vector<double> status;   // ms: the status filter chosen (Overdue): both views narrowed, painted
    int entries = 0;
    int occurrences = 0; // in the year timed
    int overdue = 0;
};

// Opens the board in a main window, as the app does.
bool timeProgramme(const QString &path, const QString &workDir, int runs, ProgrammeTimings *out, QString *error);

// Medians with the sizes timed; the issue sets no target for these.
JsonObject programmeTimingsJson(const ProgrammeTimings &t);

} // namespace assure
