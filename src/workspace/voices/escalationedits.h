// The escalation log's edits: an escalation saved with its linked actions as one undoable step,
// the board's levels and reasons as one step, and an import's rows written in one transaction.
#pragma once

#include "workspace/voices/escalationkinds.h"

#include <QCoreApplication>
#include <QList>

namespace assure {

struct EscalationImportContext;
struct EscalationImportPlan;
class Workspace;

// The board's reasons as the settings dialog holds them: an id 0 is a new one; a stored reason
// left out is deleted.
struct EscalationReasonList
{
    QList<EscalationReason> reasons;
};

class EscalationEdits final
{
    Q_DECLARE_TR_FUNCTIONS(assure::EscalationEdits)

public:
    explicit EscalationEdits(Workspace &workspace) : m_ws(workspace) {}

    QList<qint64> actionsOf(qint64 escalationId) const;
    // Adds the escalation with these actions linked in one step; its id in *id. Refused, with the
    // reason, when it has problems or names an item no longer in the board file.
    bool add(const Escalation &e, const QList<qint64> &actionIds, QString *error = nullptr, qint64 *id = nullptr);
    // Writes the escalation (which must exist) and makes its actions these, in one step; nothing
    // changed is no step at all.
    bool save(const Escalation &e, const QList<qint64> &actionIds, QString *error = nullptr);
    // The levels and the reasons in one step. A reason in use cannot be deleted; fewer levels
    // than one on record reached are refused.
    bool saveSettings(const EscalationSettings &settings, const QList<EscalationReason> &reasons,
                      QString *error = nullptr);
    // What an import's rows are matched against: the log, the agencies, reasons and levels.
    EscalationImportContext importContext() const;
    // Writes the plan's new and changed rows in one step; the number written, or -1 with *why.
    int applyImport(const EscalationImportPlan &plan, const QString &source, QString *why);

private:
    bool checked(const Escalation &e, const QList<qint64> &actionIds, QString *error) const;
    void relink(qint64 escalationId, const QList<qint64> &actionIds, ChangeSet &changes) const;

    Workspace &m_ws;
};

} // namespace assure
