// Issue 19's scorecard on the large demo: building the scorecard of a quarter.
#include "scorecardbench.h"

#include "timing.h"
#include "workspace/scorecard/scorecard.h"
#include "workspace/workspace.h"

namespace assure {

namespace {

// The dashboard's target for rating every indicator: the scorecard rates them once and groups them.
constexpr double kBuildUnderMs = 200.0;
// Issue 19: voices --json for a year under 200 ms; the scorecard's counts are one of its sections.
constexpr double kCountsUnderMs = 200.0;

} // namespace

bool timeScorecard(const QString &path, int runs, ScorecardSamples *s, QString *error)
{
    OpenResult result;
    auto ws = Workspace::open(path, BoardFile::Mode::ReadOnly, &result);
    if (!ws) {
        *error = result.message;
        return false;
    }
    // The quarter the large demo's histories run up to, as the page opens on.
    const Period quarter = latestEndedQuarter(QDate::currentDate(), ws->board().fyStartMonth);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const Scorecard card = buildScorecard(*ws, quarter);
        s->build.push_back(msSince(t));
        s->indicators = int(card.review.reviews.size());
        s->domains = int(card.domains.size());
        t.restart();
        const std::vector<DomainCard> counts = countByDomain(*ws, quarter);
        s->counts.push_back(msSince(t));
        if (counts.size() != card.domains.size()) {
            *error = QStringLiteral("the counts and the scorecard list different domains");
            return false;
        }
    }
    if (s->indicators == 0) {
        *error = QStringLiteral("the board has no indicators to rate");
        return false;
    }
    return true;
}

void addScorecardFigures(const ScorecardSamples &s, JsonObject &timings, JsonObject &targets, JsonObject &met)
{
    JsonObject build = statsJson(s.build);
    build.addInt("indicators", s.indicators).addInt("domains", s.domains);
    timings.addObject("scorecard_build", build);
    targets.addNumber("scorecard_build_under_ms", kBuildUnderMs, 0);
    met.addBool("scorecard_build", median(s.build) < kBuildUnderMs);
    timings.addObject("scorecard_counts", statsJson(s.counts));
    targets.addNumber("scorecard_counts_under_ms", kCountsUnderMs, 0);
    met.addBool("scorecard_counts", median(s.counts) < kCountsUnderMs);
}

} // namespace assure
