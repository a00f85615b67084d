// Keeps the open board safe in the window: automatic backups, and a clear word (with Save a Copy)
// when a write fails or the file is moved, deleted or its drive removed.
#pragma once

#include <QObject>

#include <chrono>

class QWidget;

namespace assure {

class BackupScheduler;
class BoardFileWatch;
class Settings;
class Workspace;

// Make it the workspace's child: it lives exactly as long as the board is open.
class FileGuard final : public QObject
{
    Q_OBJECT

public:
    FileGuard(Workspace *workspace, Settings *settings, QWidget *window, bool interactive);

    BackupScheduler *backups() const { return m_backups; }
    BoardFileWatch *watch() const { return m_watch; }
    // Shows what went wrong, offering Save a Copy; without a person at the screen, to stderr.
    void showProblem(const QString &title, const QString &message);

Q_SIGNALS:
    void saveCopyRequested();
    // A line for the status bar.
    void status(const QString &message);

private:
    Workspace *m_workspace;
    QWidget *m_window;
    bool m_interactive;
    BackupScheduler *m_backups;
    BoardFileWatch *m_watch;
};

} // namespace assure
