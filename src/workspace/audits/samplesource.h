// The app's door to a sample's candidates (interchange/audits/samplecandidates.h): a CSV or XLSX
// file read once, then asked for its columns and its candidates, stratified by a column or not.
#pragma once

#include "core/audits/casesampling.h"

#include <memory>
#include <optional>

namespace assure {

class SourceTable;

class SampleSource final
{
public:
    // Reads a .csv or .xlsx; nothing, with the reason, when it cannot be read.
    static std::optional<SampleSource> read(const QString &path, QString *error = nullptr);
    // Pasted text, one reference a line (a byte order mark and blank lines left out).
    static QList<SampleCandidate> fromText(const QString &text);

    QString fileName() const;
    int rowCount() const;
    int columnCount() const;
    int refColumn() const;
    QString columnName(int column) const;
    // One candidate a row, its stratum from column stratumColumn (-1: none).
    std::optional<QList<SampleCandidate>> candidates(int stratumColumn, QString *error = nullptr) const;

private:
    std::shared_ptr<const SourceTable> m_table;
};

} // namespace assure
