// The table imports of assure-cli import, in the order --help lists them.
#include "cli/tableimports.h"

#include "cli/imports/attendanceimport.h"
#include "cli/imports/budgetimport.h"
#include "cli/imports/complaintimport.h"
#include "cli/imports/escalationimport.h"
#include "cli/imports/feedbackimport.h"
#include "cli/imports/riskimport.h"
#include "cli/imports/surveyimport.h"
#include "interchange/actions/actionimport.h"
#include "interchange/indicators/indicatorimport.h"
#include "interchange/indicators/measurementimport.h"
#include "workspace/actions/actionedits.h"
#include "workspace/actions/actiontransfer.h"
#include "workspace/indicators/indicatoredits.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace assure {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("assure::ImportVerb", text);
}

int importIndicators(const TableImportRun &run)
{
    return finishImport(
        run, planIndicatorImport(run.table, IndicatorEdits(run.ws).importContext()),
        [&](const auto &plan, QString *why) { return IndicatorEdits(run.ws).applyImport(plan, run.source, why); });
}

int importMeasurements(const TableImportRun &run)
{
    ImportOptions options;
    options.replace = run.replace;
    return finishImport(
        run, planMeasurementImport(run.table, IndicatorEdits(run.ws).importContext(), options),
        [&](const auto &plan, QString *why) { return IndicatorEdits(run.ws).applyImport(plan, run.source, why); });
}

int importActions(const TableImportRun &run)
{
    return finishImport(run, planActionImport(run.table, actionImportContext(run.ws)),
                        [&](const auto &plan, QString *why) {
                            return ActionEdits(run.ws).applyImport(plan, run.today, run.source, why);
                        });
}

} // namespace

int reportImport(CliStreams io, int imported, int unchanged, int rejected, const QStringList &lines)
{
    io.out << QStringLiteral("imported %1, unchanged %2, rejected %3").arg(imported).arg(unchanged).arg(rejected)
           << Qt::endl;
    for (const QString &line : lines)
        io.out << line << Qt::endl;
    return rejected > 0 ? ExitRejected : ExitOk;
}

const std::vector<TableImport> &tableImports()
{
    static const std::vector<TableImport> imports = {
        {QStringLiteral("indicators"), QStringLiteral("DEFS"),
         translated(QT_TRANSLATE_NOOP("assure::ImportVerb", "Indicator definitions to import.")), false,
         importIndicators},
        {QStringLiteral("measurements"), QStringLiteral("DATA"),
         translated(QT_TRANSLATE_NOOP("assure::ImportVerb", "Measurements to import.")), false, importMeasurements},
        {QStringLiteral("actions"), QStringLiteral("ACTIONS"),
         translated(QT_TRANSLATE_NOOP("assure::ImportVerb", "Actions to add or update.")), false, importActions},
        {QStringLiteral("budget"), QStringLiteral("LINES"),
         translated(QT_TRANSLATE_NOOP("assure::ImportVerb", "A year's budget lines (with --year).")), true,
         importBudget},
        {QStringLiteral("survey"), QStringLiteral("RESPONSES"),
         translated(QT_TRANSLATE_NOOP("assure::ImportVerb", "A year's survey responses (with --year).")), true,
         importSurveyResponses},
        {QStringLiteral("risks"), QStringLiteral("RISKS"),
         translated(QT_TRANSLATE_NOOP("assure::ImportVerb", "Risks to add or update (matched by title).")), false,
         importRisks},
        {QStringLiteral("attendance"), QStringLiteral("ATT"),
         translated(QT_TRANSLATE_NOOP("assure::ImportVerb", "Meeting attendance to record.")), false, importAttendance},
        {QStringLiteral("feedback"), QStringLiteral("FEEDBACK"),
         translated(QT_TRANSLATE_NOOP("assure::ImportVerb", "Feedback log entries to add.")), false, importFeedback},
        {QStringLiteral("escalations"), QStringLiteral("ESC"),
         translated(QT_TRANSLATE_NOOP("assure::ImportVerb", "Escalations to add or update (by ref and day raised).")),
         false, importEscalations},
        {QStringLiteral("complaints"), QStringLiteral("C"),
         translated(QT_TRANSLATE_NOOP("assure::ImportVerb", "Complaints and compliments to add or update (by ref).")),
         false, importComplaints},
    };
    return imports;
}

} // namespace assure
