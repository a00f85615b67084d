// Notices when the open board file is moved, renamed or deleted (or its drive goes) while it is open.
#include "workspace/filesafety/boardfilewatch.h"

#include "storage/writefault.h"
#include "workspace/workspace.h"

#include <QFileInfo>

namespace assure {

BoardFileWatch::BoardFileWatch(Workspace *workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
{
    const QFileInfo info(workspace->path());
    // The folder too: some systems report a rename or delete only on the folder.
    m_watcher.addPaths({info.absoluteFilePath(), info.absolutePath()});
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &BoardFileWatch::check);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &BoardFileWatch::check);
}

bool BoardFileWatch::check()
{
    if (m_reported)
        return true;
    if (!WriteFault::hasMoved(m_workspace->file().handle(), m_workspace->path()))
        return false;
    m_reported = true;
    Q_EMIT moved(WriteFault::movedWarning(m_workspace->path()));
    return true;
}

} // namespace assure
