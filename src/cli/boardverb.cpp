// A verb that works on an existing board file: the one place assure-cli opens one, and says why it cannot.
#include "cli/boardverb.h"

#include "workspace/workspace.h"

namespace assure {

int BoardVerb::refuse(const OpenResult &result, CliStreams io) const
{
    io.err << result.message << Qt::endl;
    switch (result.status) {
    case OpenStatus::Locked: return ExitLocked;
    case OpenStatus::Damaged: return m_damage == Damage::Reported ? ExitDamaged : ExitUsage;
    default: return ExitUsage;
    }
}

void BoardVerb::tell(const OpenResult &result, CliStreams io) const
{
    // On stderr, so what the verb prints for programs (JSON, CSV, a path) stays as it was.
    if (!result.notice.isEmpty())
        io.err << result.notice << Qt::endl;
}

bool BoardVerb::inspect(const QString &path, CliStreams io, int *exitCode) const
{
    const OpenResult result = BoardFile::inspect(path);
    tell(result, io);
    if (!result.ok())
        *exitCode = refuse(result, io);
    return result.ok();
}

std::unique_ptr<BoardFile> BoardVerb::openFile(const QString &path, CliStreams io, int *exitCode) const
{
    OpenResult result;
    auto file = BoardFile::open(path, BoardFile::Mode::ReadOnly, &result);
    tell(result, io);
    if (!file)
        *exitCode = refuse(result, io);
    return file;
}

std::unique_ptr<Workspace> BoardVerb::openWorkspace(const QString &path, BoardFile::Mode mode, CliStreams io,
                                                    int *exitCode) const
{
    OpenResult result;
    auto ws = Workspace::open(path, mode, &result);
    tell(result, io);
    if (!ws)
        *exitCode = refuse(result, io);
    return ws;
}

} // namespace assure
