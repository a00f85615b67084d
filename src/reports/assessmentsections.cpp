// The board pack's self-assessment section: where each agency's return stands and how it rated itself.
#include "reports/assessmentsections.h"

#include "core/valueformat.h"
#include "reports/boardpacksections.h"
#include "reports/reporttext.h"
#include "workspace/assessment/assessmentkinds.h"
#include "workspace/assessment/rounddata.h"

#include <algorithm>

namespace assure {

namespace {

ReportCell cell(const QString &text)
{
    return {text, std::nullopt};
}

// The rating's word on the status palette's chip; a cell not rated has no chip, only its words.
ReportCell ratingCell(AssessmentRating rating)
{
    switch (rating) {
    case AssessmentRating::Blue: return {assessmentRatingLabel(rating), Rag::Blue};
    case AssessmentRating::Green: return {assessmentRatingLabel(rating), Rag::Green};
    case AssessmentRating::Amber: return {assessmentRatingLabel(rating), Rag::Amber};
    case AssessmentRating::Red: return {assessmentRatingLabel(rating), Rag::Red};
    case AssessmentRating::NotRated: break;
    }
    return cell(assessmentRatingLabel(rating));
}

} // namespace

bool isReturned(ReturnStatus s)
{
    return s == ReturnStatus::Returned || s == ReturnStatus::Challenged || s == ReturnStatus::Accepted;
}

RoundProgress roundProgress(const Workspace &ws, qint64 roundId)
{
    RoundProgress out;
    for (const RoundAgency &a : ws.items<RoundAgency>())
        if (a.roundId == roundId) {
            ++out.invited;
            out.returned += isReturned(a.status) ? 1 : 0;
        }
    return out;
}

const AssessmentRound *latestRound(const Workspace &ws)
{
    const AssessmentRound *latest = nullptr;
    for (const AssessmentRound &r : ws.items<AssessmentRound>())
        if (!latest || r.year > latest->year || (r.year == latest->year && r.id > latest->id))
            latest = &r;
    return latest;
}

AssessmentSummaryData gatherLatestRound(const Workspace &ws)
{
    AssessmentSummaryData data;
    const AssessmentRound *latest = latestRound(ws);
    if (!latest)
        return data;
    const RoundData round(ws, latest->id, false);
    data.round = round.round();
    data.framework = round.framework().name;
    data.standards = round.standards();
    for (const RoundAgency &a : round.agencies()) {
        AssessmentAgencyLine line;
        line.agency = round.agencyName(a);
        line.status = a.status;
        line.completeness = round.completeness(a.id);
        for (const StandardRatings &s : round.ratings(a.id, RatingSource::Self))
            line.standards.append(worstRating(s.ratings));
        ++data.invited;
        data.returned += isReturned(a.status) ? 1 : 0;
        data.agencies.push_back(std::move(line));
    }
    std::stable_sort(data.agencies.begin(), data.agencies.end(),
                     [](const AssessmentAgencyLine &a, const AssessmentAgencyLine &b) {
                         return a.agency.localeAwareCompare(b.agency) < 0;
                     });
    return data;
}

void addAssessmentSummary(ReportDocument &doc, const AssessmentSummaryData &data, const QString &summary)
{
    const ValueFormat format;
    doc.heading(2, ReportText::tr("Self-assessment"));
    addSummary(doc, summary);
    if (data.isEmpty()) {
        // Shown only when the board wrote a summary for the section (see buildBoardPack).
        doc.paragraph(ReportText::tr("The board has no self-assessment round yet."));
        return;
    }
    doc.paragraph(ReportText::tr("The latest round is %1, against the %2 framework, with returns due by %3. %4 of "
                                 "the %5 agencies invited have returned their self-assessment.")
                      .arg(data.round.label, data.framework,
                           data.round.deadline.isValid() ? format.date(data.round.deadline) : ReportText::tr("–"),
                           format.count(data.returned), format.count(data.invited)));
    if (data.agencies.empty())
        return;
    doc.heading(3, ReportText::tr("Progress by agency"));
    ReportTable progress;
    progress.header =
        QStringList{ReportText::tr("Agency"), ReportText::tr("Return"), ReportText::tr("Criteria rated with evidence")};
    progress.widths = {45, 25, 30};
    for (const AssessmentAgencyLine &a : data.agencies)
        progress.rows.append(
            {cell(a.agency), cell(returnStatusLabel(a.status)),
             cell(ReportText::tr("%1 of %2 (%3)")
                      .arg(format.count(a.completeness.ratedWithEvidence), format.count(a.completeness.criteria),
                           format.percent(100.0 * a.completeness.fraction(), 0)))});
    doc.table(std::move(progress));

    doc.heading(3, ReportText::tr("Ratings by standard"));
    ReportTable heatmap;
    heatmap.header = QStringList{ReportText::tr("Agency")};
    const int columns = int(data.standards.size());
    const int agencyWidth = columns > 8 ? 22 : 28;
    heatmap.widths = {agencyWidth};
    for (const AssessmentStandard &s : data.standards) {
        heatmap.header << ReportText::tr("Std %1").arg(s.number);
        heatmap.widths << std::max(1, (100 - agencyWidth) / std::max(1, columns));
    }
    for (const AssessmentAgencyLine &a : data.agencies) {
        QList<ReportCell> row{cell(a.agency)};
        for (int i = 0; i < columns; ++i)
            row.append(ratingCell(i < a.standards.size() ? a.standards.at(i) : AssessmentRating::NotRated));
        heatmap.rows.append(row);
    }
    doc.table(std::move(heatmap));
    doc.note(ReportText::tr("Each cell is the worst of the agency's own ratings of that standard's criteria, before "
                            "moderation; the word is printed on its colour, so the table reads in greyscale too."));
    ReportTable key;
    key.header = QStringList{ReportText::tr("Standard"), ReportText::tr("Title")};
    key.widths = {15, 85};
    for (const AssessmentStandard &s : data.standards)
        key.rows.append({cell(ReportText::tr("Std %1").arg(s.number)), cell(s.title)});
    doc.table(std::move(key));
}

} // namespace assure
