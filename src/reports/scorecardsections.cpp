// The board pack's scorecard section: each domain's counts, summary line and indicators.
#include "reports/scorecardsections.h"

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

QString orDash(const QString &text)
{
    return text.isEmpty() ? ReportText::tr("–") : text;
}

void addDomain(ReportDocument &doc, const DomainCard &domain)
{
    doc.heading(3, domain.name);
    if (domain.items.empty()) {
        doc.paragraph(ReportText::tr("No indicators are in this domain."));
        if (!domain.summary.isEmpty())
            doc.paragraph(domain.summary);
        return;
    }
    // The counts as chips, each with its word above it, so they read in greyscale too.
    ReportTable counts;
    QList<ReportCell> row;
    for (Rag rag : allRags()) {
        counts.header << ValueFormat::rag(rag);
        const int n = domain.ragCounts.value(rag);
        row.append(n > 0 ? ReportCell{QLocale().toString(n), rag} : cell(QLocale().toString(n)));
    }
    counts.rows.append(row);
    doc.table(std::move(counts));
    if (!domain.summary.isEmpty())
        doc.paragraph(domain.summary);

    ReportTable table;
    table.header = QStringList{ReportText::tr("Code"), ReportText::tr("Indicator"), ReportText::tr("Value"),
                               ReportText::tr("RAG"),  ReportText::tr("Trend"),     ReportText::tr("Variation")};
    table.widths = {11, 35, 10, 12, 14, 18};
    const ValueFormat format;
    for (const IndicatorReview *r : domain.items) {
        const IndicatorStatus &s = r->status;
        table.rows.append({cell(r->indicator.code), cell(r->indicator.title),
                           cell(s.value ? format.value(r->indicator.unit, s.value) : ReportText::tr("–")),
                           ReportCell{ValueFormat::rag(s.rag.rag), s.rag.rag},
                           cell(orDash(s.trend ? ValueFormat::trend(*s.trend) : QString())),
                           cell(orDash(s.variation ? ValueFormat::variationShort(*s.variation) : QString()))});
    }
    doc.table(std::move(table));
}

} // namespace

void addScorecard(ReportDocument &doc, const ScorecardReportData &data, const QString &summary)
{
    doc.heading(2, narrativeSectionLabel(NarrativeSection::Scorecard));
    addSummary(doc, summary);
    doc.paragraph(ReportText::tr("The board's indicators for %1, by domain: how many are at each RAG rating, the "
                                 "line the board's officer wrote on each domain, and each indicator's value, RAG, "
                                 "trend and SPC variation.")
                      .arg(data.period.label()));
    for (const DomainCard &domain : data.card.domains)
        addDomain(doc, domain);
    doc.note(ReportText::tr("Ratings are those of the Performance section, for each indicator's own period that "
                            "answers for %1. Trend is against the period before; variation is read from the SPC "
                            "chart.")
                 .arg(data.period.label()));
}

} // namespace assure
