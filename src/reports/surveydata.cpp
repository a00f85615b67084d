// The board pack's survey data: the newest answered year up to the pack's.
#include "reports/surveydata.h"

#include "workspace/survey/surveyedits.h"

namespace assure {

SurveyReportData gatherSurvey(const Workspace &ws, const Period &period)
{
    SurveyReportData data;
    const int upTo = period.isValid() ? period.financialYear() : 9999;
    for (const SurveyResponse &r : ws.items<SurveyResponse>())
        if (r.year <= upTo && r.year > data.year)
            data.year = r.year;
    if (data.year == 0)
        return data;
    data.yearLabel = Period::yearLabel(data.year, ws.board().fyStartMonth);
    data.results = surveyResultsOf(ws, data.year);
    return data;
}

} // namespace assure
