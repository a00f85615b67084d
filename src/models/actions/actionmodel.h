// The board's actions as a table: reference, title, owner, lead, status, due date, progress RAG,
// overdue or due soon, and the SMART score, each worked out as of one day (ActionStandings).
#pragma once

#include "models/entitytablemodel.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/actions/actionstanding.h"

#include <QHash>

#include <memory>

namespace assure {

class ActionModel final : public EntityTableModel<Action>
{
    Q_OBJECT

public:
    enum Column {
        Reference,
        Title,
        AgencyColumn,
        LeadColumn,
        StatusColumn,
        Due,
        ProgressColumn,
        Timing,
        SmartColumn,
        ColumnCount
    };
    enum ExtraRole {
        StatusColourRole = SortRole + 10, // the colour of the progress chip (QColor)
        StatusTextRole,                   // the word in it
    };

    ActionModel(Workspace *workspace, QObject *parent = nullptr);
    ~ActionModel() override;

    // The day the table reads overdue, due soon and RAG for: today unless told otherwise.
    void setAsOf(const QDate &day);
    QDate asOf() const { return m_asOf; }
    ActionStanding standingAt(int row) const;
    ActionStanding standingOf(const Action &action) const;

private:
    // Milestones, updates, people and the board's settings feed the standings: rebuilt, and every row shown anew.
    void restand();

    // A standing as worked out for an action as it then was: data() asks for it per cell and role,
    // and the SMART check behind it is worth doing once per change, not on every repaint or sort.
    struct CachedStanding
    {
        Action action;
        ActionStanding standing;
    };

    QDate m_asOf;
    std::unique_ptr<ActionStandings> m_standings;
    mutable QHash<qint64, CachedStanding> m_cache; // action id -> its standing; cleared by restand()
};

} // namespace assure
