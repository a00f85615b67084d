// assure-cli import --survey: a year's survey responses, with the identifying columns dropped.
#include "cli/imports/surveyimport.h"

#include "cli/tableimports.h"
#include "core/period.h"
#include "workspace/survey/surveyedits.h"

#include <QCoreApplication>

namespace assure {

int importSurveyResponses(const TableImportRun &run)
{
    SurveyEdits edits(run.ws);
    const SurveyImportPlan plan = planSurveyImport(run.table, edits.importContext(run.year));
    // Said before anything else, so that whoever runs it knows what was not kept.
    if (const QStringList dropped = plan.droppedColumns(); !dropped.isEmpty())
        run.io.err << QStringLiteral("%1: %2").arg(
                          run.source, QCoreApplication::translate(
                                          "assure::ImportVerb", "dropped, never stored (they identify respondents): %1")
                                          .arg(dropped.join(QStringLiteral(", "))))
                   << Qt::endl;
    return finishImport(run, plan, [&](const SurveyImportPlan &p, QString *why) {
        return edits.applyImport(p, run.year, run.source, why);
    });
}

} // namespace assure
