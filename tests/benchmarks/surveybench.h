// Issue 18's survey target on the large demo: 5,000 responses imported (read, planned, written as
// one undo step) under a second.
#pragma once

#include "json.h"

#include <QString>

#include <vector>

namespace assure {

struct SurveySamples
{
    int responses = 0;
    int answers = 0;            // written per import
    std::vector<double> import; // read, planned and written
    std::vector<double> read;   // of which reading the CSV
    std::vector<double> plan;   // planning
    std::vector<double> write;  // writing as one undo step
};

// Imports into a year with no survey and undoes each import, so the board is as it was when it returns.
bool timeSurvey(const QString &path, const QString &workDir, int runs, SurveySamples *s, QString *error);

void addSurveyFigures(const SurveySamples &s, JsonObject &timings, JsonObject &targets, JsonObject &met);

} // namespace assure
