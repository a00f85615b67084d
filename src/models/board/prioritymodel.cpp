// The board's business plan priorities as a table, with their progress as of one day.
#include "models/board/prioritymodel.h"

#include "core/period.h"
#include "models/indicators/indicatortablemodel.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/actions/actionplankinds.h"

#include <QColor>
#include <QCoreApplication>

namespace assure {

PriorityModel::PriorityModel(Workspace *workspace, QObject *parent)
    : EntityTableModel(workspace, parent), m_asOf(QDate::currentDate())
{
    const auto right = [](QVariant shown, QVariant sort, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return shown;
        if (role == SortRole)
            return sort;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    };
    ColumnSpec year{[] { return tr("Year"); },
                    [this](const Priority &p, int role) -> QVariant {
                        if (role == Qt::DisplayRole)
                            return priorityYearLabel(p.year, m_workspace->board().fyStartMonth);
                        if (role == SortRole)
                            return p.year;
                        return {};
                    },
                    {}};
    ColumnSpec lead{[] { return tr("Lead"); },
                    [this](const Priority &p, int role) -> QVariant {
                        if (role != Qt::DisplayRole && role != SortRole)
                            return {};
                        const SubGroup *g = m_workspace->items<SubGroup>().find(p.leadSubgroupId);
                        return g ? g->name : QString();
                    },
                    {}};
    ColumnSpec indicators{[] { return tr("Indicators"); },
                          [this, right](const Priority &p, int role) -> QVariant {
                              const int n = int(m_workspace->dependents<Priority>(p.id).count<Indicator>());
                              return right(n, n, role);
                          },
                          {}};
    ColumnSpec green{
        [] { return tr("Indicators green"); },
        [this, right](const Priority &p, int role) -> QVariant {
            if (role != Qt::DisplayRole && role != SortRole && role != Qt::TextAlignmentRole && role != Qt::ToolTipRole)
                return {};
            const PriorityIndicatorCounts c = standingOf(p).indicators;
            if (role == Qt::ToolTipRole)
                return tr("%1 green, %2 amber, %3 red, %4 not rated")
                    .arg(c.green)
                    .arg(c.amber)
                    .arg(c.red)
                    .arg(c.unrated());
            return right(priorityPartText(c.green, c.rated()), c.rated() ? double(c.green) / c.rated() : -1.0, role);
        },
        {}};
    ColumnSpec onTrack{[] { return tr("Actions on track"); },
                       [this, right](const Priority &p, int role) -> QVariant {
                           if (role != Qt::DisplayRole && role != SortRole && role != Qt::TextAlignmentRole &&
                               role != Qt::ToolTipRole)
                               return {};
                           const PriorityActionCounts c = standingOf(p).actions;
                           if (role == Qt::ToolTipRole)
                               return tr("%1 on track, %2 amber, %3 red, %4 cancelled")
                                   .arg(c.onTrack)
                                   .arg(c.amber)
                                   .arg(c.red)
                                   .arg(c.unrated());
                           return right(priorityPartText(c.onTrack, c.rated()),
                                        c.rated() ? double(c.onTrack) / c.rated() : -1.0, role);
                       },
                       {}};
    ColumnSpec status{[] { return tr("Progress"); },
                      [this](const Priority &p, int role) -> QVariant {
                          const PriorityStatus s = standingOf(p).status;
                          if (role == Qt::DisplayRole || role == StatusTextRole)
                              return priorityStatusLabel(s);
                          if (role == StatusColourRole)
                              return statusColour(priorityStatusRag(s));
                          if (role == SortRole)
                              return int(s);
                          return {};
                      },
                      {}};
    setColumns({textColumn([] { return tr("Priority"); }, &Priority::title), std::move(year), std::move(lead),
                std::move(indicators), std::move(green), std::move(onTrack), std::move(status),
                textColumn([] { return tr("Description"); }, &Priority::description)});
    // The Indicators column counts what sits under each priority; progress reads indicators,
    // their values, actions and their progress.
    refreshOn<Indicator>(Indicators, true);
    refreshOn<SubGroup>(Lead, true);
    workspace->notifier()->subscribe({kindOf<Indicator>(), kindOf<Measurement>(), kindOf<Target>(), kindOf<Action>(),
                                      kindOf<Milestone>(), kindOf<ProgressUpdate>(), kindOf<DevelopmentPlan>(),
                                      kindOf<ActionSettings>()},
                                     this, [this] { restand(); });
}

PriorityModel::~PriorityModel() = default;

void PriorityModel::setAsOf(const QDate &day)
{
    m_asOf = day;
    restand();
}

PriorityStanding PriorityModel::standingOf(const Priority &priority) const
{
    const int fyStart = m_workspace->board().fyStartMonth;
    const int year =
        priority.year != 0 ? priority.year : Period::containing(m_asOf, Period::Kind::Year, fyStart).financialYear();
    const Period period = priorityPeriod(year, m_asOf, fyStart);
    auto &standings = m_standings[period.key()];
    if (!standings)
        standings = std::make_unique<PriorityStandings>(*m_workspace, period, m_asOf);
    return standings->standing(priority.id);
}

void PriorityModel::restand()
{
    m_standings.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, IndicatorsGreen), index(rowCount() - 1, StatusColumn));
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

QString priorityPartText(int good, int rated)
{
    return rated == 0 ? QCoreApplication::translate("assure::PriorityModel", "none")
                      : QCoreApplication::translate("assure::PriorityModel", "%1 of %2").arg(good).arg(rated);
}

} // namespace assure
