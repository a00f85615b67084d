// Issue 14's action plan targets on the large demo: the actions table filtered and sorted, an
// action opened in the editor, a bulk change of 1,000 actions and an import of 10,000.
#pragma once

#include "json.h"

#include <QString>

#include <vector>

namespace assure {

struct ActionsSamples
{
    int actions = 0;
    int updates = 0;
    int rowsMatched = -1;
    std::vector<double> filterSort; // search text set and the table sorted by due date, repainted
    std::vector<double> openEditor; // the editor built on an action and shown with its SMART check
    std::vector<double> bulk;       // 1,000 actions given a new due date and lead: planned and written
    std::vector<double> import;     // 10,000 new actions from a CSV: read, planned and written
};

// Edits the board and undoes each edit, so the board is as it was when it returns.
bool timeActions(const QString &path, const QString &workDir, int runs, ActionsSamples *s, QString *error);

void addActionsFigures(const ActionsSamples &s, JsonObject &timings, JsonObject &targets, JsonObject &met);

} // namespace assure
