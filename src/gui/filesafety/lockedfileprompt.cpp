// Asks what to do about a board file another program has open for changes: read-only, cancel,
// or (for a lock that looks abandoned) clear the lock after a warning.
#include "gui/filesafety/lockedfileprompt.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace assure {

namespace {

bool confirmClear(QWidget *parent, const LockHolder &holder)
{
    const QString who = holder.user.isEmpty() ? LockedFilePrompt::tr("the other person") : holder.user;
    QMessageBox box(QMessageBox::Warning, LockedFilePrompt::tr("Clear the lock?"),
                    LockedFilePrompt::tr("Clear the lock only if you are sure %1 is no longer using this file, for "
                                         "example because their computer crashed or was switched off with it open.")
                        .arg(who),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(LockedFilePrompt::tr("If they are still working in it, you would both be changing the "
                                                "same file, and edits can be lost. If in doubt, ask them first, or "
                                                "open it read-only."));
    QPushButton *clear = box.addButton(LockedFilePrompt::tr("Clear Lock and Open"), QMessageBox::DestructiveRole);
    clear->setObjectName(QStringLiteral("confirmClearLock"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == clear;
}

} // namespace

LockedFilePrompt::Choice LockedFilePrompt::ask(QWidget *parent, const QString &path, const LockHolder &holder)
{
    const bool abandoned = holder.looksAbandoned();
    QMessageBox box(QMessageBox::Information, tr("Board file in use"),
                    tr("%1 is open for changes by %2.").arg(QFileInfo(path).fileName(), holder.describe()),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("lockedFilePrompt"));
    QString more = tr("Only one person can change a board file at a time. You can open it read-only to look, "
                      "search and copy; changes made by the person who holds it show when you open it again.");
    if (abandoned)
        more += QStringLiteral("\n\n") +
                tr("The lock is more than %1 hours old and comes from another computer, so it may have been left "
                   "behind when that computer crashed or was switched off.")
                    .arg(LockHolder::kAbandonedAfterHours);
    box.setInformativeText(more);
    QPushButton *readOnly = box.addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
    readOnly->setObjectName(QStringLiteral("openReadOnly"));
    QPushButton *clear = nullptr;
    if (abandoned) {
        clear = box.addButton(tr("Clear Lock…"), QMessageBox::DestructiveRole);
        clear->setObjectName(QStringLiteral("clearLock"));
    }
    box.addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() == readOnly)
        return Choice::ReadOnly;
    if (clear && box.clickedButton() == clear && confirmClear(parent, holder)) {
        QString error;
        if (BoardFiles::clearLock(path, holder, &error))
            return Choice::LockCleared;
        QMessageBox::warning(parent, tr("Lock not cleared"), error);
    }
    return Choice::Cancel;
}

QString LockedFilePrompt::bannerText(const LockHolder &holder)
{
    return tr("This board file is open read-only because it is open for changes by %1. You can look, search and "
              "copy; to change it, ask them to close it, then open it again.")
        .arg(holder.describe());
}

} // namespace assure
