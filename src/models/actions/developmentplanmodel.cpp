// The board's development plans as a table.
#include "models/actions/developmentplanmodel.h"

#include "core/valueformat.h"
#include "workspace/actions/actionkinds.h"

#include <QCoreApplication>

#include <algorithm>

namespace assure {

DevelopmentPlanModel::DevelopmentPlanModel(Workspace *workspace, QObject *parent) : EntityTableModel(workspace, parent)
{
    const auto text = [](auto get) {
        return [get](const DevelopmentPlan &p, int role) -> QVariant {
            if (role == Qt::DisplayRole || role == SortRole)
                return get(p);
            return {};
        };
    };
    ColumnSpec priority{[] { return tr("Delivers"); },
                        text([this](const DevelopmentPlan &p) {
                            const Priority *item = m_workspace->items<Priority>().find(p.priorityId);
                            return item ? item->title : QString();
                        }),
                        {}};
    ColumnSpec chair{[] { return tr("Chair"); },
                     text([this](const DevelopmentPlan &p) {
                         const Person *item = m_workspace->items<Person>().find(p.chairPersonId);
                         return item ? item->name : QString();
                     }),
                     {}};
    ColumnSpec timescale{[] { return tr("Timescale"); },
                         [](const DevelopmentPlan &p, int role) -> QVariant {
                             const ValueFormat format;
                             if (role == Qt::DisplayRole)
                                 return p.start.isValid() || p.end.isValid()
                                            ? tr("%1 to %2").arg(format.date(p.start), format.date(p.end))
                                            : QString();
                             if (role == SortRole)
                                 return p.start;
                             return {};
                         },
                         {}};
    ColumnSpec components{[] { return tr("Components"); },
                          [this](const DevelopmentPlan &p, int role) -> QVariant {
                              if (role == Qt::DisplayRole || role == SortRole)
                                  return int(std::count_if(m_workspace->items<Action>().begin(),
                                                           m_workspace->items<Action>().end(), [&p](const Action &a) {
                                                               return a.sourceKind == ActionSource::DevelopmentPlan &&
                                                                      a.sourceId == p.id;
                                                           }));
                              if (role == Qt::TextAlignmentRole)
                                  return QVariant(Qt::AlignRight | Qt::AlignVCenter);
                              return {};
                          },
                          {}};
    setColumns({textColumn([] { return tr("Plan"); }, &DevelopmentPlan::title), std::move(priority), std::move(chair),
                std::move(timescale), std::move(components)});
    refreshOn<Action>(Components, true);
    refreshOn<Priority>(PriorityColumn);
    refreshOn<Person>(Chair);
}

QList<Choice> developmentPlanChoices(const Workspace &workspace)
{
    QList<Choice> out{{QCoreApplication::translate("assure::DevelopmentPlanModel", "No plan"), qint64(0)}};
    for (const DevelopmentPlan &p : workspace.items<DevelopmentPlan>())
        out.append({p.title, p.id});
    std::sort(out.begin() + 1, out.end(),
              [](const Choice &x, const Choice &y) { return x.label.localeAwareCompare(y.label) < 0; });
    return out;
}

} // namespace assure
