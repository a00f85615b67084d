// Plans an import of indicator measurements from a spreadsheet: what each row will do, or why it cannot.
#pragma once

#include "core/indicators/indicator.h"
#include "interchange/indicators/importcolumns.h"
#include "interchange/indicators/importcontext.h"
#include "interchange/indicators/importstatus.h"
#include "interchange/sourcetable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

struct ImportOptions final
{
    // A value or target that differs from the stored one replaces it (otherwise the row is
    // rejected).
    bool replace = false;
    // Said after a conflict, in brackets, to tell people how to replace; the command line's
    // by default. The GUI sets its own words; empty says nothing.
    QString replaceHint = QCoreApplication::translate("assure::MeasurementImport", "use --replace to overwrite");
};

struct MeasurementImportRow final
{
    // As a spreadsheet program shows it: the header is usually row 1.
    int rowNumber = 0;
    ImportStatus status = ImportStatus::Rejected;
    // The board's spelling of the code when it is known, otherwise as written.
    QString code;
    // Period::label() when the period was read, otherwise as written.
    QString periodLabel;
    // What to store, merged over what is stored: cells left blank keep the stored fields.
    // Absent when the row sets only a target.
    std::optional<Measurement> measurement;
    // A target the row sets for its period.
    std::optional<Target> target;
    // For a rejected row, why, in words for people; for an update or a replacement, what changes.
    QString reason;
};

// Nothing in a plan has been written. The caller stores the measurement and target of every
// row that is New, Update or Replace, in one transaction (or none of them if it was asked for
// all or nothing and counts.rejected is not 0).
struct MeasurementImportPlan final
{
    // Why the file cannot be imported at all (a missing or doubled column); rows is then empty.
    QString error;
    // Columns that are not read because another column gives the same thing.
    QStringList warnings;
    QList<MeasurementImportRow> rows;
    ImportCounts counts;

    bool isUsable() const { return error.isEmpty(); }
    // "row R: reason" for each rejected row, in row order.
    QStringList rejectedLines() const;
};

// The columns read, each under the name exports write, then the other names it is read from.
QList<ImportColumn> measurementImportColumns();

// Rules (see also the columns):
// - The indicator code is matched ignoring case and surrounding spaces.
// - A period is written as its label ("Sep 2026", "2026/27 Q2", "Q2 2026/27", "2026/27") and
//   must be of the indicator's frequency: a month for a quarterly indicator is rejected, not
//   rolled up. A date ("30/09/2026", "2026-09-30" as XLSX date cells come out) stands for the
//   period of the indicator's frequency that holds it. A financial year on a monthly or
//   quarterly indicator is accepted for a row that sets only a target (the year's target).
// - Numbers are read by parseNumber ("1,234", "87.5%"); a % sign is only accepted for a
//   percentage indicator, and 87.5% is stored as 87.5. "n/a" and other text are rejected.
// - A blank cell sets nothing: it never clears what is stored. A row must give at least one of
//   value, target, numerator, denominator, commentary or data quality. A measurement without a
//   value (a commentary saying why the data is late) is allowed.
// - A new measurement's data quality is validated unless the row says otherwise.
// - A value or target that differs from the stored one is rejected, naming both, unless
//   options.replace is set (then the row is Replace).
// - The second row for the same indicator and period is rejected as a duplicate of the first,
//   whatever the first's fate.
MeasurementImportPlan planMeasurementImport(const SourceTable &table, const ImportContext &context,
                                            const ImportOptions &options = ImportOptions());

} // namespace assure
