// Undoable edits particular to actions: a new action's reference, status changes under the
// transition rules, progress updates, and the evidence of impact and its acceptance. Changing an
// action's other fields, milestones and deleting go through Workspace::add/update/remove.
#pragma once

#include "core/actions/actionrules.h"
#include "interchange/actions/actionimport.h"
#include "interchange/returnpacks/actionreturns.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace assure {

class ActionEdits final
{
    Q_DECLARE_TR_FUNCTIONS(assure::ActionEdits)

public:
    explicit ActionEdits(Workspace &workspace) : m_ws(workspace) {}

    // The next free reference of a year: "A-2026-015" after the highest "A-2026-nnn" of the
    // board (any case), at least three digits.
    QString nextReference(int year) const;

    // Adds an action; without a reference it is given the next one of today's year. The new id in *id.
    bool add(const Action &action, const QDate &today, QString *error = nullptr, qint64 *id = nullptr);

    // Moves an action to another status, refused with the reason when the rules say no
    // (transitionRefusal). Cancelling records the reason; any other status clears it. Milestones
    // and progress updates are kept whatever the status.
    bool setStatus(qint64 actionId, ActionStatus status, const QString &cancelReason = {}, QString *error = nullptr);

    // Adds a dated entry to an action's progress log. Progress reported on an action not yet
    // started (a percentage above 0) starts it, in the same undo step.
    bool addUpdate(const ProgressUpdate &update, QString *error = nullptr, qint64 *id = nullptr);

    // Records the evidence of outcome of an action, and optionally the indicator that shows it.
    // Refused once the impact is accepted: reopen the action to change it.
    bool recordImpact(qint64 actionId, const QString &evidence, qint64 indicatorId = 0, QString *error = nullptr);
    // Accepts the recorded evidence (who accepted it and when) and marks the impact evidenced;
    // refused unless the action is completed with evidence recorded.
    bool acceptImpact(qint64 actionId, const QString &acceptedBy, const QDate &acceptedOn, QString *error = nullptr);

    // Writes a returned pack's progress (actionreturnpacks.h) as one undo step: a progress update
    // dated day for each return with words or a percentage (by the action's lead, else the
    // agency), and each proposed status. Refused whole while the plan has problems.
    bool applyReturns(const ActionReturnsPlan &plan, const QDate &day, const QString &source, QString *error = nullptr);

    // Writes the New and Update rows of an action import (actiontransfer.h) as one undo step:
    // new actions (given the next references when they have none), changed ones, and a progress
    // update dated today for each percentage that differs from the one reported last. The
    // number of rows written, or -1 and why.
    int applyImport(const ActionImportPlan &plan, const QDate &today, const QString &source, QString *error = nullptr);

private:
    const Action *actionFor(qint64 id, QString *error) const;
    // Writes after over the stored action as one undo step.
    bool change(const Action &before, const Action &after, const QString &text, QString *error);

    Workspace &m_ws;
};

} // namespace assure
