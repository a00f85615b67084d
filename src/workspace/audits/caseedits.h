// Undoable edits of a case audit's work, each one undo step: a tool copied into an audit, a case's
// answers, grades and notes saved, and tools added, changed or removed in the board's list; and
// what the case form and the summary read: the questionnaire an audit works from, the cases
// drawn for moderation.
#pragma once

#include "core/audits/audit.h"
#include "core/audits/audittool.h"

#include <QCoreApplication>

#include <vector>

namespace assure {

class Workspace;

class CaseEdits final
{
    Q_DECLARE_TR_FUNCTIONS(assure::CaseEdits)

public:
    explicit CaseEdits(Workspace &workspace) : m_ws(workspace) {}

    // The tool an audit takes when it starts: the first of the board's tools (by id) whose kind suits
    // its type (single-agency for a single-agency audit, multi-agency for the rest), else the first.
    const AuditTool *toolFor(const Audit &audit) const;
    // The questionnaire an audit works from: its own copy, or before it has one, the tool it would take.
    Questionnaire questionnaireOf(qint64 auditId) const;
    // Whether the audit has its own copy of a tool.
    bool hasOwnCopy(qint64 auditId) const;

    // The audit as it is saved when it starts (its status leaves planned, or its first cases are
    // added): with its copy of the tool when it has none yet. Unchanged otherwise.
    Audit withToolCopied(const Audit &audit) const;
    // Copies a tool into an audit, in place of the one it has; refused once a case has answers.
    bool useTool(qint64 auditId, qint64 toolId, QString *error = nullptr);

    // A case as the form leaves it (answers, grade, second and agreed grade, strengths, areas),
    // checked against the audit's questionnaire: one undo step, with the audit's copy of its
    // tool taken in the same step when it had none. A wrong answer is refused naming the
    // question, and nothing is written.
    bool saveCase(const AuditCase &after, QString *error = nullptr);

    // The audit's cases in reference order.
    std::vector<const AuditCase *> casesOf(qint64 auditId) const;
    // The ids of the cases a share of the audit's cases for moderation draws (moderationdraw.h),
    // from its sampling seed, or its id when it has none.
    QList<qint64> drawnForModeration(qint64 auditId, double share) const;

    // The board's tools, one undo step each. A changed tool leaves every audit's copy as it was.
    bool addTool(const Questionnaire &tool, QString *error = nullptr, qint64 *id = nullptr);
    bool updateTool(qint64 toolId, const Questionnaire &tool, QString *error = nullptr);
    bool removeTool(qint64 toolId, QString *error = nullptr);
    // The audits that work from a copy of a tool (by its name), in reference order.
    QStringList auditsCopying(const QString &toolName) const;

private:
    Workspace &m_ws;
};

} // namespace assure
