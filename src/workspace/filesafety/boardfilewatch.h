// Notices when the open board file is moved, renamed or deleted (or its drive goes) while it is open.
#pragma once

#include <QFileSystemWatcher>
#include <QObject>

namespace assure {

class Workspace;

// Make it the workspace's child. It says so once; what is in the open board can still be saved
// as a copy, and nothing can be written to the file any more.
class BoardFileWatch final : public QObject
{
    Q_OBJECT

public:
    explicit BoardFileWatch(Workspace *workspace, QObject *parent = nullptr);

    // Looks now (the watcher cannot see every case, e.g. a drive that goes away).
    bool check();
    bool hasMoved() const { return m_reported; }

Q_SIGNALS:
    // The message says what happened and what to do.
    void moved(const QString &message);

private:
    Workspace *m_workspace;
    QFileSystemWatcher m_watcher;
    bool m_reported = false;
};

} // namespace assure
