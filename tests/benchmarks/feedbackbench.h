// Issue 19's feedback targets on the large demo (20,000 entries): the Feedback page's log filtered
// by a search and by a voice under 50 ms, and a year's figures gathered as the voices verb and the
// board pack read them under 200 ms.
#pragma once

#include "json.h"

#include <QString>

#include <vector>

namespace assure {

struct FeedbackSamples
{
    int entries = 0;            // in the board
    int matched = -1;           // rows the search leaves
    std::vector<double> search; // a word typed into the search box, until the table is painted
    std::vector<double> voice;  // a voice chosen in its filter, until the table is painted
    std::vector<double> year;   // the year's counts and "you said, we did" gathered
};

bool timeFeedback(const QString &path, const QString &workDir, int runs, FeedbackSamples *s, QString *error);

void addFeedbackFigures(const FeedbackSamples &s, JsonObject &timings, JsonObject &targets, JsonObject &met);

} // namespace assure
