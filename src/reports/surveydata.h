// What the board pack's survey section says, gathered from a workspace: the newest survey year up
// to the pack's financial year, with its results (core/survey/surveyresults.h).
#pragma once

#include "core/period.h"
#include "core/survey/surveyresults.h"

namespace assure {

class Workspace;

struct SurveyReportData
{
    int year = 0; // 0: the board has no survey up to the pack's year
    QString yearLabel;
    SurveyResults results;

    bool isEmpty() const { return year == 0; }
};

// The newest year up to period's financial year that has responses.
SurveyReportData gatherSurvey(const Workspace &ws, const Period &period);

} // namespace assure
