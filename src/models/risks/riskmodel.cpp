// The board's risk register as a table, each risk worked out as of one day.
#include "models/risks/riskmodel.h"

#include "core/valueformat.h"
#include "models/indicators/indicatortablemodel.h"
#include "workspace/indicators/indicatorkinds.h"

#include <QColor>

#include <limits>

namespace assure {

QStringList riskFlagTexts(const RiskStanding &standing)
{
    QStringList out;
    if (standing.reviewOverdue)
        out << RiskModel::tr("Review overdue");
    for (const RiskIndicatorFlag &f : standing.flags) {
        QStringList why;
        for (IndicatorConcern c : f.concerns)
            why << indicatorConcernLabel(c);
        out << RiskModel::tr("%1: %2").arg(f.indicatorLabel, why.join(RiskModel::tr(", ")));
    }
    return out;
}

RiskModel::RiskModel(Workspace *workspace, QObject *parent)
    : EntityTableModel(workspace, parent), m_asOf(QDate::currentDate()),
      m_standings(std::make_unique<RiskStandings>(*workspace, m_asOf))
{
    const auto number = [](auto get) {
        return [get](const Risk &r, int role) -> QVariant {
            if (role == Qt::DisplayRole || role == SortRole)
                return get(r);
            if (role == Qt::TextAlignmentRole)
                return QVariant(Qt::AlignCenter);
            return {};
        };
    };
    ColumnSpec owner{[] { return tr("Owner"); },
                     [this](const Risk &r, int role) -> QVariant {
                         if (role != Qt::DisplayRole && role != SortRole)
                             return {};
                         const Person *p = m_workspace->items<Person>().find(r.ownerPersonId);
                         return p ? p->name : QString();
                     },
                     {}};
    ColumnSpec likelihood{[] { return tr("Likelihood"); }, number([](const Risk &r) { return r.likelihood; }), {}};
    ColumnSpec impact{[] { return tr("Impact"); }, number([](const Risk &r) { return r.impact; }), {}};
    ColumnSpec score{[] { return tr("Score"); }, number([](const Risk &r) { return riskScore(r); }), {}};
    ColumnSpec rating{[] { return tr("Rating"); },
                      [this](const Risk &r, int role) -> QVariant {
                          const RiskStanding s = standingOf(r);
                          if (role == Qt::DisplayRole || role == StatusTextRole)
                              return s.rating ? riskRatingLabel(*s.rating) : QString();
                          if (role == StatusColourRole && s.rating)
                              return statusColour(riskRatingRag(*s.rating));
                          if (role == SortRole)
                              return s.score;
                          return {};
                      },
                      {}};
    ColumnSpec target{[] { return tr("Target"); },
                      [](const Risk &r, int role) -> QVariant {
                          if (role == Qt::DisplayRole)
                              return r.targetScore > 0 ? QString::number(r.targetScore) : QString();
                          if (role == SortRole)
                              return r.targetScore;
                          if (role == Qt::TextAlignmentRole)
                              return QVariant(Qt::AlignCenter);
                          return {};
                      },
                      {}};
    ColumnSpec review{[] { return tr("Review"); },
                      [](const Risk &r, int role) -> QVariant {
                          if (role == Qt::DisplayRole)
                              return r.reviewDate.isValid() ? ValueFormat().date(r.reviewDate) : QString();
                          if (role == SortRole)
                              return r.reviewDate.isValid() ? r.reviewDate.toJulianDay()
                                                            : std::numeric_limits<qint64>::max();
                          return {};
                      },
                      {}};
    ColumnSpec flags{[] { return tr("Flags"); },
                     [this](const Risk &r, int role) -> QVariant {
                         if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
                             return {};
                         const QStringList texts = riskFlagTexts(standingOf(r));
                         if (role == SortRole)
                             return int(texts.size());
                         return texts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : tr("; "));
                     },
                     {}};
    setColumns({textColumn([] { return tr("Risk"); }, &Risk::title), std::move(owner), std::move(likelihood),
                std::move(impact), std::move(score), std::move(rating), std::move(target), std::move(review),
                std::move(flags)});
    workspace->notifier()->subscribe({kindOf<RiskIndicator>(), kindOf<RiskAction>(), kindOf<RiskSettings>(),
                                      kindOf<Indicator>(), kindOf<Measurement>(), kindOf<Person>()},
                                     this, [this] { restand(); });
}

RiskModel::~RiskModel() = default;

void RiskModel::setAsOf(const QDate &day)
{
    m_asOf = day;
    restand();
}

RiskStanding RiskModel::standingAt(int row) const
{
    return standingOf(itemAt(row));
}

RiskStanding RiskModel::standingOf(const Risk &risk) const
{
    // An edited risk no longer matches its entry, so its standing is worked out again.
    const auto cached = m_cache.constFind(risk.id);
    if (cached != m_cache.constEnd() && cached->risk == risk)
        return cached->standing;
    const RiskStanding standing = m_standings->standing(risk);
    m_cache.insert(risk.id, {risk, standing});
    return standing;
}

void RiskModel::restand()
{
    m_cache.clear();
    m_standings = std::make_unique<RiskStandings>(*m_workspace, m_asOf);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace assure
