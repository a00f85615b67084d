// The board's business plan priorities as a table.
#include "models/board/prioritymodel.h"

#include "core/period.h"

#include <QCoreApplication>

namespace assure {

PriorityModel::PriorityModel(Workspace *workspace, QObject *parent) : EntityTableModel(workspace, parent)
{
    ColumnSpec year{[] { return tr("Year"); },
                    [this](const Priority &p, int role) -> QVariant {
                        if (role == Qt::DisplayRole)
                            return priorityYearLabel(p.year, m_workspace->board().fyStartMonth);
                        if (role == SortRole)
                            return p.year;
                        return {};
                    },
                    {}};
    ColumnSpec indicators{[] { return tr("Indicators"); },
                          [this](const Priority &p, int role) -> QVariant {
                              if (role == Qt::DisplayRole || role == SortRole)
                                  return int(m_workspace->dependents<Priority>(p.id).count<Indicator>());
                              if (role == Qt::TextAlignmentRole)
                                  return QVariant(Qt::AlignRight | Qt::AlignVCenter);
                              return {};
                          },
                          {}};
    setColumns({textColumn([] { return tr("Priority"); }, &Priority::title), std::move(year), std::move(indicators),
                textColumn([] { return tr("Description"); }, &Priority::description)});
    // The Indicators column counts what sits under each priority.
    refreshOn<Indicator>(Indicators, true);
}

QList<Choice> priorityChoices(const Workspace &workspace)
{
    QList<Choice> out{{QCoreApplication::translate("assure::PriorityModel", "No priority"), qint64(0)}};
    for (const Priority &p : workspace.items<Priority>())
        out.append({p.title, p.id});
    std::sort(out.begin() + 1, out.end(),
              [](const Choice &x, const Choice &y) { return x.label.localeAwareCompare(y.label) < 0; });
    return out;
}

QString priorityYearLabel(int year, int fyStartMonth)
{
    return year == 0 ? QCoreApplication::translate("assure::PriorityModel", "Standing")
                     : Period::yearLabel(year, fyStartMonth);
}

} // namespace assure
