// Candidate cases for a sample from a spreadsheet or pasted text.
#include "interchange/audits/samplecandidates.h"

#include <QDir>
#include <QLocale>

namespace assure {

int SampleCandidates::refColumn(const SourceTable &table)
{
    const int headed = table.column(QStringLiteral("case_ref"));
    return headed >= 0 ? headed : 0;
}

QStringList SampleCandidates::strataColumns(const SourceTable &table)
{
    QStringList out;
    const int refs = refColumn(table);
    for (int c = 0; c < table.columnCount(); ++c)
        if (c != refs)
            out << table.columnName(c);
    return out;
}

std::optional<QList<SampleCandidate>> SampleCandidates::fromTable(const SourceTable &table, int stratumColumn,
                                                                  QString *error)
{
    const int refs = refColumn(table);
    QList<SampleCandidate> out;
    out.reserve(table.rows().size());
    for (const SourceRow &row : table.rows()) {
        SampleCandidate c{row.cell(refs).trimmed(), QString(), row.number};
        if (stratumColumn >= 0) {
            c.stratum = row.cell(stratumColumn).trimmed();
            if (c.stratum.isEmpty()) {
                if (error)
                    *error = tr("Row %1 of %2 has nothing in “%3”.")
                                 .arg(QLocale().toString(row.number), QDir::toNativeSeparators(table.fileName()),
                                      table.columnName(stratumColumn));
                return std::nullopt;
            }
        }
        out.append(c);
    }
    return out;
}

QStringList SampleCandidates::refsOf(const SourceTable &table)
{
    const int column = refColumn(table);
    QStringList out;
    for (const SourceRow &row : table.rows())
        if (const QString ref = row.cell(column).trimmed(); !ref.isEmpty())
            out << ref;
    return out;
}

QList<SampleCandidate> SampleCandidates::fromText(const QString &text, int *blankLines)
{
    QList<SampleCandidate> out;
    int blank = 0;
    QStringView rest(text);
    if (rest.startsWith(QChar(0xfeff)))
        rest = rest.mid(1);
    int line = 0;
    int pending = 0; // blank lines after the last reference, which are no gap in the list
    for (const QStringView l : rest.split(QLatin1Char('\n'))) {
        ++line;
        const QString ref = l.trimmed().toString(); // trimming takes a Windows line end's \r too
        if (ref.isEmpty()) {
            ++pending;
            continue;
        }
        blank += pending;
        pending = 0;
        out.append({ref, QString(), line});
    }
    if (blankLines)
        *blankLines = blank;
    return out;
}

} // namespace assure
