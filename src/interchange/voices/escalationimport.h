// Plans an import of the escalation log from a spreadsheet (issue 19, part 3): assure-cli import
// --escalations and the page's import, checked row by row before anything is written.
#pragma once

#include "core/voices/escalation.h"
#include "interchange/indicators/importcolumns.h"
#include "interchange/indicators/importstatus.h"
#include "interchange/sourcetable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

// ref, raised, raised_by, raised_with, reason, level, resolved, resolution, learning.
QList<ImportColumn> escalationImportColumns();

// What the board holds that rows are matched against.
struct EscalationImportContext final
{
    QList<Escalation> escalations;
    QHash<QString, qint64> agencyIds; // by name, lower case
    QStringList agencyNames;          // as the board writes them, for messages
    QHash<QString, qint64> reasonIds; // by name, lower case
    QStringList reasonNames;
    int highestLevel = kEscalationLevelsDefault;
};

struct EscalationImportRow final
{
    int rowNumber = 0;
    ImportStatus status = ImportStatus::Rejected;
    QString ref;
    std::optional<Escalation> escalation; // what to store (id 0 when new)
    QString reason;                       // why a row is rejected
};

// Nothing in a plan has been written.
struct EscalationImportPlan final
{
    QString error;        // the file cannot be imported at all (no ref column...)
    QStringList warnings; // columns not read
    QList<EscalationImportRow> rows;
    ImportCounts counts;

    bool isUsable() const { return error.isEmpty(); }
    // "row R: reason" for each rejected row, in row order.
    QStringList rejectedLines() const;
};

// Rules: columns by header, in any order, ignoring case; ref, raised, raised_by, raised_with,
// reason and level are required. A row whose ref and raised day are those of an escalation on
// record updates it; any other adds one; the same ref and day twice in a file is rejected the
// second time. Agencies and reasons are the board's, by name ignoring case, and the two agencies
// differ; level a whole number from 1 to the board's highest; days YYYY-MM-DD or DD/MM/YYYY,
// resolved blank (open) or not before raised. The ref, resolution and learning are refused when
// the anonymisation guard finds personal data in them (an NHS number, a titled name...).
EscalationImportPlan planEscalationImport(const SourceTable &table, const EscalationImportContext &context);

} // namespace assure
