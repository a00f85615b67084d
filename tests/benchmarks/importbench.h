// Issue 3's import target: a 100,000-row measurements CSV through the user's path, beside the sqlite3 shell's .import.
#pragma once

#include "json.h"

#include <QString>

#include <vector>

namespace assure {

struct ImportSamples
{
    int rows = 0;
    qint64 fileBytes = 0;
    // The user's path, end to end, and its parts.
    std::vector<double> total, read, context, plan, apply;
    // `sqlite3 fresh.db ".import --csv FILE t"`, the process started and finished.
    std::vector<double> shell;
};

// Writes a CSV of rows measurements that the board at boardPath accepts (see writeImportCsv),
// then, runs times each and interleaved: imports it into a fresh copy of the board as a user
// does (readTableFile, planMeasurementImport against Workspace::importContext(), then
// Workspace::applyImport), and into a new database with the sqlite3 shell. Fails, saying why,
// when a row is rejected or not written, the import is not one undo step, or the shell is
// missing or imports a different number of rows.
bool timeImport(const QString &boardPath, const QString &workDir, int rows, int runs, ImportSamples *s, QString *error);

// Adds the figures to the report's sections: import_csv and import_csv_sqlite3_shell to timings,
// the parts to breakdown, the ratio, the targets (under 3 s, within 3x) and whether they were met.
void addImportFigures(const ImportSamples &s, JsonObject &timings, JsonObject &breakdown, JsonObject &ratios,
                      JsonObject &targets, JsonObject &met);

} // namespace assure
