// What an import will do with each row of a file, and how many rows of each kind there are.
#pragma once

#include <QString>
#include <QStringList>

namespace assure {

enum class ImportStatus {
    New,       // nothing is stored for it yet
    Update,    // something is stored; the row adds or changes details without contradicting it
    Replace,   // the row's value or target differs from the stored one, and replacing was asked for
    Unchanged, // the board already holds exactly this
    Rejected,  // the row has a problem, given in its reason
};

// Stable words for scripts ("new", "update", "replace", "unchanged", "rejected").
QString importStatusKey(ImportStatus status);
// Words for people in a preview.
QString importStatusLabel(ImportStatus status);

struct ImportCounts final
{
    int created = 0;
    int updated = 0;
    int replaced = 0;
    int unchanged = 0;
    int rejected = 0;

    void add(ImportStatus status);
    int total() const { return created + updated + replaced + unchanged + rejected; }
    // Rows that will write to the board.
    int changing() const { return created + updated + replaced; }
    // Rows that are not rejected (the board will hold what they say).
    int accepted() const { return total() - rejected; }

    bool operator==(const ImportCounts &o) const
    {
        return created == o.created && updated == o.updated && replaced == o.replaced && unchanged == o.unchanged &&
               rejected == o.rejected;
    }
    bool operator!=(const ImportCounts &o) const { return !(*this == o); }
};

// "row R: reason", as the command line prints a rejected row.
QString rejectedLine(int rowNumber, const QString &reason);

// The "row R: reason" line of each rejected row, in the file's order: rows of any plan whose row
// type has status, rowNumber and reason.
template <class Rows> QStringList rejectedRowLines(const Rows &rows)
{
    QStringList lines;
    for (const auto &row : rows)
        if (row.status == ImportStatus::Rejected)
            lines.append(rejectedLine(row.rowNumber, row.reason));
    return lines;
}

} // namespace assure
