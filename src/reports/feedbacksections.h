// The board pack's section "What we heard" (issue 19, part 1): the year's feedback by voice and by
// how it was heard, and a short "you said, we did" table, the entries acted on first.
#pragma once

#include "reports/feedbackdata.h"
#include "reports/reportdocument.h"

namespace assure {

// At most this many entries in the "you said, we did" table; the rest are on the Feedback page.
constexpr int kFeedbackRowsShown = 10;

void addFeedback(ReportDocument &doc, const FeedbackReportData &data, const QString &summary = QString());

} // namespace assure
