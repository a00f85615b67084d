// Plans an import of the feedback log from a spreadsheet (issue 19, part 6): assure-cli import
// --feedback and the Feedback page's import, checked row by row before anything is written.
#pragma once

#include "core/voices/feedback.h"
#include "interchange/indicators/importcolumns.h"
#include "interchange/indicators/importstatus.h"
#include "interchange/sourcetable.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

// date, voice, method, agency, themes, summary.
QList<ImportColumn> feedbackImportColumns();

// What the board holds that rows are matched against.
struct FeedbackImportContext final
{
    QHash<QString, qint64> agencies; // by name, lower case
    QHash<QString, qint64> themes;   // by name, lower case
    QStringList agencyNames;         // as the board writes them, for the messages
    QStringList themeNames;
    QList<Feedback> entries; // already in the log
};

struct FeedbackImportRow final
{
    int rowNumber = 0;
    ImportStatus status = ImportStatus::Rejected;
    std::optional<Feedback> entry; // what to store (id 0)
    QList<qint64> themeIds;        // its themes, in the order written
    QString reason;                // why a row is rejected
};

// Nothing in a plan has been written.
struct FeedbackImportPlan final
{
    QString error;        // the file cannot be imported at all (no summary column...)
    QStringList warnings; // columns not read
    QList<FeedbackImportRow> rows;
    ImportCounts counts;

    bool isUsable() const { return error.isEmpty(); }
    // "row R: reason" for each rejected row, in row order.
    QStringList rejectedLines() const;
};

// Rules: columns by header, in any order, ignoring case; date, voice, method and summary are
// required. date YYYY-MM-DD or DD/MM/YYYY (30/02/2026 is refused); voice and method by key or
// label, ignoring case; agency blank or an agency of the board by name; themes blank or names of
// the board's themes separated by ";"; a summary that looks like personal data (PrivacyGuard) is
// refused with what it looks like, never echoing it. An entry the log already holds (same date,
// voice, method, agency and summary) is unchanged; one given twice in the file is rejected the
// second time. Every accepted row adds an entry.
FeedbackImportPlan planFeedbackImport(const SourceTable &table, const FeedbackImportContext &context);

} // namespace assure
