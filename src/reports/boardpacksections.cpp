// The board pack's own sections: the cover, the summary a board member reads first, the action plan, the glossary.
#include "reports/boardpacksections.h"

#include "core/valueformat.h"
#include "reports/reporttext.h"

#include <QRegularExpression>

namespace assure {

namespace {

QString ragCountsSentence(const PerformanceData &p)
{
    const ValueFormat format;
    const auto n = [&](Rag rag) { return format.count(p.ragCounts.count(rag) ? p.ragCounts.at(rag) : 0); };
    return ReportText::tr(
               "Of %1 indicators in %2, %3 are rated green, %4 amber and %5 red; %6 have no value yet and %7 "
               "are for information only.")
        .arg(format.count(qint64(p.lines.size())), p.period.label(), n(Rag::Green), n(Rag::Amber), n(Rag::Red),
             n(Rag::NoData), n(Rag::NotApplicable));
}

QList<std::pair<QString, QString>> auditTerms()
{
    return {{ReportText::tr("Audit programme"),
             ReportText::tr("The audits and reports the board plans for the year, each due in the months its "
                            "frequency sets: done, due this month, overdue after it, or skipped with a reason.")},
            {ReportText::tr("Good practice"),
             ReportText::tr("Work an audit found worth sharing across the partnership, reported as prominently "
                            "as what needs to improve.")},
            {ReportText::tr("Area for improvement"), ReportText::tr("A shortfall an audit found.")},
            {ReportText::tr("Sampling seed"),
             ReportText::tr("The number a random sample of cases was drawn with: the same candidates and seed "
                            "draw the same cases again, so anyone can check the sample was not chosen.")},
            {ReportText::tr("Moderation"),
             ReportText::tr("A second auditor grading the same case, and the two agreeing the grade that stands.")},
            {ReportText::tr("Cohen's kappa"),
             ReportText::tr("How far two auditors agree beyond what chance would give: 1 is full agreement, 0 "
                            "no better than chance; above 0.6 is usually read as good.")}};
}

QList<std::pair<QString, QString>> assessmentTerms()
{
    return {{ReportText::tr("Self-assessment"),
             ReportText::tr("Each agency rating itself against the framework's standards, with its evidence, "
                            "then challenged and moderated by the board.")},
            {ReportText::tr("Section 11"),
             ReportText::tr("The Children Act 2004's duty on agencies to make arrangements to safeguard and "
                            "promote the welfare of children; the usual framework of a self-assessment.")},
            {ReportText::tr("BLUE, GREEN, AMBER, RED ratings"),
             ReportText::tr("A standard exceeded, met, partly met or not met, as the agency rates itself.")},
            {ReportText::tr("Heatmap"),
             ReportText::tr("The table of agencies against standards, each cell the worst rating of that "
                            "standard's criteria.")}};
}

} // namespace

void addCover(ReportDocument &doc, const QDate &prepared, bool withContents, const QString &about)
{
    const ValueFormat format;
    doc.title1(doc.title);
    doc.paragraph(doc.boardName);
    doc.paragraph(about.isEmpty() ? ReportText::tr("Reporting period: %1").arg(doc.periodLabel) : about);
    doc.paragraph(ReportText::tr("Prepared on %1").arg(format.date(prepared)));
    doc.note(ReportText::tr("Protective marking: %1. Handle, store and share this paper as its marking requires.")
                 .arg(doc.marking));
    if (withContents)
        doc.contents();
    doc.pageBreak();
}

void addSummary(ReportDocument &doc, const QString &summary)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    for (const QString &paragraph : summary.trimmed().split(blankLine, Qt::SkipEmptyParts))
        doc.paragraph(paragraph.simplified());
}

void addExecutiveSummary(ReportDocument &doc, const PerformanceData &performance, const ActionPlanData &actions,
                         const QString &summary)
{
    const ValueFormat format;
    doc.heading(2, ReportText::tr("Executive summary"));
    addSummary(doc, summary);
    if (performance.lines.empty())
        doc.paragraph(ReportText::tr("The board has no performance indicators yet, so this pack reports none."));
    else {
        doc.paragraph(ragCountsSentence(performance));
        const int exceptions = performance.exceptionCount();
        doc.paragraph(exceptions == 0
                          ? ReportText::tr("No indicator is an exception this period.")
                          : ReportText::tr("%1 indicators are exceptions and are reported first in the performance "
                                           "section, each with its chart and the story behind the data.")
                                .arg(format.count(exceptions)));
    }
    if (actions.lines.empty())
        doc.paragraph(ReportText::tr("The board has no actions in its action plan yet."));
    else
        doc.paragraph(
            ReportText::tr("Of %1 actions in the board's action plan, %2 are open, %3 are overdue and %4 are due "
                           "within the next 14 days; %5 are completed. Progress is reported as of %6.")
                .arg(format.count(qint64(actions.lines.size())), format.count(actions.open),
                     format.count(actions.overdue), format.count(actions.dueSoon), format.count(actions.completed),
                     format.date(actions.asOf)));
    doc.paragraph(
        ReportText::tr("The board is asked to note the performance reported, to seek assurance on the "
                       "exceptions from the agencies that own them, and to hold the leads of overdue actions to "
                       "account."));
}

void addActionProgress(ReportDocument &doc, const ActionPlanData &actions, int level, bool showAgency,
                       const QString &summary)
{
    const ValueFormat format;
    doc.heading(level, ReportText::tr("Action plan progress"));
    addSummary(doc, summary);
    if (actions.lines.empty()) {
        doc.paragraph(ReportText::tr("There are no actions to report."));
        return;
    }
    doc.paragraph(
        ReportText::tr("As of %1: %2 open, %3 overdue, %4 due within 14 days, %5 completed. Overdue actions come "
                       "first, the longest overdue at the top.")
            .arg(format.date(actions.asOf), format.count(actions.open), format.count(actions.overdue),
                 format.count(actions.dueSoon), format.count(actions.completed)));
    ReportTable table;
    table.header = QStringList{ReportText::tr("Ref"), ReportText::tr("Action")};
    if (showAgency)
        table.header << ReportText::tr("Agency");
    table.header << ReportText::tr("Lead") << ReportText::tr("Due") << ReportText::tr("Status")
                 << ReportText::tr("Progress");
    table.widths = showAgency ? QList<int>{12, 25, 15, 12, 14, 11, 11} : QList<int>{12, 37, 14, 14, 12, 11};
    for (const ActionLine &line : actions.lines) {
        QList<ReportCell> row{{line.action.ref, std::nullopt}, {line.action.title, std::nullopt}};
        if (showAgency)
            row.append({line.agency, std::nullopt});
        QString due = format.date(line.action.due);
        if (line.standing.overdue)
            due = ReportText::tr("%1 (overdue)").arg(due);
        else if (line.standing.dueSoon)
            due = ReportText::tr("%1 (due soon)").arg(due);
        QString progress = line.standing.rag ? ValueFormat::rag(*line.standing.rag) : ReportText::tr("–");
        if (line.standing.percent)
            progress = ReportText::tr("%1, %2").arg(progress, format.percent(*line.standing.percent, 0));
        row.append({line.lead, std::nullopt});
        row.append({due, std::nullopt});
        row.append({actionStatusLabel(line.action.status), std::nullopt});
        row.append({progress, line.standing.rag});
        table.rows.append(row);
    }
    doc.table(std::move(table));
    doc.note(
        ReportText::tr("Progress: the lead's last reported percentage against the share of the action's time gone; "
                       "overdue actions are red, completed ones green and those with their impact evidenced blue."));
}

void addGlossary(ReportDocument &doc, GlossaryScope scope)
{
    doc.heading(2, ReportText::tr("Glossary"));
    ReportTable table;
    table.header = QStringList{ReportText::tr("Term"), ReportText::tr("Meaning")};
    table.widths = {25, 75};
    QList<std::pair<QString, QString>> terms{
        {ReportText::tr("RAG"),
         ReportText::tr("Red, amber, green: how near an indicator is to its target. Green at 95% of the target "
                        "or better, amber from 90%, red below 90%, unless the board set other thresholds.")},
        {ReportText::tr("Blue"),
         ReportText::tr("Better than the target by the margin the board set, where it uses blue; for an "
                        "action, its impact is evidenced.")},
        {ReportText::tr("No data"), ReportText::tr("A target is set but no value has been given for the period.")},
        {ReportText::tr("N/A"), ReportText::tr("Not rated: the indicator has no target or is for information only.")},
        {ReportText::tr("Exception"),
         ReportText::tr("An indicator the board should look at: rated red, worse than the period before by "
                        "more than the tolerance, showing a special cause of concern, or out of step "
                        "with its benchmarks.")},
        {ReportText::tr("Trend"), ReportText::tr("Improving, steady or worsening against the period before.")},
        {ReportText::tr("SPC"),
         ReportText::tr("Statistical process control: reading a run of values to tell real change (a special "
                        "cause) from the ordinary ups and downs (common cause).")},
        {ReportText::tr("Special cause"),
         ReportText::tr("A pattern the ordinary variation would rarely give: a point outside the "
                        "process limits, a run, a trend, or two of three points near a limit.")},
        {ReportText::tr("Process limits"),
         ReportText::tr("The range the values are expected to stay within while nothing changes: "
                        "the mean plus or minus 2.66 times the average moving range.")},
        {ReportText::tr("Assurance"),
         ReportText::tr("Whether the process limits show the target will be met consistently, missed "
                        "consistently, or met only sometimes.")},
        {ReportText::tr("Statistical neighbours"),
         ReportText::tr("The areas most like this one, published for comparison.")},
        {ReportText::tr("Overdue"), ReportText::tr("An open action whose due date has passed.")},
        {ReportText::tr("Due soon"), ReportText::tr("An open action due within the next 14 days.")},
        {ReportText::tr("SMART"),
         ReportText::tr("Specific, measurable, achievable, relevant and timed: what an action must be.")},
        {ReportText::tr("Q1, Q2, Q3, Q4"),
         ReportText::tr("The quarters of the financial year: April to June, July to September, "
                        "October to December, January to March.")},
        {ReportText::tr("OFFICIAL"),
         ReportText::tr("The Government Security Classification for the routine business of public "
                        "bodies; OFFICIAL-SENSITIVE where a paper holds case material.")}};
    if (scope.audits)
        terms << auditTerms();
    if (scope.assessment)
        terms << assessmentTerms();
    for (const auto &[term, meaning] : terms)
        table.rows.append({{term, std::nullopt}, {meaning, std::nullopt}});
    doc.table(std::move(table));
}

void addAppendices(ReportDocument &doc, const PerformanceData &performance)
{
    doc.heading(2, ReportText::tr("Appendix A: indicator definitions"));
    if (performance.lines.empty())
        doc.paragraph(ReportText::tr("The board has no indicators yet."));
    else {
        ReportTable table;
        table.header = QStringList{ReportText::tr("Code"), ReportText::tr("Indicator"), ReportText::tr("Definition"),
                                   ReportText::tr("Source"), ReportText::tr("Owner")};
        table.widths = {10, 25, 35, 15, 15};
        for (const IndicatorLine &line : performance.lines)
            table.rows.append({{line.indicator.code, std::nullopt},
                               {line.indicator.title, std::nullopt},
                               {line.indicator.definition, std::nullopt},
                               {line.indicator.dataSource, std::nullopt},
                               {line.ownerAgency, std::nullopt}});
        doc.table(std::move(table));
    }
    doc.heading(2, ReportText::tr("Appendix B: how the ratings are worked out"));
    doc.paragraph(
        ReportText::tr("Achievement is the value divided by the target where higher is better, and the target "
                       "divided by the value where lower is better. A period keeps the rating of the thresholds in "
                       "force when it ended, so a change of thresholds never re-rates earlier periods."));
    doc.paragraph(
        ReportText::tr("The SPC charts follow NHS England's Making Data Count: the mean of the values, process "
                       "limits at the mean plus or minus 2.66 times the average moving range, and four rules for a "
                       "special cause. Each chart in this paper is described in words beneath it."));
}

} // namespace assure
