// Where each action of a workspace stands on a day: overdue, due soon, progress RAG, the
// percentage reported last and the SMART check. What the command line, the Actions page and
// reports read, worked out alike.
#pragma once

#include "core/actions/actionrules.h"

#include <QHash>
#include <QList>

namespace assure {

class Workspace;

struct ActionStanding
{
    bool overdue = false;
    bool dueSoon = false;
    std::optional<Rag> rag;
    std::optional<int> percent;
    SmartCheck smart;
};

// Built once over the loaded milestones and updates, so that standing() is quick for every action.
class ActionStandings final
{
public:
    // With the board's own settings (Actions > Board settings).
    explicit ActionStandings(const Workspace &ws);
    ActionStandings(const Workspace &ws, const ActionSettings &settings);
    const ActionSettings &settings() const { return m_settings; }

    ActionStanding standing(const Action &action, const QDate &asOf) const;

private:
    const Workspace &m_ws;
    ActionSettings m_settings;
    QHash<qint64, QList<Milestone>> m_milestones;   // by action
    QHash<qint64, QList<ProgressUpdate>> m_updates; // by action, in the order entered
};

} // namespace assure
