// Reads a return pack back: its identity first, refusing another board's, agency's or kind's pack, then its sheets.
#pragma once

#include "interchange/returnpacks/packidentity.h"
#include "interchange/sourcetable.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

// What the importing board expects of a pack; an empty field accepts any.
struct PackExpectation final
{
    QString kind;
    QString boardId;
    QString agencyName; // compared ignoring case
    QString round;
    QString frameworkVersion;
};

class PackReader final
{
public:
    // Reads the file and its identity sheet, and checks the identity against what is expected.
    // False, with the reason in errorString(), for a file that is not a workbook, a workbook
    // without Assure's identity sheet, or another board's, agency's, round's or kind's pack.
    bool open(const QString &path, const PackExpectation &expected);

    const PackIdentity &identity() const { return m_identity; }

    // A data sheet, whose header must read as written (ignoring case and spaces). Empty, with
    // the reason, when the sheet is missing or renamed, or its columns were moved.
    std::optional<SourceTable> sheet(const QString &name, const QStringList &header);

    QString errorString() const { return m_error; }

    // "Actions!D7" for a 1-based row (as SourceRow numbers them) and a 0-based column.
    static QString cellName(const QString &sheet, int row, int column);
    // A cell's value for a message: in quotes, cut to its first 60 characters with its length said.
    static QString quoted(const QString &value);

private:
    QByteArray m_data;
    QString m_fileName;
    QString m_shown;
    PackIdentity m_identity;
    QString m_error;
};

} // namespace assure
