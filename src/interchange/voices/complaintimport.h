// Plans an import of complaints, compliments and comments from a spreadsheet (issue 19, parts 2
// and 6): assure-cli import --complaints and the page's import, checked row by row before anything
// is written.
#pragma once

#include "core/voices/complaint.h"
#include "interchange/indicators/importcolumns.h"
#include "interchange/indicators/importstatus.h"
#include "interchange/sourcetable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

// ref, received, agency, kind, theme, outcome, responded, learning.
QList<ImportColumn> complaintImportColumns();

// What the board holds that rows are matched against.
struct ComplaintImportContext final
{
    QList<Complaint> complaints;
    QHash<QString, qint64> agencyIds; // by name, trimmed and lower case
    QStringList agencyNames;          // as the board spells them, for the message about an unknown one
};

struct ComplaintImportRow final
{
    int rowNumber = 0;
    ImportStatus status = ImportStatus::Rejected;
    QString reference;
    QStringList cells;                  // as written, in the columns' order, for a preview
    std::optional<Complaint> complaint; // what to store (id 0 when new)
    QString reason;                     // why a row is rejected
};

// Nothing in a plan has been written.
struct ComplaintImportPlan final
{
    QString error;        // the file cannot be imported at all (no ref column...)
    QStringList warnings; // columns not read
    QList<ComplaintImportRow> rows;
    ImportCounts counts;

    bool isUsable() const { return error.isEmpty(); }
    // "row R: reason" for each rejected row, in row order.
    QStringList rejectedLines() const;
};

// Rules: columns by header, in any order, ignoring case; ref, received, agency and kind are
// required. A row whose ref is an entry of the board (ignoring case) updates it; any other adds
// one; a ref given twice is rejected the second time. received and responded are YYYY-MM-DD or
// DD/MM/YYYY, and responded (blank while open) not before received. agency is one of the board's
// by name; kind is complaint, compliment or comment; outcome blank, upheld, partly upheld or not
// upheld, and only for a complaint. A new complaint is at stage 1, an updated one keeps its stage.
// ref, theme and learning that look like personal data (an NHS number, a name after a title...)
// reject the row naming the field: the log holds anonymised words only. A column left out keeps
// what is stored.
ComplaintImportPlan planComplaintImport(const SourceTable &table, const ComplaintImportContext &context);

} // namespace assure
