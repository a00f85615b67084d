// assure-bench: case sampling (a stratified sample of 100 from 100,000 candidates) and the
// anonymisation guard over the whole large demo board, as the app runs them.
#pragma once

#include "json.h"

#include <QString>

#include <vector>

namespace assure {

struct PrivacyTimings
{
    std::vector<double> sample;      // ms: CaseSampling::draw, proportional over 14 teams
    std::vector<double> sampleGuard; // ms: the guard over every candidate reference (the sample dialog)
    std::vector<double> scan;        // ms: PrivacyEdits::scanBoard over the open large board
    int candidates = 0;
    int texts = 0; // hits listed by the scan
};

// largePath is the large demo board, opened as the app opens it.
bool timePrivacy(const QString &largePath, int runs, PrivacyTimings *out, QString *error);

// Medians, the targets (sample under 50 ms, whole-board scan under 2 s) and whether met.
JsonObject privacyTimingsJson(const PrivacyTimings &t);

} // namespace assure
