// Finding an importer's columns in a file by their header names, and reading its text cells.
#include "interchange/indicators/importcolumns.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace assure {

namespace {

// How many other accepted names a "missing column" message lists.
constexpr int kAliasesShown = 4;
// Two doubles are one value when they agree to about 15 significant digits, as Excel shows them.
constexpr double kRelativeTolerance = 1e-14;

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::ImportColumns)
};

QString quoted(const QString &text)
{
    return Tr::tr("“%1”").arg(text);
}

QString quotedList(const QStringList &items)
{
    QStringList out;
    out.reserve(items.size());
    for (const QString &item : items)
        out.append(quoted(item));
    return out.join(Tr::tr(", "));
}

} // namespace

ColumnLayout locateColumns(const SourceTable &table, const QList<ImportColumn> &wanted)
{
    ColumnLayout layout;
    layout.columns.fill(-1, wanted.size());

    // Each header's normalised form, and where each form occurs.
    QHash<QString, QList<int>> where;
    for (int c = 0; c < table.columnCount(); ++c) {
        const QString key = SourceTable::normalisedHeader(table.header().at(c));
        if (!key.isEmpty())
            where[key].append(c);
    }

    QStringList missing;
    QStringList doubled;
    for (qsizetype w = 0; w < wanted.size(); ++w) {
        const ImportColumn &column = wanted.at(w);
        QStringList names{column.name};
        names += column.aliases;
        for (const QString &name : std::as_const(names)) {
            const auto it = where.constFind(SourceTable::normalisedHeader(name));
            if (it == where.constEnd())
                continue;
            const QList<int> &found = it.value();
            if (layout.columns[w] < 0) {
                layout.columns[w] = found.first();
                if (found.size() > 1) {
                    QStringList letters;
                    for (int c : found)
                        letters.append(SourceTable::columnLetters(c));
                    doubled.append(Tr::tr("“%1” %2 times (columns %3)")
                                       .arg(table.columnName(found.first()))
                                       .arg(found.size())
                                       .arg(letters.join(Tr::tr(", "))));
                }
            } else {
                for (int c : found)
                    layout.warnings.append(
                        Tr::tr("the column “%1” is not read: “%2” is read as “%3”")
                            .arg(table.columnName(c), table.columnName(layout.columns[w]), column.name));
            }
        }
        if (layout.columns[w] < 0 && column.required) {
            const QStringList shown = column.aliases.mid(0, kAliasesShown);
            missing.append(shown.isEmpty()
                               ? Tr::tr("no “%1” column").arg(column.name)
                               : Tr::tr("no “%1” column (also read from %2)").arg(column.name, quotedList(shown)));
        }
    }

    QStringList problems;
    if (!missing.isEmpty()) {
        QStringList found;
        for (const QString &header : table.header())
            if (!header.trimmed().isEmpty())
                found.append(header.simplified());
        const QString list = missing.join(Tr::tr("; "));
        problems.append(found.isEmpty()
                            ? Tr::tr("%1; the header row (row %2) is blank").arg(list).arg(table.headerRowNumber())
                            : Tr::tr("%1; the header row (row %2) has %3")
                                  .arg(list)
                                  .arg(table.headerRowNumber())
                                  .arg(quotedList(found)));
    }
    if (!doubled.isEmpty())
        problems.append(Tr::tr("the header row (row %1) names %2: rename or remove all but one")
                            .arg(table.headerRowNumber())
                            .arg(doubled.join(Tr::tr("; "))));
    layout.error = problems.join(Tr::tr("; "));
    return layout;
}

QString importedText(const QString &cell)
{
    QString text = cell.trimmed();
    if (text.size() >= 2 && text.front() == u'\'') {
        const QChar next = text.at(1);
        if (next == u'=' || next == u'+' || next == u'-' || next == u'@')
            text.remove(0, 1);
    }
    return text;
}

bool sameNumber(double a, double b)
{
    if (a == b)
        return true;
    if (!std::isfinite(a) || !std::isfinite(b))
        return false;
    return std::abs(a - b) <= kRelativeTolerance * std::max(std::abs(a), std::abs(b));
}

bool sameNumber(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || sameNumber(*a, *b);
}

QString asReason(const QString &sentence)
{
    QString reason = sentence.trimmed();
    if (reason.endsWith(u'.'))
        reason.chop(1);
    if (!reason.isEmpty() && reason.at(0).isUpper() && (reason.size() == 1 || !reason.at(1).isUpper()))
        reason[0] = reason.at(0).toLower();
    return reason;
}

QString joinReasons(const QStringList &reasons)
{
    return reasons.join(Tr::tr("; "));
}

} // namespace assure
