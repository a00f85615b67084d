// The board pack's "What we heard" section.
#include "reports/feedbacksections.h"

#include "core/narrative/narrative.h"
#include "core/valueformat.h"
#include "reports/boardpacksections.h"
#include "reports/reporttext.h"

namespace assure {

namespace {

ReportCell cell(const QString &text)
{
    return {text, std::nullopt};
}

// A count and its share of the year's entries: "5 (42%)".
QString countShare(int count, int total)
{
    const ValueFormat format;
    return ReportText::tr("%1 (%2)").arg(format.count(count), format.fractionAsPercent(double(count) / total));
}

template <class E>
void addCounts(ReportDocument &doc, const QString &title, const QList<E> &values, const QMap<E, int> &counts,
               QString (*label)(E), int total)
{
    ReportTable t;
    t.header = {title, ReportText::tr("Entries")};
    t.widths = {60, 40};
    for (E v : values)
        if (counts.value(v) > 0)
            t.rows << QList<ReportCell>{cell(label(v)), cell(countShare(counts.value(v), total))};
    doc.table(t);
}

} // namespace

void addFeedback(ReportDocument &doc, const FeedbackReportData &data, const QString &summary)
{
    const FeedbackFigures &f = data.figures;
    const ValueFormat format;
    doc.heading(2, narrativeSectionLabel(NarrativeSection::Feedback));
    addSummary(doc, summary);
    doc.paragraph(ReportText::tr("In %1 the board heard %2 pieces of feedback from children and young people, parents "
                                 "and carers, practitioners and partners; %3 led to action.")
                      .arg(data.yearLabel, format.count(f.entries), format.count(f.withActions)));
    doc.heading(3, ReportText::tr("Whose voice"));
    addCounts(doc, ReportText::tr("Voice"), allFeedbackVoices(), f.byVoice, feedbackVoiceLabel, f.entries);
    doc.heading(3, ReportText::tr("How it was heard"));
    addCounts(doc, ReportText::tr("How heard"), allFeedbackMethods(), f.byMethod, feedbackMethodLabel, f.entries);

    doc.heading(3, ReportText::tr("You said, we did"));
    ReportTable t;
    t.header = {ReportText::tr("Date"), ReportText::tr("Voice"), ReportText::tr("You said"), ReportText::tr("We did")};
    t.widths = {12, 16, 36, 36};
    for (int i = 0; i < data.youSaid.size() && i < kFeedbackRowsShown; ++i) {
        const FeedbackReportRow &row = data.youSaid.at(i);
        QStringList did;
        if (!row.entry.whatChanged.isEmpty())
            did << row.entry.whatChanged;
        did << row.actions;
        t.rows << QList<ReportCell>{
            cell(format.date(row.entry.date)), cell(feedbackVoiceLabel(row.entry.voice)), cell(row.entry.summary),
            cell(did.isEmpty() ? ReportText::tr("No action yet") : did.join(QLatin1Char('\n')))};
    }
    doc.table(t);
    if (data.youSaid.size() > kFeedbackRowsShown)
        doc.note(ReportText::tr("The %1 entries shown are those the board acted on, newest first, then the newest "
                                "others; all %2 of the year are on the Feedback page.")
                     .arg(kFeedbackRowsShown)
                     .arg(data.youSaid.size()));
}

} // namespace assure
