// The audit sections: what one audit found and asks for, and how the year's audit programme stands.
#include "reports/auditsections.h"

#include "core/valueformat.h"
#include "reports/boardpacksections.h"
#include "reports/reporttext.h"

#include <QHash>

#include <algorithm>

namespace assure {

namespace {

ReportCell cell(const QString &text)
{
    return {text, std::nullopt};
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? ReportText::tr("–") : text.trimmed();
}

QString dateOrDash(const QDate &day)
{
    return day.isValid() ? ValueFormat().date(day) : ReportText::tr("–");
}

void addAbout(ReportDocument &doc, const AuditReportData &data)
{
    const Audit &a = data.audit;
    doc.heading(2, ReportText::tr("About this audit"));
    ReportTable table;
    table.header = QStringList{ReportText::tr("Item"), ReportText::tr("Detail")};
    table.widths = {30, 70};
    const QList<std::pair<QString, QString>> rows{
        {ReportText::tr("Reference"), a.ref},
        {ReportText::tr("Title"), a.title},
        {ReportText::tr("Type"), auditTypeLabel(a.type)},
        {ReportText::tr("Status"), auditStatusLabel(a.status)},
        {ReportText::tr("Lead"), orDash(data.lead)},
        {ReportText::tr("Other auditors"), orDash(a.auditors)},
        {ReportText::tr("Independent"), a.independent ? ReportText::tr("Yes") : ReportText::tr("No")},
        {ReportText::tr("Agencies involved"), orDash(data.agencies.join(QStringLiteral(", ")))},
        {ReportText::tr("Planned"), dateOrDash(a.planned)},
        {ReportText::tr("Started"), dateOrDash(a.started)},
        {ReportText::tr("Reported to the board"), dateOrDash(a.reported)}};
    for (const auto &[item, detail] : rows)
        table.rows.append({cell(item), cell(detail)});
    doc.table(std::move(table));
    doc.heading(3, ReportText::tr("Scope"));
    doc.paragraph(a.scope.trimmed().isEmpty() ? ReportText::tr("No scope has been written for this audit.")
                                              : a.scope.trimmed());
    doc.heading(3, ReportText::tr("Method"));
    doc.paragraph(a.methodology.trimmed().isEmpty() ? ReportText::tr("No method has been written for this audit.")
                                                    : a.methodology.trimmed());
}

void addSampleAndGrades(ReportDocument &doc, const AuditReportData &data)
{
    const ValueFormat format;
    doc.heading(2, ReportText::tr("Sample and grades"));
    if (data.cases == 0) {
        doc.paragraph(ReportText::tr("No cases have been audited yet, so there are no grades to report."));
    } else {
        doc.paragraph(data.audit.samplingSeed.isEmpty()
                          ? ReportText::tr("%1 cases were audited. No sampling seed is recorded: the sample was "
                                           "chosen by hand.")
                                .arg(format.count(data.cases))
                          : ReportText::tr("%1 cases were audited, drawn at random with the seed %2: the same "
                                           "candidates and seed draw the same sample again.")
                                .arg(format.count(data.cases), data.audit.samplingSeed));
        ReportTable table;
        table.header = QStringList{ReportText::tr("Grade"), ReportText::tr("Cases"), ReportText::tr("Share")};
        table.widths = {50, 25, 25};
        QList<GradeCount> rows = data.grades;
        if (data.ungraded > 0)
            rows.append({ReportText::tr("Not graded yet"), data.ungraded});
        for (const GradeCount &g : rows)
            table.rows.append(
                {cell(g.label), cell(format.count(g.cases)), cell(format.percent(100.0 * g.cases / data.cases, 0))});
        doc.table(std::move(table));
        doc.note(ReportText::tr("Each case counts once, at the grade agreed in moderation or, where it was not "
                                "moderated, the auditor's grade."));
    }
    doc.heading(3, ReportText::tr("Moderation"));
    const Agreement &m = data.agreement;
    if (m.cases == 0 || !m.percent) {
        doc.paragraph(ReportText::tr("No case has been graded by a second auditor."));
        return;
    }
    QString text =
        ReportText::tr("%1 cases were graded by a second auditor; the two gave the same grade to %2 of them.")
            .arg(format.count(m.cases), format.percent(100.0 * *m.percent, 0));
    if (m.kappa)
        text += QLatin1Char(' ') +
                ReportText::tr("Cohen's kappa, which discounts the agreement chance alone would give, is %1.")
                    .arg(format.fixed(*m.kappa, 2));
    doc.paragraph(text);
}

ReportTable findingsTable(const std::vector<Finding> &findings)
{
    ReportTable table;
    table.header = QStringList{ReportText::tr("Kind"), ReportText::tr("Finding")};
    table.widths = {22, 78};
    for (const Finding &f : findings)
        table.rows.append({cell(findingKindLabel(f.kind)), cell(f.text)});
    return table;
}

void addFindings(ReportDocument &doc, const AuditReportData &data)
{
    const ValueFormat format;
    doc.heading(2, ReportText::tr("Findings"));
    if (data.goodPractice.empty() && data.shortfalls.empty()) {
        doc.paragraph(ReportText::tr("No findings have been agreed yet."));
        return;
    }
    doc.paragraph(
        ReportText::tr("Working well: %1. To improve: %2. What works is reported first, so that it can be "
                       "shared.")
            .arg(format.count(qint64(data.goodPractice.size())), format.count(qint64(data.shortfalls.size()))));
    doc.heading(3, ReportText::tr("What is working well"));
    if (data.goodPractice.empty())
        doc.paragraph(ReportText::tr("No good practice or strength was recorded."));
    else
        doc.table(findingsTable(data.goodPractice));
    doc.heading(3, ReportText::tr("What needs to improve"));
    if (data.shortfalls.empty())
        doc.paragraph(ReportText::tr("No area for improvement was recorded."));
    else
        doc.table(findingsTable(data.shortfalls));
}

void addRecommendations(ReportDocument &doc, const AuditReportData &data)
{
    doc.heading(2, ReportText::tr("Recommendations"));
    if (data.recommendations.empty()) {
        doc.paragraph(ReportText::tr("The audit makes no recommendations."));
        return;
    }
    ReportTable table;
    table.header = QStringList{ReportText::tr("No."), ReportText::tr("Recommendation"), ReportText::tr("Owner"),
                               ReportText::tr("Accepted by the board")};
    table.widths = {7, 55, 20, 18};
    for (const RecommendationLine &r : data.recommendations)
        table.rows.append({cell(ValueFormat().count(r.number)), cell(r.recommendation.text), cell(orDash(r.owner)),
                           cell(r.recommendation.accepted.isValid() ? ValueFormat().date(r.recommendation.accepted)
                                                                    : ReportText::tr("Not yet"))});
    doc.table(std::move(table));
}

// What an action answers, in the report's own numbering of recommendations.
QString answers(const AuditReportData &data, const Action &a)
{
    if (a.sourceKind == ActionSource::Recommendation)
        for (const RecommendationLine &r : data.recommendations)
            if (r.recommendation.id == a.sourceId)
                return ReportText::tr("Recommendation %1").arg(r.number);
    if (a.sourceKind == ActionSource::Finding)
        return ReportText::tr("A finding");
    return ReportText::tr("The audit");
}

void addAnsweringActions(ReportDocument &doc, const AuditReportData &data)
{
    const ValueFormat format;
    doc.heading(2, ReportText::tr("Actions answering the audit"));
    if (data.actions.empty()) {
        doc.paragraph(ReportText::tr("No action in the board's action plan answers this audit yet."));
        return;
    }
    ReportTable table;
    table.header = QStringList{ReportText::tr("Ref"),    ReportText::tr("Action"), ReportText::tr("Answers"),
                               ReportText::tr("Agency"), ReportText::tr("Due"),    ReportText::tr("Progress")};
    table.widths = {11, 27, 16, 15, 13, 18};
    for (const ActionLine &line : data.actions) {
        QString due = format.date(line.action.due);
        if (line.standing.overdue)
            due = ReportText::tr("%1 (overdue)").arg(due);
        QString progress =
            line.standing.rag ? ValueFormat::rag(*line.standing.rag) : actionStatusLabel(line.action.status);
        if (line.standing.percent)
            progress = ReportText::tr("%1, %2").arg(progress, format.percent(*line.standing.percent, 0));
        table.rows.append({cell(line.action.ref),
                           cell(line.action.title),
                           cell(answers(data, line.action)),
                           cell(orDash(line.agency)),
                           cell(due),
                           {progress, line.standing.rag}});
    }
    doc.table(std::move(table));
}

// "Good 3, Requires improvement 1": the grades an audit gave, the empty ones left out.
QString gradeSummary(const AuditReportData &data)
{
    QStringList parts;
    for (const GradeCount &g : data.grades)
        if (g.cases > 0)
            parts << ReportText::tr("%1 %2").arg(g.label, ValueFormat().count(g.cases));
    return parts.isEmpty() ? ReportText::tr("–") : parts.join(QStringLiteral(", "));
}

} // namespace

void addAuditReport(ReportDocument &doc, const AuditReportData &data)
{
    addAbout(doc, data);
    addSampleAndGrades(doc, data);
    addFindings(doc, data);
    addRecommendations(doc, data);
    addAnsweringActions(doc, data);
}

void addAuditProgramme(ReportDocument &doc, const ProgrammeYearData &data, const QString &periodLabel,
                       const QString &summary)
{
    const ValueFormat format;
    const auto n = [&](OccurrenceStatus s) { return format.count(data.counts.at(s)); };
    doc.heading(2, ReportText::tr("Audit programme and findings"));
    addSummary(doc, summary);
    if (data.entries > 0) {
        doc.paragraph(
            ReportText::tr("The audit programme for %1 has %2 entries. As of %3, %4 of their audits are done, %5 "
                           "due this month, %6 overdue and %7 skipped; %8 are planned for later in the year.")
                .arg(Period::yearLabel(data.startYear), format.count(data.entries), format.date(data.asOf),
                     n(OccurrenceStatus::Done), n(OccurrenceStatus::Due), n(OccurrenceStatus::Overdue),
                     n(OccurrenceStatus::Skipped), n(OccurrenceStatus::Planned)));
        ReportTable table;
        table.header = QStringList{ReportText::tr("Standing"), ReportText::tr("Audits")};
        table.widths = {50, 50};
        for (OccurrenceStatus s : {OccurrenceStatus::Done, OccurrenceStatus::Due, OccurrenceStatus::Overdue,
                                   OccurrenceStatus::Skipped, OccurrenceStatus::Planned})
            table.rows.append({cell(occurrenceStatusLabel(s)), cell(n(s))});
        doc.table(std::move(table));
    }
    doc.heading(3, ReportText::tr("Audits reported this period"));
    if (data.reported.empty()) {
        doc.paragraph(ReportText::tr("No audit was reported to the board in %1.").arg(periodLabel));
        return;
    }
    ReportTable audits;
    audits.header = QStringList{ReportText::tr("Ref"), ReportText::tr("Audit"), ReportText::tr("Cases"),
                                ReportText::tr("Grades"), ReportText::tr("Recommendations")};
    audits.widths = {12, 29, 9, 28, 22};
    std::vector<Finding> good;
    std::vector<Finding> shortfalls;
    QHash<qint64, QString> refs;
    for (const AuditReportData &a : data.reported) {
        audits.rows.append({cell(a.audit.ref), cell(a.audit.title), cell(format.count(a.cases)), cell(gradeSummary(a)),
                            cell(format.count(qint64(a.recommendations.size())))});
        good.insert(good.end(), a.goodPractice.begin(), a.goodPractice.end());
        shortfalls.insert(shortfalls.end(), a.shortfalls.begin(), a.shortfalls.end());
        refs.insert(a.audit.id, a.audit.ref);
    }
    doc.table(std::move(audits));
    std::stable_sort(good.begin(), good.end(), [](const Finding &a, const Finding &b) {
        return a.kind == FindingKind::GoodPractice && b.kind != FindingKind::GoodPractice;
    });
    const auto findings = [&](const std::vector<Finding> &list) {
        ReportTable table;
        table.header = QStringList{ReportText::tr("Audit"), ReportText::tr("Kind"), ReportText::tr("Finding")};
        table.widths = {14, 20, 66};
        for (const Finding &f : list)
            table.rows.append({cell(refs.value(f.auditId)), cell(findingKindLabel(f.kind)), cell(f.text)});
        return table;
    };
    doc.heading(3, ReportText::tr("What is working well"));
    if (good.empty())
        doc.paragraph(ReportText::tr("The audits reported this period recorded no good practice or strength."));
    else
        doc.table(findings(good));
    doc.heading(3, ReportText::tr("What needs to improve"));
    if (shortfalls.empty())
        doc.paragraph(ReportText::tr("The audits reported this period recorded no area for improvement."));
    else
        doc.table(findings(shortfalls));
}

} // namespace assure
