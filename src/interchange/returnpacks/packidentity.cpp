// What a return pack says about itself on its hidden sheet: the board, the kind of pack, the agency and the export.
#include "interchange/returnpacks/packidentity.h"

#include <QCoreApplication>
#include <QHash>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::PackIdentity)
};

// The keys are for programs, not people: they stay English and never change.
const QString kProgram = QStringLiteral("program");
const QString kFormatKey = QStringLiteral("format");
const QString kKind = QStringLiteral("kind");
const QString kBoardId = QStringLiteral("board_id");
const QString kBoard = QStringLiteral("board");
const QString kAgency = QStringLiteral("agency");
const QString kAgencyId = QStringLiteral("agency_id");
const QString kExportId = QStringLiteral("export_id");
const QString kExportedAt = QStringLiteral("exported_at");
const QString kDeadline = QStringLiteral("deadline");
const QString kRound = QStringLiteral("round");
const QString kFramework = QStringLiteral("framework_version");

} // namespace

QString PackIdentity::sheetName()
{
    return QStringLiteral("Pack identity");
}

QString PackIdentity::programName()
{
    return QStringLiteral("Assure return pack");
}

QList<QPair<QString, QString>> PackIdentity::rows() const
{
    QList<QPair<QString, QString>> out{
        {kProgram, programName()},
        {kFormatKey, QString::number(format)},
        {kKind, kind},
        {kBoardId, boardId},
        {kBoard, boardName},
        {kAgency, agencyName},
        {kAgencyId, QString::number(agencyId)},
        {kExportId, exportId},
        {kExportedAt, exportedAt.toUTC().toString(Qt::ISODate)},
        {kDeadline, deadline.isValid() ? deadline.toString(Qt::ISODate) : QString()},
    };
    if (!round.isEmpty() || !frameworkVersion.isEmpty())
        out << QPair<QString, QString>{kRound, round} << QPair<QString, QString>{kFramework, frameworkVersion};
    return out;
}

std::optional<PackIdentity> PackIdentity::fromTable(const SourceTable &table, QString *error)
{
    // The header row is read as the first pair, like any other.
    QHash<QString, QString> values;
    values.insert(table.header().value(0).trimmed(), table.header().value(1).trimmed());
    for (const SourceRow &row : table.rows())
        values.insert(row.cell(0).trimmed(), row.cell(1).trimmed());
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (values.value(kProgram) != programName())
        return fail(
            Tr::tr("it was not made by Assure: its sheet “%1” does not say “%2”").arg(sheetName(), programName()));
    bool ok = false;
    const int format = values.value(kFormatKey).toInt(&ok);
    if (!ok || format < 1)
        return fail(Tr::tr("its sheet “%1” is damaged: it has no layout number").arg(sheetName()));
    if (format > kFormat)
        return fail(
            Tr::tr("it was made by a newer Assure (pack layout %1; this one reads up to %2)").arg(format).arg(kFormat));
    PackIdentity id;
    id.format = format;
    id.kind = values.value(kKind);
    id.boardId = values.value(kBoardId);
    id.boardName = values.value(kBoard);
    id.agencyName = values.value(kAgency);
    id.agencyId = values.value(kAgencyId).toLongLong();
    id.exportId = values.value(kExportId);
    id.exportedAt = QDateTime::fromString(values.value(kExportedAt), Qt::ISODate);
    id.deadline = QDate::fromString(values.value(kDeadline), Qt::ISODate);
    id.round = values.value(kRound);
    id.frameworkVersion = values.value(kFramework);
    if (id.kind.isEmpty() || id.boardId.isEmpty() || id.exportId.isEmpty())
        return fail(
            Tr::tr("its sheet “%1” is damaged: it does not say which board and export it is from").arg(sheetName()));
    return id;
}

} // namespace assure
