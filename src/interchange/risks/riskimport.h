// Plans an import of the risk register from a spreadsheet (issue 18, part 7): assure-cli import
// --risks, checked row by row before anything is written.
#pragma once

#include "core/risks/risk.h"
#include "interchange/indicators/importcolumns.h"
#include "interchange/indicators/importstatus.h"
#include "interchange/sourcetable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

// title, cause, consequence, owner, likelihood, impact, target_score, review_date.
QList<ImportColumn> riskImportColumns();

// What the board holds that rows are matched against.
struct RiskImportContext final
{
    QList<Risk> risks;
    QHash<QString, QList<qint64>> personIds; // by name, lower case: two people may share a name
};

struct RiskImportRow final
{
    int rowNumber = 0;
    ImportStatus status = ImportStatus::Rejected;
    QString title;
    std::optional<Risk> risk; // what to store (id 0 when new)
    QString reason;           // why a row is rejected
};

// Nothing in a plan has been written.
struct RiskImportPlan final
{
    QString error;        // the file cannot be imported at all (no title column...)
    QStringList warnings; // columns not read
    QList<RiskImportRow> rows;
    ImportCounts counts;

    bool isUsable() const { return error.isEmpty(); }
    // "row R: reason" for each rejected row, in row order.
    QStringList rejectedLines() const;
};

// Rules: columns by header, in any order, ignoring case; title, likelihood and impact are
// required. A row whose title is a risk of the board (ignoring case) updates it; any other adds
// one; a title given twice is rejected the second time. A column left out keeps what is stored;
// a blank cell in one that is there clears it. likelihood and impact whole numbers from 1 to 5;
// target_score blank or from 1 to 25; owner a person on the board by name (unknown or shared
// names reject the row); review_date YYYY-MM-DD or DD/MM/YYYY.
RiskImportPlan planRiskImport(const SourceTable &table, const RiskImportContext &context);

} // namespace assure
