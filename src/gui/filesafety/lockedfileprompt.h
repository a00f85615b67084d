// Asks what to do about a board file another program has open for changes: read-only, cancel,
// or (for a lock that looks abandoned) clear the lock after a warning.
#pragma once

#include "workspace/filesafety/boardfiles.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace assure {

class LockedFilePrompt final
{
    Q_DECLARE_TR_FUNCTIONS(assure::LockedFilePrompt)

public:
    enum class Choice { ReadOnly, Cancel, LockCleared };

    // Shows the holder and the choices; LockCleared once the user confirmed and the lock is gone.
    static Choice ask(QWidget *parent, const QString &path, const LockHolder &holder);
    // The read-only banner's text when the file was opened read-only because of holder.
    static QString bannerText(const LockHolder &holder);
};

} // namespace assure
