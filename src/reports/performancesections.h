// The performance sections: RAG counts, exceptions first, the summary table and every indicator in detail.
#pragma once

#include "reports/reportdata.h"
#include "reports/reportdocument.h"

namespace assure {

// A table of how many indicators are at each RAG for the period.
void addRagCounts(ReportDocument &doc, const PerformanceData &data);
// Section heading (level), then each exception with its reasons; a sentence when there are none.
void addExceptions(ReportDocument &doc, const PerformanceData &data, int level);
// One row per indicator: code, title, value, target, RAG, trend, SPC variation and assurance.
void addIndicatorSummary(ReportDocument &doc, const PerformanceData &data, int level);
// Each indicator (or only the exceptions) under its own heading: its figures, its chart with the
// sentence it stands for, and its commentary.
void addIndicatorDetails(ReportDocument &doc, const PerformanceData &data, int level, bool exceptionsOnly);

} // namespace assure
