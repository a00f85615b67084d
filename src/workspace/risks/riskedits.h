// The risk register's edits: a risk saved with its linked indicators and actions as one undoable
// step, the board's bands, and an import's rows written in one transaction.
#pragma once

#include "workspace/risks/riskkinds.h"

#include <QCoreApplication>
#include <QList>

namespace assure {

struct RiskImportContext;
struct RiskImportPlan;
class Workspace;

// What a risk is tied to, as the editor holds it.
struct RiskLinks
{
    QList<qint64> indicatorIds; // in the order they were linked
    QList<qint64> actionIds;
};

class RiskEdits final
{
    Q_DECLARE_TR_FUNCTIONS(assure::RiskEdits)

public:
    explicit RiskEdits(Workspace &workspace) : m_ws(workspace) {}

    RiskLinks linksOf(qint64 riskId) const;
    // Adds the risk with these links in one step; its id in *id. Refused, with the reason, when the
    // risk has problems or a link names an item no longer in the board file.
    bool add(const Risk &risk, const RiskLinks &links, QString *error = nullptr, qint64 *id = nullptr);
    // Writes the risk (which must exist) and makes its links these, in one step; nothing changed
    // is no step at all.
    bool save(const Risk &risk, const RiskLinks &links, QString *error = nullptr);
    // What an import's rows are matched against: the risks and people of the board.
    RiskImportContext importContext() const;
    // Writes the plan's new and changed rows in one step; the number written, or -1 with *why.
    int applyImport(const RiskImportPlan &plan, const QString &source, QString *why);

private:
    bool checked(const Risk &risk, const RiskLinks &links, QString *error) const;
    void relink(qint64 riskId, const RiskLinks &links, ChangeSet &changes) const;

    Workspace &m_ws;
};

} // namespace assure
