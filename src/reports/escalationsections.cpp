// The board pack's escalations section.
#include "reports/escalationsections.h"

#include "core/valueformat.h"
#include "reports/boardpacksections.h"
#include "reports/reporttext.h"

namespace assure {

namespace {

ReportCell cell(const QString &text)
{
    return {text, std::nullopt};
}

void addCounts(ReportDocument &doc, const QString &first, const QList<EscalationReportData::Named> &rows)
{
    const ValueFormat format;
    ReportTable t;
    t.header = {first, ReportText::tr("Raised")};
    t.widths = {80, 20};
    for (const EscalationReportData::Named &n : rows)
        t.rows << QList<ReportCell>{cell(n.name), cell(format.count(n.count))};
    doc.table(t);
}

} // namespace

void addEscalations(ReportDocument &doc, const EscalationReportData &data, const QString &summary)
{
    const ValueFormat format;
    doc.heading(2, ReportText::tr("Escalations"));
    addSummary(doc, summary);
    doc.paragraph(
        ReportText::tr("In %1 to %2: %3 escalations raised under the escalation policy and %4 resolved, a "
                       "median of %5 calendar days to resolve; %6 open on %2.")
            .arg(data.yearLabel, format.date(data.asOf), format.count(data.raised), format.count(data.resolved),
                 data.medianDays ? format.rounded(*data.medianDays, 1) : ReportText::tr("–"), format.count(data.open)));
    doc.heading(3, ReportText::tr("By reason"));
    addCounts(doc, ReportText::tr("Reason"), data.byReason);
    doc.heading(3, ReportText::tr("By the level reached"));
    addCounts(doc, ReportText::tr("Level"), data.byLevel);
    doc.heading(3, ReportText::tr("Still open, oldest first"));
    if (data.openOnes.isEmpty()) {
        doc.paragraph(ReportText::tr("None is open."));
    } else {
        ReportTable t;
        t.header = {ReportText::tr("Case reference"), ReportText::tr("Raised"), ReportText::tr("Days open"),
                    ReportText::tr("Raised by → raised with"), ReportText::tr("Level")};
        t.widths = {15, 13, 10, 38, 24};
        for (int i = 0; i < data.openOnes.size() && i < kOpenEscalationsShown; ++i) {
            const EscalationReportData::OpenOne &o = data.openOnes.at(i);
            t.rows << QList<ReportCell>{cell(o.ref), cell(format.date(o.raised)), cell(format.count(o.daysOpen)),
                                        cell(o.between), cell(o.level)};
        }
        doc.table(t);
        if (data.openOnes.size() > kOpenEscalationsShown)
            doc.note(ReportText::tr("The %1 oldest of %2 open; the rest are on the Escalations page.")
                         .arg(format.count(kOpenEscalationsShown), format.count(data.openOnes.size())));
    }
    doc.heading(3, ReportText::tr("What was learnt"));
    if (data.learning.isEmpty()) {
        doc.paragraph(ReportText::tr("No learning is recorded for the escalations resolved this year."));
        return;
    }
    ReportTable t;
    t.header = {ReportText::tr("Case reference"), ReportText::tr("Learning"), ReportText::tr("Actions taken")};
    t.widths = {15, 55, 30};
    for (int i = 0; i < data.learning.size() && i < kLearningShown; ++i) {
        const EscalationReportData::Learnt &l = data.learning.at(i);
        t.rows << QList<ReportCell>{
            cell(l.ref), cell(l.learning),
            cell(l.actions.isEmpty() ? ReportText::tr("none linked") : l.actions.join(QStringLiteral("; ")))};
    }
    doc.table(t);
    if (data.learning.size() > kLearningShown)
        doc.note(ReportText::tr("%1 of the %2 escalations resolved this year with their learning recorded; the rest "
                                "are on the Escalations page.")
                     .arg(format.count(kLearningShown), format.count(data.learning.size())));
}

} // namespace assure
