// assure-bench: board papers to PDF (the small demo's board pack, the large demo's performance report),
// beside LibreOffice's time to turn the same pack's ODT into PDF.
#pragma once

#include "json.h"

#include <QString>

#include <vector>

namespace assure {

struct ReportTimings
{
    QString period;
    std::vector<double> smallBoardPack;   // ms: build and write the small demo's board pack as PDF
    std::vector<double> largePerformance; // ms: the large demo's performance report as PDF
    std::vector<double> soffice;          // ms: soffice --headless --convert-to pdf of the pack's ODT
    int smallPages = 0;
    int largePages = 0;
    QString sofficeMissing; // why soffice was not timed
};

// The small demo is made in workDir; largePath is the large demo board. Each run writes afresh.
bool timeReports(const QString &largePath, const QString &workDir, int runs, ReportTimings *out, QString *error);

// Medians, the targets (pack under 2 s, large report under 15 s, Assure at least 5x soffice) and whether met.
JsonObject reportTimingsJson(const ReportTimings &t);

} // namespace assure
