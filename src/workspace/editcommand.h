// The undoable command behind every edit: a change set applied forwards (redo) or back (undo).
//
// Ownership: the QUndoStack owns the command; the command owns its change sets and refers to the
// workspace, which owns the stack and so outlives it. The first redo goes on the change history
// as an edit; later undos and redos are recorded as such, referring to it. A command whose first redo fails marks
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
    qint64 m_operation = 0; // the history's number for the first redo, which undo and redo refer to
};

} // namespace assure
