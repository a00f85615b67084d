// The board pack's complaints and compliments section.
#include "reports/complaintsections.h"

#include "core/narrative/narrative.h"
#include "core/valueformat.h"
#include "reports/boardpacksections.h"
#include "reports/reporttext.h"

#include <functional>

namespace assure {

namespace {

ReportCell cell(const QString &text)
{
    return {text, std::nullopt};
}

QString fractionText(const ComplaintFigures &f)
{
    const auto fraction = f.inTimeFraction();
    return fraction ? ValueFormat().fractionAsPercent(*fraction) : ReportText::tr("–");
}

void addFigures(ReportDocument &doc, const ComplaintReportData &data)
{
    const ComplaintYear &y = data.year;
    const ValueFormat format;
    ReportTable t;
    t.header = {QString()};
    QList<const ComplaintFigures *> columns;
    for (size_t q = 0; q < 4; ++q) {
        t.header << y.quarters[q].label();
        columns << &y.byQuarter[q];
    }
    t.header << ReportText::tr("Year");
    columns << &y.total;
    t.widths = {30, 14, 14, 14, 14, 14};
    const auto row = [&](const QString &caption, const std::function<QString(const ComplaintFigures &)> &get) {
        QList<ReportCell> r{cell(caption)};
        for (const ComplaintFigures *f : columns)
            r << cell(get(*f));
        t.rows << r;
    };
    const auto count = [&](const QString &caption, const std::function<int(const ComplaintFigures &)> &get) {
        row(caption, [&](const ComplaintFigures &f) { return format.count(get(f)); });
    };
    count(ReportText::tr("Received"), [](const ComplaintFigures &f) { return f.received; });
    for (ComplaintKind k : allComplaintKinds())
        count(ReportText::tr("– %1").arg(complaintKindLabel(k)),
              [k](const ComplaintFigures &f) { return f.byKind.value(k); });
    for (ComplaintOutcome o : allComplaintOutcomes())
        count(ReportText::tr("Complaints %1").arg(complaintOutcomeLabel(o).toLower()),
              [o](const ComplaintFigures &f) { return f.byOutcome.value(o); });
    count(ReportText::tr("Answered"), [](const ComplaintFigures &f) { return f.responded; });
    count(ReportText::tr("Answered late"), [](const ComplaintFigures &f) { return f.late; });
    count(ReportText::tr("Not answered, past the target"), [](const ComplaintFigures &f) { return f.overdue; });
    row(ReportText::tr("Answered in time"), fractionText);
    doc.table(t);
    doc.note(ReportText::tr("By the quarter received, as known on %1. In time: answered within %n working days of "
                            "receipt, not counting weekends, bank holidays in England and Wales or the board's own "
                            "days off.",
                            nullptr, y.targetDays)
                 .arg(format.date(y.to)));
}

void addRanking(ReportDocument &doc, const QString &heading, const QString &column,
                const QList<QPair<QString, int>> &rows)
{
    if (rows.isEmpty())
        return;
    doc.heading(3, heading);
    ReportTable t;
    t.header = {column, ReportText::tr("Received")};
    t.widths = {75, 25};
    const ValueFormat format;
    for (const auto &[name, n] : rows)
        t.rows << QList<ReportCell>{cell(name.isEmpty() ? ReportText::tr("No theme given") : name),
                                    cell(format.count(n))};
    doc.table(t);
}

void addLearning(ReportDocument &doc, const ComplaintYear &y)
{
    doc.heading(3, ReportText::tr("Learning and the actions that followed"));
    if (y.learning.isEmpty()) {
        doc.paragraph(ReportText::tr("No learning is recorded for this year yet."));
        return;
    }
    const ValueFormat format;
    ReportTable t;
    t.header = {ReportText::tr("Reference"), ReportText::tr("Agency and theme"), ReportText::tr("Learning"),
                ReportText::tr("Actions")};
    t.widths = {14, 24, 36, 26};
    const int shown = std::min(int(y.learning.size()), kComplaintLearningShown);
    // The latest first: what the board has not heard before.
    for (int i = int(y.learning.size()) - 1; i >= int(y.learning.size()) - shown; --i) {
        const ComplaintLearning &l = y.learning.at(i);
        t.rows << QList<ReportCell>{
            cell(ReportText::tr("%1\n%2").arg(l.reference, format.date(l.received))),
            cell(l.theme.isEmpty() ? l.agency : ReportText::tr("%1: %2").arg(l.agency, l.theme)), cell(l.learning),
            cell(l.actions.isEmpty() ? ReportText::tr("None linked") : l.actions.join(QLatin1Char('\n')))};
    }
    doc.table(t);
    if (y.learning.size() > shown)
        doc.note(ReportText::tr("The latest %1 of %2 entries with learning; the Complaints page lists them all.")
                     .arg(format.count(shown), format.count(y.learning.size())));
}

} // namespace

void addComplaints(ReportDocument &doc, const ComplaintReportData &data, const QString &summary)
{
    const ComplaintYear &y = data.year;
    const ValueFormat format;
    doc.heading(2, narrativeSectionLabel(NarrativeSection::Complaints));
    addSummary(doc, summary);
    QString intro =
        ReportText::tr("In %1 to %2 the agencies received %3 complaints, %4 compliments and %5 comments; "
                       "%6 of the answers came within the target of %7 working days.")
            .arg(y.year.label(), format.date(y.to), format.count(y.total.byKind.value(ComplaintKind::Complaint)),
                 format.count(y.total.byKind.value(ComplaintKind::Compliment)),
                 format.count(y.total.byKind.value(ComplaintKind::Comment)), fractionText(y.total),
                 format.count(y.targetDays));
    if (data.quarter >= 0) {
        const ComplaintFigures &q = y.byQuarter[size_t(data.quarter)];
        intro += QLatin1Char(' ') +
                 ReportText::tr("In %1: %2 received, %3 answered in time.")
                     .arg(y.quarters[size_t(data.quarter)].label(), format.count(q.received), fractionText(q));
    }
    doc.paragraph(intro);
    addFigures(doc, data);
    addRanking(doc, ReportText::tr("By agency"), ReportText::tr("Agency"), y.agencies(y.total));
    addRanking(doc, ReportText::tr("By theme"), ReportText::tr("Theme"), ComplaintYear::themes(y.total));
    addLearning(doc, y);
}

} // namespace assure
