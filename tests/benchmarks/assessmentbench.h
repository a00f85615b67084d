// Issue 16's self-assessment targets on the large demo: the heatmap of a round of 200 agencies, every pack of it
// exported, and one pack imported.
#pragma once

#include "json.h"

#include <QString>

#include <vector>

namespace assure {

struct AssessmentSamples
{
    int agencies = 0;
    int criteria = 0;
    int changes = 0;
    // The Self-assessment page switched to the round: its heatmap gathered, summed up and painted.
    std::vector<double> heatmapShown;
    // A pack written for every agency invited to the round.
    std::vector<double> exportAll;
    // One agency's pack read, checked against the board and written as one undo step.
    std::vector<double> importOne;
};

bool timeAssessment(const QString &path, const QString &workDir, int runs, AssessmentSamples *s, QString *error);

// Adds assessment_heatmap_shown, assessment_export_all and assessment_import_one to timings, their
// targets, and whether each was met.
void addAssessmentFigures(const AssessmentSamples &s, JsonObject &timings, JsonObject &targets, JsonObject &met);

} // namespace assure
