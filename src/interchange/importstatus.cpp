// What an import will do with each row of a file, and how many rows of each kind there are.
#include "interchange/importstatus.h"

#include <QCoreApplication>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::ImportStatus)
};

} // namespace

QString importStatusKey(ImportStatus status)
{
    switch (status) {
    case ImportStatus::New: return QStringLiteral("new");
    case ImportStatus::Update: return QStringLiteral("update");
    case ImportStatus::Replace: return QStringLiteral("replace");
    case ImportStatus::Unchanged: return QStringLiteral("unchanged");
    case ImportStatus::Rejected: return QStringLiteral("rejected");
    }
    return QStringLiteral("rejected");
}

QString importStatusLabel(ImportStatus status)
{
    switch (status) {
    case ImportStatus::New: return Tr::tr("New");
    case ImportStatus::Update: return Tr::tr("Update");
    case ImportStatus::Replace: return Tr::tr("Replace");
    case ImportStatus::Unchanged: return Tr::tr("Unchanged");
    case ImportStatus::Rejected: return Tr::tr("Rejected");
    }
    return {};
}

void ImportCounts::add(ImportStatus status)
{
    switch (status) {
    case ImportStatus::New: ++created; break;
    case ImportStatus::Update: ++updated; break;
    case ImportStatus::Replace: ++replaced; break;
    case ImportStatus::Unchanged: ++unchanged; break;
    case ImportStatus::Rejected: ++rejected; break;
    }
}

QString rejectedLine(int rowNumber, const QString &reason)
{
    return Tr::tr("row %1: %2").arg(rowNumber).arg(reason);
}

} // namespace assure
