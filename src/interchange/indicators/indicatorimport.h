// Plans an import of indicator definitions from a spreadsheet: which indicators are new, which change, which cannot.
#pragma once

#include "core/indicators/indicator.h"
#include "interchange/indicators/importcolumns.h"
#include "interchange/indicators/importcontext.h"
#include "interchange/indicators/importstatus.h"
#include "interchange/sourcetable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace assure {

struct IndicatorImportRow final
{
    int rowNumber = 0;
    ImportStatus status = ImportStatus::Rejected;
    // What to store: a new indicator (id 0), or the stored one with the row's cells over it.
    // Empty for a rejected row, but for the code as written.
    Indicator indicator;
    // For a rejected row, why; for an update, what changes.
    QString reason;
};

// Nothing in a plan has been written. The caller adds every New indicator and saves every
// Update, in one transaction. Indicator definitions are never Replace: a list of indicators is
// re-imported to change them.
struct IndicatorImportPlan final
{
    QString error;
    QStringList warnings;
    QList<IndicatorImportRow> rows;
    ImportCounts counts;

    bool isUsable() const { return error.isEmpty(); }
    QStringList rejectedLines() const;
};

QList<ImportColumn> indicatorImportColumns();

// Rules:
// - Code and Title columns are required; the rest are optional. Codes are matched with the
//   board's ignoring case; an existing indicator keeps its own spelling of its code.
// - A blank cell sets nothing: it keeps what is stored, and for a new indicator takes the
//   default: unit count, polarity none (information only, so never rated on a guess), no owner
//   agency, no annual target. A new indicator must say its frequency.
// - Polarity reads higher / lower / none and "higher is better", "lower is better" (parsePolarity);
//   frequency monthly / quarterly / annual (parseFrequency); unit by parseUnit, "%" included.
// - An owner agency must be one of the board's, by name ignoring case.
// - An annual target is a number; a % sign only for a percentage indicator (87.5% is 87.5).
// - An indicator that already has measurements or targets cannot change frequency by import:
//   its stored periods would no longer fit.
// - The second row for a code is rejected as a duplicate of the first.
// - What is left is checked by Indicator::problems().
IndicatorImportPlan planIndicatorImport(const SourceTable &table, const ImportContext &context);

} // namespace assure
