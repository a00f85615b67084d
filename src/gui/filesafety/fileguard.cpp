// Keeps the open board safe in the window: automatic backups, and a clear word (with Save a Copy)
// when a write fails or the file is moved, deleted or its drive removed.
#include "gui/filesafety/fileguard.h"

#include "workspace/filesafety/backupscheduler.h"
#include "workspace/filesafety/boardfilewatch.h"
#include "workspace/settings.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTextStream>

namespace assure {

FileGuard::FileGuard(Workspace *workspace, Settings *settings, QWidget *window, bool interactive)
    : QObject(workspace), m_workspace(workspace), m_window(window), m_interactive(interactive),
      m_backups(new BackupScheduler(workspace, BackupStore(), settings->backupPolicy(),
                                    std::chrono::minutes(qMax(1, settings->backupIntervalMinutes())), this)),
      m_watch(new BoardFileWatch(workspace, this))
{
    connect(workspace->notifier(), &Notifier::writeFailed, this,
            [this](const QString &message) { showProblem(tr("Not saved"), message); });
    connect(m_watch, &BoardFileWatch::moved, this,
            [this](const QString &message) { showProblem(tr("Board file moved or deleted"), message); });
    connect(m_backups, &BackupScheduler::failed, this, &FileGuard::status);
    // A drive that goes while the window is in the background is noticed on coming back.
    connect(qApp, &QGuiApplication::applicationStateChanged, m_watch, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            m_watch->check();
    });
    // Without a person at the screen (--screenshots) nothing is edited, so nothing needs keeping.
    if (interactive)
        m_backups->start();
}

void FileGuard::showProblem(const QString &title, const QString &message)
{
    if (!m_interactive) {
        QTextStream(stderr) << title << QStringLiteral(": ") << message << Qt::endl;
        return;
    }
    QMessageBox box(QMessageBox::Critical, title, message, QMessageBox::Close, m_window);
    QPushButton *copy = box.addButton(tr("Save a &Copy…"), QMessageBox::AcceptRole);
    copy->setObjectName(QStringLiteral("saveCopyButton"));
    box.setDefaultButton(copy);
    box.exec();
    if (box.clickedButton() == copy)
        Q_EMIT saveCopyRequested();
}

} // namespace assure
