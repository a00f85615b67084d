// The board pack's section "Board effectiveness survey": each statement's distribution, mean and
// last year's, the breakdown with small groups suppressed (and the rule said), the free text.
#pragma once

#include "reports/reportdocument.h"
#include "reports/surveydata.h"

namespace assure {

// At most this many different free-text answers a question, most often given first.
constexpr int kSurveyAnswersShown = 12;

void addSurvey(ReportDocument &doc, const SurveyReportData &data, const QString &summary = QString());

} // namespace assure
