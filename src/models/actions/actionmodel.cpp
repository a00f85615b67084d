// The board's actions as a table, each worked out as of one day.
#include "models/actions/actionmodel.h"

#include "core/valueformat.h"
#include "models/indicators/indicatortablemodel.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/actions/actionplankinds.h"

#include <QColor>

#include <limits>

namespace assure {

namespace {

// The name of the item of kind T with this id, or nothing when there is none.
template <class T> QString nameOf(const Workspace &ws, qint64 id)
{
    const T *item = ws.items<T>().find(id);
    return item ? item->name : QString();
}

} // namespace

ActionModel::ActionModel(Workspace *workspace, QObject *parent)
    : EntityTableModel(workspace, parent), m_asOf(QDate::currentDate()),
      m_standings(std::make_unique<ActionStandings>(*workspace))
{
    const auto text = [](auto get) {
        return [get](const Action &a, int role) -> QVariant {
            if (role == Qt::DisplayRole || role == SortRole)
                return get(a);
            return {};
        };
    };
    ColumnSpec agency{[] { return tr("Agency"); },
                      text([this](const Action &a) { return nameOf<Agency>(*m_workspace, a.ownerAgencyId); }),
                      {}};
    ColumnSpec lead{[] { return tr("Lead"); },
                    text([this](const Action &a) { return nameOf<Person>(*m_workspace, a.leadPersonId); }),
                    {}};
    ColumnSpec status{[] { return tr("Status"); },
                      [](const Action &a, int role) -> QVariant {
                          if (role == Qt::DisplayRole)
                              return actionStatusLabel(a.status);
                          if (role == SortRole)
                              return int(a.status);
                          return {};
                      },
                      {}};
    ColumnSpec due{[] { return tr("Due"); },
                   [](const Action &a, int role) -> QVariant {
                       if (role == Qt::DisplayRole)
                           return a.due.isValid() ? ValueFormat().date(a.due) : QString();
                       if (role == SortRole)
                           return a.due.isValid() ? a.due.toJulianDay() : std::numeric_limits<qint64>::max();
                       return {};
                   },
                   {}};
    ColumnSpec progress{[] { return tr("Progress"); },
                        [this](const Action &a, int role) -> QVariant {
                            const ActionStanding s = standingOf(a);
                            if (role == Qt::DisplayRole || role == StatusTextRole)
                                return s.rag ? ValueFormat::rag(*s.rag) : QString();
                            if (role == StatusColourRole && s.rag)
                                return statusColour(*s.rag);
                            if (role == SortRole)
                                return s.rag ? int(*s.rag) : -1;
                            if (role == Qt::ToolTipRole && s.percent)
                                return tr("%1% done, as last reported").arg(*s.percent);
                            return {};
                        },
                        {}};
    ColumnSpec timing{[] { return tr("Timing"); },
                      [this](const Action &a, int role) -> QVariant {
                          const ActionStanding s = standingOf(a);
                          if (role == Qt::DisplayRole)
                              return s.overdue ? tr("Overdue") : s.dueSoon ? tr("Due soon") : QString();
                          if (role == SortRole)
                              return s.overdue ? 0 : s.dueSoon ? 1 : 2;
                          return {};
                      },
                      {}};
    ColumnSpec smart{[] { return tr("SMART"); },
                     [this](const Action &a, int role) -> QVariant {
                         const SmartCheck c = standingOf(a).smart;
                         if (role == Qt::DisplayRole)
                             return tr("%1/5").arg(c.score());
                         if (role == SortRole)
                             return c.score();
                         if (role == Qt::ToolTipRole) {
                             QStringList failed;
                             for (SmartLetter l : allSmartLetters())
                                 if (!c.passes(l))
                                     failed << c.reasons[size_t(l)];
                             return failed.isEmpty() ? tr("Every SMART letter passes.")
                                                     : failed.join(QLatin1Char('\n'));
                         }
                         return {};
                     },
                     {}};
    setColumns({textColumn([] { return tr("Reference"); }, &Action::ref),
                textColumn([] { return tr("Title"); }, &Action::title), std::move(agency), std::move(lead),
                std::move(status), std::move(due), std::move(progress), std::move(timing), std::move(smart)});
    workspace->notifier()->subscribe(
        {kindOf<Milestone>(), kindOf<ProgressUpdate>(), kindOf<Person>(), kindOf<Agency>(), kindOf<ActionSettings>()},
        this, [this] { restand(); });
}

ActionModel::~ActionModel() = default;

void ActionModel::setAsOf(const QDate &day)
{
    m_asOf = day;
    restand();
}

ActionStanding ActionModel::standingAt(int row) const
{
    return standingOf(itemAt(row));
}

ActionStanding ActionModel::standingOf(const Action &action) const
{
    // An edited action no longer matches its entry, so its standing is worked out again.
    const auto cached = m_cache.constFind(action.id);
    if (cached != m_cache.constEnd() && cached->action == action)
        return cached->standing;
    const ActionStanding standing = m_standings->standing(action, m_asOf);
    m_cache.insert(action.id, {action, standing});
    return standing;
}

void ActionModel::restand()
{
    m_cache.clear();
    m_standings = std::make_unique<ActionStandings>(*m_workspace);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace assure
