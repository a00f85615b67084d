// The undoable command behind every edit: a change set applied forwards (redo) or back (undo).
#include "workspace/editcommand.h"

#include "workspace/workspace.h"

namespace assure {

EditCommand::EditCommand(Workspace *workspace, const QString &text, ChangeSet changes)
    : QUndoCommand(text), m_workspace(workspace), m_forward(std::move(changes))
{
}

void EditCommand::redo()
{
    m_error.clear();
    HistoryOperation operation{m_done ? HistoryOperation::Kind::Redo : HistoryOperation::Kind::Edit, m_operation,
                               text()};
    if (!m_workspace->apply(m_forward, &m_error, &operation)) {
        if (!m_done)
            setObsolete(true);
        return;
    }
    if (!m_done)
        m_operation = operation.number;
    m_done = true;
}

void EditCommand::undo()
{
    m_error.clear();
    ChangeSet back = m_forward.inverse();
    HistoryOperation operation{HistoryOperation::Kind::Undo, m_operation, text()};
    m_workspace->apply(back, &m_error, &operation);
}

} // namespace assure
