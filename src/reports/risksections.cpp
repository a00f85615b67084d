// The board pack's business plan priorities and risk register sections.
#include "reports/risksections.h"

#include "core/valueformat.h"
#include "reports/boardpacksections.h"
#include "reports/reporttext.h"

namespace assure {

namespace {

ReportCell cell(const QString &text)
{
    return {text, std::nullopt};
}

QString part(int good, int rated)
{
    return rated == 0 ? ReportText::tr("none rated") : ReportText::tr("%1 of %2").arg(good).arg(rated);
}

QString flagsOf(const RiskStanding &s)
{
    QStringList out;
    if (s.reviewOverdue)
        out << ReportText::tr("Review overdue");
    for (const RiskIndicatorFlag &f : s.flags) {
        QStringList why;
        for (IndicatorConcern c : f.concerns)
            why << indicatorConcernLabel(c);
        out << ReportText::tr("%1: %2").arg(f.indicatorLabel, why.join(ReportText::tr(", ")));
    }
    return out.join(ReportText::tr("; "));
}

} // namespace

void addPriorities(ReportDocument &doc, const PrioritiesData &data, const QString &summary)
{
    doc.heading(2, ReportText::tr("Business plan priorities"));
    addSummary(doc, summary);
    int off = 0, concern = 0, onTrack = 0;
    for (const PriorityLine &l : data.lines) {
        off += l.standing.status == PriorityStatus::OffTrack;
        concern += l.standing.status == PriorityStatus::SomeConcern;
        onTrack += l.standing.status == PriorityStatus::OnTrack;
    }
    doc.paragraph(ReportText::tr("The board has %1 priorities for %2: %3 on track, %4 with some concern and %5 off "
                                 "track. Their indicators are rated for %6.")
                      .arg(data.lines.size())
                      .arg(data.yearLabel)
                      .arg(onTrack)
                      .arg(concern)
                      .arg(off)
                      .arg(data.period.label()));
    ReportTable table;
    table.header = QStringList{ReportText::tr("Priority"), ReportText::tr("Lead"), ReportText::tr("Indicators green"),
                               ReportText::tr("Actions on track"), ReportText::tr("Progress")};
    table.widths = {34, 20, 15, 15, 16};
    for (const PriorityLine &l : data.lines)
        table.rows.append({cell(l.title),
                           cell(l.lead),
                           cell(part(l.standing.indicators.green, l.standing.indicators.rated())),
                           cell(part(l.standing.actions.onTrack, l.standing.actions.rated())),
                           {priorityStatusLabel(l.standing.status), priorityStatusRag(l.standing.status)}});
    doc.table(std::move(table));
    doc.note(ReportText::tr("How progress is judged: of a priority's indicators with a rating, the share green (or "
                            "blue); of its actions (those answering it and its development plans' components), the "
                            "share on track (progress green, or impact evidenced; cancelled actions left out). On "
                            "track when every share is 75% or more; off track when one is below 50%; some concern "
                            "otherwise; no data when nothing is rated."));
}

void addRiskRegister(ReportDocument &doc, const RiskRegisterData &data, const QString &summary)
{
    const ValueFormat format;
    doc.heading(2, ReportText::tr("Risk register"));
    addSummary(doc, summary);
    int red = 0, amber = 0, green = 0, overdue = 0, flagged = 0;
    for (const RiskLine &l : data.lines) {
        red += l.standing.rating == RiskRating::Red;
        amber += l.standing.rating == RiskRating::Amber;
        green += l.standing.rating == RiskRating::Green;
        overdue += l.standing.reviewOverdue;
        flagged += !l.standing.flags.isEmpty();
    }
    doc.paragraph(ReportText::tr("The register holds %1 risks: %2 red, %3 amber and %4 green. As of %5, %6 are past "
                                 "their review date and %7 have a linked indicator that is red or shows a special "
                                 "cause of concern in %8.")
                      .arg(data.lines.size())
                      .arg(red)
                      .arg(amber)
                      .arg(green)
                      .arg(format.date(data.asOf))
                      .arg(overdue)
                      .arg(flagged)
                      .arg(data.period.label()));
    doc.heading(3, ReportText::tr("Heat map"));
    ReportTable heat;
    heat.header = QStringList{ReportText::tr("Impact")};
    for (int l = kRiskLevelMin; l <= kRiskLevelMax; ++l)
        heat.header << ReportText::tr("Likelihood %1").arg(l);
    heat.widths = {20, 16, 16, 16, 16, 16};
    for (int i = kRiskLevelMax; i >= kRiskLevelMin; --i) {
        QList<ReportCell> row{cell(QString::number(i))};
        for (int l = kRiskLevelMin; l <= kRiskLevelMax; ++l) {
            const auto rating = ratingOf(riskScore(l, i), data.settings);
            row.append(
                {format.count(data.count(l, i)), rating ? std::optional<Rag>(riskRatingRag(*rating)) : std::nullopt});
        }
        heat.rows.append(row);
    }
    doc.table(std::move(heat));
    doc.note(ReportText::tr("Each cell counts the risks of that likelihood and impact, coloured by the band its "
                            "score (likelihood × impact) falls in: red from %1, amber from %2, green below.")
                 .arg(data.settings.redFrom)
                 .arg(data.settings.amberFrom));
    doc.heading(3, ReportText::tr("The risks, highest score first"));
    ReportTable table;
    table.header = QStringList{ReportText::tr("Risk"),   ReportText::tr("Owner"),  ReportText::tr("Score"),
                               ReportText::tr("Rating"), ReportText::tr("Target"), ReportText::tr("Review"),
                               ReportText::tr("Flags")};
    table.widths = {28, 14, 12, 10, 8, 11, 17};
    for (const RiskLine &l : data.lines)
        table.rows.append(
            {cell(l.risk.title), cell(l.owner),
             cell(ReportText::tr("%1 × %2 = %3").arg(l.risk.likelihood).arg(l.risk.impact).arg(l.standing.score)),
             l.standing.rating ? ReportCell{riskRatingLabel(*l.standing.rating), riskRatingRag(*l.standing.rating)}
                               : cell(QString()),
             cell(l.risk.targetScore > 0 ? QString::number(l.risk.targetScore) : QString()),
             cell(l.risk.reviewDate.isValid() ? format.date(l.risk.reviewDate) : QString()),
             cell(flagsOf(l.standing))});
    doc.table(std::move(table));
}

} // namespace assure
