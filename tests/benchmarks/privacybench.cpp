// assure-bench: case sampling and the whole-board privacy scan.
#include "privacybench.h"

#include "core/audits/casesampling.h"
#include "core/audits/privacyguard.h"
#include "timing.h"
#include "workspace/privacy/privacyedits.h"
#include "workspace/workspace.h"

namespace assure {

namespace {

constexpr int kCandidates = 100000;
constexpr int kSampleSize = 100;
constexpr int kTeams = 14; // seed 003: one case from each of 14 teams
constexpr double kSampleUnderMs = 50.0;
constexpr double kScanUnderMs = 2000.0;

} // namespace

bool timePrivacy(const QString &largePath, int runs, PrivacyTimings *out, QString *error)
{
    SampleRequest request;
    request.candidates.reserve(kCandidates);
    for (int i = 0; i < kCandidates; ++i)
        request.candidates.append({QStringLiteral("C-2026-%1").arg(i + 1, 6, 10, QLatin1Char('0')),
                                   QStringLiteral("Team %1").arg(i % kTeams + 1), i + 2});
    request.stratification = Stratification::Proportional;
    request.size = kSampleSize;
    out->candidates = kCandidates;
    for (int run = 0; run < runs; ++run) {
        request.seed = quint64(run) + 1;
        QElapsedTimer t;
        t.start();
        const SampleResult r = CaseSampling::draw(request);
        out->sample.push_back(msSince(t));
        if (!r.ok() || r.refs.size() != kSampleSize) {
            *error = QStringLiteral("sampling failed: %1").arg(r.error);
            return false;
        }
        t.restart();
        int hits = 0;
        for (const SampleCandidate &c : std::as_const(request.candidates))
            hits += int(PrivacyGuard::scan(c.ref).size());
        out->sampleGuard.push_back(msSince(t));
        if (hits != 0) {
            *error = QStringLiteral("the guard raised %1 case references").arg(hits);
            return false;
        }
    }

    OpenResult opened;
    const std::unique_ptr<Workspace> ws = Workspace::open(largePath, BoardFile::Mode::ReadOnly, &opened);
    if (!ws) {
        *error = opened.message;
        return false;
    }
    const PrivacyEdits edits(*ws);
    for (int run = 0; run < runs; ++run) {
        int listed = 0;
        QElapsedTimer t;
        t.start();
        if (!edits.scanBoard(
                [&listed](const PrivacyFinding &f) {
                    listed += int(f.hits.size());
                    return true;
                },
                error))
            return false;
        out->scan.push_back(msSince(t));
        out->texts = listed;
    }
    return true;
}

JsonObject privacyTimingsJson(const PrivacyTimings &t)
{
    JsonObject timings, targets, met;
    timings.addObject("sample_100_of_100000_stratified", statsJson(t.sample))
        .addObject("guard_over_candidates", statsJson(t.sampleGuard))
        .addObject("scan_whole_board", statsJson(t.scan));
    targets.addNumber("sample_under_ms", kSampleUnderMs, 0).addNumber("scan_under_ms", kScanUnderMs, 0);
    met.addBool("sample", median(t.sample) < kSampleUnderMs).addBool("scan", median(t.scan) < kScanUnderMs);
    JsonObject out;
    out.addInt("candidates", t.candidates)
        .addInt("scan_hits", t.texts)
        .addObject("timings_ms", timings)
        .addObject("targets", targets)
        .addObject("met", met);
    return out;
}

} // namespace assure
