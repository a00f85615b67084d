// The undoable command behind every edit: a change set applied forwards (redo) or back (undo).
//
// Ownership: the QUndoStack owns the command; the command owns its change sets and refers to the
// workspace, which owns the stack and so outlives it. A command whose first redo fails marks
// itself obsolete, and the stack deletes it instead of keeping it.
#pragma once

#include "workspace/changeset.h"

#include <QUndoCommand>

namespace assure {

class Workspace;

class EditCommand final : public QUndoCommand
{
public:
    EditCommand(Workspace *workspace, const QString &text, ChangeSet changes);

    void redo() override;
    void undo() override;

    // Why the last redo or undo failed; empty when it succeeded.
    QString error() const { return m_error; }

private:
    Workspace *m_workspace;
    ChangeSet m_forward;
    QString m_error;
    bool m_done = false;
};

} // namespace assure
