// assure-cli import --feedback: planned by interchange/voices, written by FeedbackEdits.
#include "cli/imports/feedbackimport.h"

#include "cli/tableimports.h"
#include "interchange/voices/feedbackimport.h"
#include "workspace/voices/feedbackedits.h"

namespace assure {

int importFeedback(const TableImportRun &run)
{
    return finishImport(
        run, planFeedbackImport(run.table, FeedbackEdits(run.ws).importContext()),
        [&](const auto &plan, QString *why) { return FeedbackEdits(run.ws).applyImport(plan, run.source, why); });
}

} // namespace assure
