// The reports a board publishes: which sections each kind holds, and writing one in the format asked for.
#include "reports/report.h"

#include "core/board/agency.h"
#include "core/valueformat.h"
#include "reports/assessmentsections.h"
#include "reports/attendancesections.h"
#include "reports/auditsections.h"
#include "reports/boardpacksections.h"
#include "reports/budgetsections.h"
#include "reports/complaintsections.h"
#include "reports/escalationsections.h"
#include "reports/feedbacksections.h"
#include "reports/htmloutput.h"
#include "reports/odtoutput.h"
#include "reports/pdfoutput.h"
#include "reports/performancesections.h"
#include "reports/reporttext.h"
#include "reports/risksections.h"
#include "reports/scorecardsections.h"
#include "reports/surveysections.h"
#include "workspace/narrative/narrativeedits.h"
#include "workspace/workspace.h"

#include <QSaveFile>

namespace assure {

namespace {

const Agency *agencyNamed(const Workspace &ws, const QString &name)
{
    for (const Agency &a : ws.items<Agency>())
        if (a.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &a;
    return nullptr;
}

QDate dayOf(const ReportRequest &request)
{
    return request.asOf.isValid() ? request.asOf : QDate::currentDate();
}

void buildPerformance(const Workspace &ws, const ReportRequest &request, ReportDocument &doc)
{
    const PerformanceData data = gatherPerformance(ws, request.period);
    addCover(doc, dayOf(request), true);
    doc.heading(2, ReportText::tr("Summary"));
    addSummary(doc, NarrativeEdits::summary(ws, request.period, NarrativeSection::Performance));
    doc.paragraph(data.lines.empty()
                      ? ReportText::tr("The board has no indicators yet.")
                      : ReportText::tr("%1 indicators are reported for %2; %3 are exceptions and come first.")
                            .arg(data.lines.size())
                            .arg(request.period.label())
                            .arg(data.exceptionCount()));
    addRagCounts(doc, data);
    addExceptions(doc, data, 2);
    addIndicatorSummary(doc, data, 2);
    doc.pageBreak();
    doc.heading(2, ReportText::tr("Every indicator in detail"));
    addIndicatorDetails(doc, data, 3, false);
    doc.pageBreak();
    addGlossary(doc);
}

void buildBoardPack(const Workspace &ws, const ReportRequest &request, ReportDocument &doc)
{
    const PerformanceData performance = gatherPerformance(ws, request.period);
    const ActionPlanData actions = gatherActions(ws, dayOf(request));
    const ProgrammeYearData programme = gatherProgramme(ws, request.period, dayOf(request));
    const AssessmentSummaryData assessment = gatherLatestRound(ws);
    const BudgetYearData budget = gatherBudget(ws, request.period.financialYear());
    const SurveyReportData survey = gatherSurvey(ws, request.period);
    const auto summary = [&](NarrativeSection section) { return NarrativeEdits::summary(ws, request.period, section); };
    addCover(doc, dayOf(request), true);
    addExecutiveSummary(doc, performance, actions, summary(NarrativeSection::ExecutiveSummary));
    addRagCounts(doc, performance);
    doc.pageBreak();
    doc.heading(2, ReportText::tr("Performance"));
    addSummary(doc, summary(NarrativeSection::Performance));
    addExceptions(doc, performance, 3);
    addIndicatorDetails(doc, performance, 3, true);
    addIndicatorSummary(doc, performance, 3);
    doc.pageBreak();
    addActionProgress(doc, actions, 2, true, summary(NarrativeSection::Actions));
    doc.pageBreak();
    // Each of these appears when the board keeps its data, or wrote a summary for it: a board
    // without audits is not told it has none, and a summary written is never dropped.
    const QString auditSummary = summary(NarrativeSection::Audits);
    const bool showAudits = !programme.isEmpty() || !auditSummary.trimmed().isEmpty();
    if (showAudits) {
        addAuditProgramme(doc, programme, request.period.label(), auditSummary);
        doc.pageBreak();
    }
    const QString assessmentSummary = summary(NarrativeSection::SelfAssessment);
    const bool showAssessment = !assessment.isEmpty() || !assessmentSummary.trimmed().isEmpty();
    if (showAssessment) {
        addAssessmentSummary(doc, assessment, assessmentSummary);
        doc.pageBreak();
    }
    // The board's own business: each section when the board keeps its data or wrote a summary for
    // it; with only the summary, a line says there is nothing else yet.
    const auto business = [&](NarrativeSection section, bool hasData, const auto &add, const QString &nothingYet,
                              bool breakAfter = true) {
        const QString words = summary(section);
        if (hasData) {
            add(words);
        } else if (!words.trimmed().isEmpty()) {
            doc.heading(2, narrativeSectionLabel(section));
            addSummary(doc, words);
            doc.paragraph(nothingYet);
        } else {
            return;
        }
        if (breakAfter)
            doc.pageBreak();
    };
    const PrioritiesData priorities = gatherPriorities(ws, request.period, dayOf(request));
    // The register follows the priorities on the same page: both are the board's own direction.
    business(
        NarrativeSection::Priorities, !priorities.isEmpty(),
        [&](const QString &words) { addPriorities(doc, priorities, words); },
        ReportText::tr("The board has no business plan priorities for this year yet."), false);
    const RiskRegisterData risks = gatherRisks(ws, dayOf(request));
    business(
        NarrativeSection::Risks, !risks.isEmpty(), [&](const QString &words) { addRiskRegister(doc, risks, words); },
        ReportText::tr("The board's risk register is empty."));
    const AttendanceYear attendance = gatherAttendance(ws, request.period.financialYear(), dayOf(request));
    business(
        NarrativeSection::Attendance, !attendance.agencies.empty(),
        [&](const QString &words) {
            addAttendance(doc, attendance, Period::yearLabel(attendance.startYear, ws.board().fyStartMonth), words);
        },
        ReportText::tr("No meetings are recorded for this year yet."));
    business(
        NarrativeSection::Budget, !budget.isEmpty(), [&](const QString &words) { addBudget(doc, budget, words); },
        ReportText::tr("The board has no budget for this year yet."));
    business(
        NarrativeSection::Survey, !survey.isEmpty(), [&](const QString &words) { addSurvey(doc, survey, words); },
        ReportText::tr("No responses to the board's effectiveness survey are recorded for this year."));
    // What the board heard, and its scorecard (issue 19).
    const ScorecardReportData scorecard = gatherScorecard(ws, request.period);
    business(
        NarrativeSection::Scorecard, !scorecard.isEmpty(),
        [&](const QString &words) { addScorecard(doc, scorecard, words); },
        ReportText::tr("The board has no indicators yet."));
    const FeedbackReportData feedback = gatherFeedback(ws, request.period);
    business(
        NarrativeSection::Feedback, !feedback.isEmpty(),
        [&](const QString &words) { addFeedback(doc, feedback, words); },
        ReportText::tr("No feedback from children, families or practitioners is recorded for this year."));
    const ComplaintReportData complaints = gatherComplaints(ws, request.period, dayOf(request));
    business(
        NarrativeSection::Complaints, !complaints.isEmpty(),
        [&](const QString &words) { addComplaints(doc, complaints, words); },
        ReportText::tr("No complaints, compliments or comments are recorded for this year."));
    const EscalationReportData escalations = gatherEscalations(ws, request.period.financialYear(), dayOf(request));
    business(
        NarrativeSection::Escalations, !escalations.isEmpty(),
        [&](const QString &words) { addEscalations(doc, escalations, words); },
        ReportText::tr("No escalations are recorded for this year."));
    addGlossary(doc, {showAudits, showAssessment});
    doc.pageBreak();
    addAppendices(doc, performance);
}

void buildAgency(const Workspace &ws, const ReportRequest &request, ReportDocument &doc, const Agency &agency)
{
    const ActionPlanData actions = gatherActions(ws, dayOf(request), agency.id);
    addCover(doc, dayOf(request), false);
    doc.heading(2, ReportText::tr("What %1 owes the board").arg(agency.name));
    doc.paragraph(actions.lines.empty()
                      ? ReportText::tr("%1 has no actions in the board's action plan.").arg(agency.name)
                      : ReportText::tr("%1 leads %2 actions in the board's action plan: %3 open, of which %4 are "
                                       "overdue and %5 due within 14 days.")
                            .arg(agency.name)
                            .arg(actions.lines.size())
                            .arg(actions.open)
                            .arg(actions.overdue)
                            .arg(actions.dueSoon));
    // The board's own summary of its action plan for the period, as the board pack prints it: the
    // agency reads its actions against what the board said of the plan as a whole.
    addActionProgress(doc, actions, 2, false, NarrativeEdits::summary(ws, request.period, NarrativeSection::Actions));
}

void buildAudit(const ReportRequest &request, ReportDocument &doc, const AuditReportData &data)
{
    const Audit &a = data.audit;
    const QString about =
        a.reported.isValid()
            ? ReportText::tr("%1: %2, reported to the board on %3")
                  .arg(auditTypeLabel(a.type), a.title, ValueFormat().date(a.reported))
            : ReportText::tr("%1: %2 (%3)").arg(auditTypeLabel(a.type), a.title, auditStatusLabel(a.status).toLower());
    addCover(doc, dayOf(request), true, about);
    addAuditReport(doc, data);
    doc.pageBreak();
    addGlossary(doc, {true, false});
}

} // namespace

QString reportKindKey(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Performance: return QStringLiteral("performance");
    case ReportKind::BoardPack: return QStringLiteral("board-pack");
    case ReportKind::Agency: return QStringLiteral("agency");
    case ReportKind::Audit: break;
    }
    return QStringLiteral("audit");
}

QList<ReportKind> allReportKinds()
{
    return {ReportKind::Performance, ReportKind::BoardPack, ReportKind::Agency, ReportKind::Audit};
}

std::optional<ReportKind> reportKindFromKey(const QString &key)
{
    for (ReportKind k : allReportKinds())
        if (reportKindKey(k) == key)
            return k;
    return std::nullopt;
}

QString reportKindLabel(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Performance: return ReportText::tr("Quarterly performance report");
    case ReportKind::BoardPack: return ReportText::tr("Board pack");
    case ReportKind::Agency: return ReportText::tr("Agency action plan");
    case ReportKind::Audit: break;
    }
    return ReportText::tr("Audit report");
}

QString reportFormatKey(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf: return QStringLiteral("pdf");
    case ReportFormat::Odt: return QStringLiteral("odt");
    case ReportFormat::Html: break;
    }
    return QStringLiteral("html");
}

std::optional<ReportFormat> reportFormatFromKey(const QString &key)
{
    for (ReportFormat f : {ReportFormat::Pdf, ReportFormat::Odt, ReportFormat::Html})
        if (reportFormatKey(f) == key.toLower())
            return f;
    return std::nullopt;
}

QString defaultMarking()
{
    return QStringLiteral("OFFICIAL");
}

QString reportRefusal(const Workspace &ws, const ReportRequest &request)
{
    if (request.kind == ReportKind::Audit) {
        if (request.audit.trimmed().isEmpty())
            return ReportText::tr("An audit's report needs the audit's reference.");
        if (!auditNamed(ws, request.audit))
            return ReportText::tr("The board has no audit “%1”.").arg(request.audit.trimmed());
        return {};
    }
    if (request.kind != ReportKind::Agency)
        return {};
    if (request.agency.trimmed().isEmpty())
        return ReportText::tr("An agency's action plan needs the agency's name.");
    if (!agencyNamed(ws, request.agency))
        return ReportText::tr("The board has no agency called “%1”.").arg(request.agency.trimmed());
    return {};
}

ReportDocument buildReport(const Workspace &ws, const ReportRequest &request)
{
    ReportDocument doc;
    doc.boardName = ws.board().name;
    doc.periodLabel = request.period.label();
    doc.marking = request.marking.trimmed().isEmpty() ? defaultMarking() : request.marking.trimmed();
    doc.title = reportKindLabel(request.kind);
    switch (request.kind) {
    case ReportKind::Performance: buildPerformance(ws, request, doc); break;
    case ReportKind::BoardPack: buildBoardPack(ws, request, doc); break;
    case ReportKind::Agency:
        if (const Agency *agency = agencyNamed(ws, request.agency)) {
            doc.title = ReportText::tr("Action plan: %1").arg(agency->name);
            buildAgency(ws, request, doc, *agency);
        }
        break;
    case ReportKind::Audit:
        if (const Audit *audit = auditNamed(ws, request.audit)) {
            doc.title = ReportText::tr("Audit report: %1").arg(audit->ref);
            // An audit is not reported by period: its running head names what it is about.
            if (!request.period.isValid())
                doc.periodLabel = audit->title;
            buildAudit(request, doc, gatherAudit(ws, *audit, dayOf(request)));
        }
        break;
    }
    return doc;
}

QString reportCancelledText()
{
    return ReportText::tr("The export was stopped; no file was written.");
}

bool writeReport(const ReportDocument &report, const ReportRequest &request, const QString &path, QString *error,
                 const ReportProgress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = ReportText::tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    bool written = false;
    switch (request.format) {
    case ReportFormat::Pdf: written = writePdf(report, &file, {request.pdfA, progress}, error); break;
    case ReportFormat::Html: written = file.write(reportHtml(report)) >= 0; break;
    case ReportFormat::Odt: {
        const QByteArray odt = reportOdt(report, error);
        written = !odt.isEmpty() && file.write(odt) == odt.size();
        break;
    }
    }
    if (!written || !file.commit()) {
        if (error->isEmpty())
            *error = ReportText::tr("%1 could not be written: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool exportReport(const Workspace &ws, const ReportRequest &request, const QString &path, QString *error,
                  const ReportProgress &progress)
{
    const QString refusal = reportRefusal(ws, request);
    if (!refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    return writeReport(buildReport(ws, request), request, path, error, progress);
}

} // namespace assure
