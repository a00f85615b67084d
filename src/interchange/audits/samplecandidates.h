// Candidate cases for a sample, read from a spreadsheet (CSV or XLSX) or from pasted text, for
// assure-cli sample and the app's sample dialog alike.
#pragma once

#include "core/audits/casesampling.h"
#include "interchange/sourcetable.h"

#include <QCoreApplication>

#include <optional>

namespace assure {

class SampleCandidates final
{
    Q_DECLARE_TR_FUNCTIONS(assure::SampleCandidates)

public:
    // The column of case references: the one headed case_ref (any case), else the first.
    static int refColumn(const SourceTable &table);
    // The other columns, which a sample may be stratified by (a team, an agency).
    static QStringList strataColumns(const SourceTable &table);

    // One candidate a row, numbered as the spreadsheet numbers it; the stratum from column
    // stratumColumn (-1: none), where a row with nothing is refused, naming the row and column.
    static std::optional<QList<SampleCandidate>> fromTable(const SourceTable &table, int stratumColumn,
                                                           QString *error = nullptr);
    // The references of a table (a list of cases to exclude), blank ones left out.
    static QStringList refsOf(const SourceTable &table);

    // Pasted text, one reference a line, numbered by line: a byte order mark, spaces around a
    // reference and a line's \r go; blank lines are left out and counted in *blankLines.
    static QList<SampleCandidate> fromText(const QString &text, int *blankLines = nullptr);
};

} // namespace assure
