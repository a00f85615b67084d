// The app's door to a sample's candidates, read through interchange.
#include "workspace/audits/samplesource.h"

#include "interchange/audits/samplecandidates.h"
#include "interchange/tablefile.h"

namespace assure {

std::optional<SampleSource> SampleSource::read(const QString &path, QString *error)
{
    std::optional<SourceTable> table = readTableFile(path, error);
    if (!table)
        return std::nullopt;
    SampleSource s;
    s.m_table = std::make_shared<const SourceTable>(std::move(*table));
    return s;
}

QList<SampleCandidate> SampleSource::fromText(const QString &text)
{
    return SampleCandidates::fromText(text);
}

QString SampleSource::fileName() const
{
    return m_table->fileName();
}

int SampleSource::rowCount() const
{
    return int(m_table->rows().size());
}

int SampleSource::columnCount() const
{
    return m_table->columnCount();
}

int SampleSource::refColumn() const
{
    return SampleCandidates::refColumn(*m_table);
}

QString SampleSource::columnName(int column) const
{
    return m_table->columnName(column);
}

std::optional<QList<SampleCandidate>> SampleSource::candidates(int stratumColumn, QString *error) const
{
    return SampleCandidates::fromTable(*m_table, stratumColumn, error);
}

} // namespace assure
