// What an import will do with each row of a file, and how many rows of each kind there are.
#include "interchange/indicators/importstatus.h"

#include "core/enumnames.h"

#include <QCoreApplication>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::ImportStatus)
};

constexpr auto kImportStatusNames = enumNames<ImportStatus>(
    "assure::ImportStatus",
    {
        {ImportStatus::New, u"new", QT_TRANSLATE_NOOP("assure::ImportStatus", "New")},
        {ImportStatus::Update, u"update", QT_TRANSLATE_NOOP("assure::ImportStatus", "Update")},
        {ImportStatus::Replace, u"replace", QT_TRANSLATE_NOOP("assure::ImportStatus", "Replace")},
        {ImportStatus::Unchanged, u"unchanged", QT_TRANSLATE_NOOP("assure::ImportStatus", "Unchanged")},
        {ImportStatus::Rejected, u"rejected", QT_TRANSLATE_NOOP("assure::ImportStatus", "Rejected")},
    });

} // namespace

QString importStatusKey(ImportStatus status)
{
    return kImportStatusNames.key(status);
}

QString importStatusLabel(ImportStatus status)
{
    return kImportStatusNames.label(status);
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
