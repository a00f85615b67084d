// Writes a return pack: a cover sheet, data sheets with locked and fillable cells, and the hidden identity sheet.
#pragma once

#include "interchange/returnpacks/packidentity.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace assure {

// A column of a data sheet. Cells of a fillable column are unlocked (and shaded) for the
// recipient; every other cell of the sheet is locked by sheet protection without a password, which
// guards against slips, not against someone set on changing a cell.
struct PackColumn final
{
    QString header;
    double width = 14; // in Excel's character units
    bool fillable = false;
    QStringList choices;        // a drop-down list of these (each under 255 characters in all)
    std::optional<int> minimum; // a whole number from minimum to maximum
    std::optional<int> maximum;
    QString hint; // shown when a fillable cell is selected
};

// A table: the header in row 1, a row per item below it. Cells take numbers, QDate (shown
// dd/mm/yyyy) and text; a null QVariant is a blank cell.
struct PackSheet final
{
    QString name;
    QList<PackColumn> columns;
    QList<QVariantList> rows;
};

// What the cover sheet says, for the person who opens the pack.
struct PackCover final
{
    QString title;                          // "Action progress return"
    QList<QPair<QString, QString>> details; // label and value: board, for, deadline...
    QStringList instructions;               // a paragraph each
};

class PackWorkbook final
{
public:
    PackWorkbook(PackIdentity identity, PackCover cover) : m_identity(std::move(identity)), m_cover(std::move(cover)) {}

    void addSheet(const PackSheet &sheet) { m_sheets.append(sheet); }

    // Writes atomically: a failed write leaves an existing file as it was.
    bool write(const QString &path);
    QString errorString() const { return m_error; }

    // Where Excel puts a 0-based row and column: (0, 3) -> "D1".
    static QString cellReference(int row, int column);

private:
    bool writeWorkbook(const QString &path);

    PackIdentity m_identity;
    PackCover m_cover;
    QList<PackSheet> m_sheets;
    QString m_error;
};

} // namespace assure
