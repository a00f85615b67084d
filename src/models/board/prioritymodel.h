// The board's business plan priorities as a table: title, year, lead sub-group, how many
// indicators sit under each, and its progress with its parts (indicators green, actions on
// track, status: workspace/board/prioritystanding.h), worked out as of one day.
#pragma once

#include "models/entitytablemodel.h"
#include "workspace/board/prioritystanding.h"

#include <QHash>

#include <map>
#include <memory>

namespace assure {

class PriorityModel final : public EntityTableModel<Priority>
{
    Q_OBJECT

public:
    enum Column {
        Title,
        Year,
        Lead,
        Indicators,
        IndicatorsGreen,
        ActionsOnTrack,
        StatusColumn,
        Description,
        ColumnCount
    };
    enum ExtraRole {
        StatusColourRole = SortRole + 10, // the colour of the status chip (QColor)
        StatusTextRole,                   // the word in it
    };

    PriorityModel(Workspace *workspace, QObject *parent = nullptr);
    ~PriorityModel() override;

    // The day progress is judged on: today unless told otherwise.
    void setAsOf(const QDate &day);
    QDate asOf() const { return m_asOf; }
    // A priority's standing: its year's indicators rated for the latest quarter ended by the day
    // (its last quarter for a year gone by), its actions as of the day.
    PriorityStanding standingOf(const Priority &priority) const;

private:
    void restand();

    QDate m_asOf;
    // By the period judged, made when first asked: a year's priorities share one.
    mutable std::map<QString, std::unique_ptr<PriorityStandings>> m_standings;
};

// "No priority" and then the board's priorities, by title: for editors and filters.
QList<Choice> priorityChoices(const Workspace &workspace);
// "2026/27", or "Standing" for a priority set for no one year.
QString priorityYearLabel(int year, int fyStartMonth);
// "3 of 5", or "none" when nothing is rated: a part of a priority's progress, for people.
QString priorityPartText(int good, int rated);

} // namespace assure
