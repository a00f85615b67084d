// The board pack's scorecard section (issue 19, part 4).
#pragma once

#include "reports/reportdocument.h"
#include "reports/scorecarddata.h"

namespace assure {

// Level 2 "Scorecard by domain": the section's summary, then for each domain (and the indicators
// with none) its counts per RAG as chips carrying their words, its summary line for the period,
// and its indicators with value, RAG, trend and SPC variation in words.
void addScorecard(ReportDocument &doc, const ScorecardReportData &data, const QString &summary = QString());

} // namespace assure
