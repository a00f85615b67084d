// Plans an import of actions from a spreadsheet (issue 14, part 7), and the columns an export writes for it.
#pragma once

#include "core/actions/action.h"
#include "interchange/indicators/importcolumns.h"
#include "interchange/indicators/importstatus.h"
#include "interchange/sourcetable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

// The columns, each under the name exports write, then the other names it is read from:
// ref, title, description, success_measure, evidence, agency, lead, resources, source, rationale,
// start, due, status, percent.
QList<ImportColumn> actionImportColumns();

// A title is a line in tables and board papers; the detail belongs in the description.
constexpr int kMaxActionTitle = 500;

// What the board holds that rows are matched against.
struct ActionImportContext final
{
    QList<Action> actions;
    QHash<QString, qint64> agencyIds;        // by name, lower case
    QHash<QString, QList<qint64>> personIds; // by name, lower case: two people may share a name
    QHash<qint64, int> latestPercents;       // by action
};

struct ActionImportRow final
{
    int rowNumber = 0;
    ImportStatus status = ImportStatus::Rejected;
    QString ref; // as stored or as written
    // What to store: the stored action with the row's columns over it (id 0 when new; a new
    // action without a reference is given one on writing).
    std::optional<Action> action;
    // A percentage that differs from the one reported last, stored as a progress update.
    std::optional<int> percent;
    QString reason; // why a row is rejected
};

// Nothing in a plan has been written. The caller writes every New and Update row in one
// transaction (or none if it was asked for all or nothing and counts.rejected is not 0).
struct ActionImportPlan final
{
    QString error;        // the file cannot be imported at all (no title column...)
    QStringList warnings; // columns not read
    QList<ActionImportRow> rows;
    ImportCounts counts;

    bool isUsable() const { return error.isEmpty(); }
    // "row R: reason" for each rejected row, in row order.
    QStringList rejectedLines() const;
};

// Rules: columns by header, in any order, ignoring case; a column left out keeps what is stored,
// a blank cell in a column that is there clears it (so that an export imports back unchanged).
// title is required. A row whose ref is an action of the board updates it; any other ref (or
// none) adds one; a ref given twice is rejected the second time. Agencies and leads by name (an
// unknown or shared name rejects the row); dates YYYY-MM-DD or DD/MM/YYYY; status as its key
// (in_progress) or in words (In progress), checked against the transition rules; source likewise;
// percent a whole number from 0 to 100 (with or without %), stored as a progress update when it
// differs from the one reported last.
ActionImportPlan planActionImport(const SourceTable &table, const ActionImportContext &context);

} // namespace assure
