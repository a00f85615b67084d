// A change of status, due date or lead over many actions at once: planned first, each action the
// rules refuse listed with the reason, then written as one undo step.
#pragma once

#include "core/actions/action.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUrl>

#include <optional>

namespace assure {

class Workspace;

// What changes; whatever is left empty stays as each action has it.
struct BulkActionChange
{
    std::optional<ActionStatus> status;
    QString cancelReason; // with status Cancelled
    std::optional<QDate> due;
    std::optional<qint64> leadPersonId; // 0: no lead
};

struct BulkActionPlan
{
    struct Refusal
    {
        qint64 actionId = 0;
        QString ref;
        QString reason;
    };
    QList<std::pair<Action, Action>> changes; // before, after
    QList<Refusal> refusals;
    int unchanged = 0; // already as asked
};

class ActionBulkEdits final
{
    Q_DECLARE_TR_FUNCTIONS(assure::ActionBulkEdits)

public:
    explicit ActionBulkEdits(Workspace &workspace) : m_ws(workspace) {}

    // Each action as the change leaves it, or why not: a status the transition rules refuse, a
    // cancellation with no reason, a lead or an action no longer on the board.
    BulkActionPlan plan(const QList<qint64> &actionIds, const BulkActionChange &change) const;
    // Writes the plan's changes as one undo step ("Change 12 actions"); the refused are left as
    // they are. Nothing to write is no step at all.
    bool apply(const BulkActionPlan &plan, QString *error = nullptr);

private:
    Workspace &m_ws;
};

// A mailto: link to a lead listing their open actions (reference, title, due date, overdue),
// overdue first and then by due date, for the user's mail program; empty when the person is not
// on the board or has no email address.
QUrl leadMailto(const Workspace &workspace, qint64 personId, const QDate &asOf);

} // namespace assure
