// A verb that works on an existing board file: the one place assure-cli opens one, and says why it cannot.
#pragma once

#include "cli/verb.h"
#include "storage/boardfile.h"

#include <memory>

namespace assure {

class Workspace;

class BoardVerb : public Verb
{
protected:
    // What a verb calls a damaged file. Verbs that look after the file itself (check, history,
    // backup, restore, unlock) report the damage (exit 3); verbs that use what the board holds
    // call it unusable (exit 2), like any other file they cannot open. A file open for changes
    // elsewhere is exit 5 for every verb that writes.
    enum class Damage { Unusable, Reported };

    explicit BoardVerb(Damage damage) : m_damage(damage) {}

    // Checks, without opening it, that path is a sound board file.
    bool inspect(const QString &path, CliStreams io, int *exitCode) const;
    // The file itself, read-only: its format, integrity and history.
    std::unique_ptr<BoardFile> openFile(const QString &path, CliStreams io, int *exitCode) const;
    // The board loaded: what it holds, to read or (ReadWrite, taking the one-writer lock) to change.
    std::unique_ptr<Workspace> openWorkspace(const QString &path, BoardFile::Mode mode, CliStreams io,
                                             int *exitCode) const;

private:
    // Prints what opening did on the way (an interrupted change rolled back) in one line.
    void tell(const OpenResult &result, CliStreams io) const;
    // Prints why the file was refused and gives the exit code.
    int refuse(const OpenResult &result, CliStreams io) const;

    Damage m_damage;
};

} // namespace assure
