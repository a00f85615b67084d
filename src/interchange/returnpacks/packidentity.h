// What a return pack says about itself on its hidden sheet: the board, the kind of pack, the agency and the export.
#pragma once

#include "interchange/sourcetable.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace assure {

// A return pack is a workbook Assure sends to an agency for it to fill in and send back (action
// progress returns, self-assessment returns). Its hidden sheet holds this identity as rows of key
// and value, so that an import knows whose pack it is before it trusts a cell.
struct PackIdentity final
{
    // What every pack's identity sheet is called, and what its program key says.
    static QString sheetName();
    static QString programName();
    // The layout of the identity sheet; a pack of a later layout is refused, not misread.
    static constexpr int kFormat = 1;

    // Kinds of pack; each kind's reader refuses the others.
    static QString actionReturnsKind() { return QStringLiteral("action_returns"); }
    static QString assessmentReturnsKind() { return QStringLiteral("assessment_returns"); }

    int format = kFormat;
    QString kind;
    QString boardId; // boardIdentity(): tells boards apart even when their names are alike
    QString boardName;
    QString agencyName;
    qint64 agencyId = 0;
    QString exportId;     // one export, so that a preview can say which pack a return answers
    QDateTime exportedAt; // UTC
    QDate deadline;       // when the board wants it back; may be empty
    // Self-assessment packs only.
    QString round;
    QString frameworkVersion;

    // The rows of the identity sheet, key then value, in a fixed order.
    QList<QPair<QString, QString>> rows() const;
    // Reads the identity sheet back. Empty, with the reason, when the sheet was not written by
    // Assure or is of a later layout.
    static std::optional<PackIdentity> fromTable(const SourceTable &table, QString *error);
};

} // namespace assure
