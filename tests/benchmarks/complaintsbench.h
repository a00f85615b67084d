// assure-bench: issue 19's complaints targets on the large demo (20,000 entries): the Complaints
// page's table filtered under 50 ms, and the `complaints` key of assure-cli voices for a year.
#pragma once

#include "json.h"

#include <QString>

#include <vector>

namespace assure {

struct ComplaintsTimings
{
    std::vector<double> filter; // ms: the late ones chosen on the page, the table painted
    std::vector<double> search; // ms: a reference typed into the search box, the table painted
    std::vector<double> voices; // ms: the voices JSON's complaints section for the demo's year
    std::vector<double> year;   // ms: the year's and quarters' figures with the learning (Figures tab, board pack)
    int entries = 0;
    int shown = 0; // rows the timed filter left
};

// Opens the board in a main window, as the app does.
bool timeComplaints(const QString &path, const QString &workDir, int runs, ComplaintsTimings *out, QString *error);

// Medians with the sizes timed, the targets and whether they were met.
JsonObject complaintsTimingsJson(const ComplaintsTimings &t);

} // namespace assure
