// The complaints log as a table, each entry's timeliness worked out once and kept.
#include "models/voices/complaintmodel.h"

#include "core/valueformat.h"
#include "models/indicators/indicatortablemodel.h"

#include <QColor>

#include <limits>

namespace assure {

namespace {

Rag timelinessRag(Timeliness t)
{
    switch (t) {
    case Timeliness::InTime: return Rag::Green;
    case Timeliness::Late: return Rag::Red;
    case Timeliness::Overdue: return Rag::Amber;
    case Timeliness::Open: break;
    }
    return Rag::NoData;
}

qint64 dayKey(const QDate &d)
{
    return d.isValid() ? d.toJulianDay() : std::numeric_limits<qint64>::max();
}

} // namespace

ComplaintModel::ComplaintModel(Workspace *workspace, QObject *parent)
    : EntityTableModel(workspace, parent), m_asOf(QDate::currentDate()), m_days(boardWorkingDays(*workspace)),
      m_targetDays(workspace->items<ComplaintSettings>().value().targetDays)
{
    const auto date = [](QDate Complaint::*member) {
        return [member](const Complaint &c, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return (c.*member).isValid() ? ValueFormat().date(c.*member) : QString();
            if (role == SortRole)
                return dayKey(c.*member);
            return {};
        };
    };
    ColumnSpec received{[] { return tr("Received"); }, date(&Complaint::received), {}};
    ColumnSpec agency{[] { return tr("Agency"); },
                      [this](const Complaint &c, int role) -> QVariant {
                          if (role != Qt::DisplayRole && role != SortRole)
                              return {};
                          const Agency *a = m_workspace->items<Agency>().find(c.agencyId);
                          return a ? a->name : QString();
                      },
                      {}};
    ColumnSpec kind{[] { return tr("Kind"); },
                    [](const Complaint &c, int role) -> QVariant {
                        if (role == Qt::DisplayRole)
                            return complaintKindLabel(c.kind);
                        if (role == SortRole)
                            return int(c.kind);
                        return {};
                    },
                    {}};
    ColumnSpec theme{[] { return tr("Theme"); },
                     [](const Complaint &c, int role) -> QVariant {
                         return role == Qt::DisplayRole || role == SortRole ? QVariant(c.theme) : QVariant();
                     },
                     {}};
    ColumnSpec stage{[] { return tr("Stage"); },
                     [](const Complaint &c, int role) -> QVariant {
                         if (role == Qt::DisplayRole)
                             return c.stage == ComplaintStage::None ? QString() : QString::number(int(c.stage));
                         if (role == Qt::ToolTipRole)
                             return complaintStageLabel(c.stage);
                         if (role == SortRole)
                             return int(c.stage);
                         if (role == Qt::TextAlignmentRole)
                             return QVariant(Qt::AlignCenter);
                         return {};
                     },
                     {}};
    ColumnSpec outcome{[] { return tr("Outcome"); },
                       [](const Complaint &c, int role) -> QVariant {
                           if (role == Qt::DisplayRole)
                               return complaintOutcomeLabel(c.outcome);
                           if (role == SortRole)
                               return int(c.outcome);
                           return {};
                       },
                       {}};
    ColumnSpec responded{[] { return tr("Responded"); }, date(&Complaint::responded), {}};
    ColumnSpec days{[] { return tr("Days"); },
                    [this](const Complaint &c, int role) -> QVariant {
                        const ComplaintTiming t = timingOf(c);
                        if (role == Qt::DisplayRole)
                            return t.days >= 0 ? QString::number(t.days) : QString();
                        if (role == Qt::ToolTipRole)
                            return tr("Working days to respond; the target is %n working days, to %1", nullptr,
                                      m_targetDays)
                                .arg(ValueFormat().date(t.due));
                        if (role == SortRole)
                            return t.days;
                        if (role == Qt::TextAlignmentRole)
                            return QVariant(Qt::AlignCenter);
                        return {};
                    },
                    {}};
    ColumnSpec timeliness{[] { return tr("Timeliness"); },
                          [this](const Complaint &c, int role) -> QVariant {
                              const ComplaintTiming t = timingOf(c);
                              if (role == Qt::DisplayRole || role == StatusTextRole)
                                  return timelinessLabel(t.state);
                              if (role == StatusColourRole)
                                  return statusColour(timelinessRag(t.state));
                              if (role == SortRole)
                                  return int(t.state);
                              return {};
                          },
                          {}};
    ColumnSpec reference{[] { return tr("Ref"); },
                         [](const Complaint &c, int role) -> QVariant {
                             return role == Qt::DisplayRole || role == SortRole ? QVariant(c.reference) : QVariant();
                         },
                         {}};
    setColumns({std::move(reference), std::move(received), std::move(agency), std::move(kind), std::move(theme),
                std::move(stage), std::move(outcome), std::move(responded), std::move(days), std::move(timeliness)});
    // The rows kept are forgotten before the agency column is refreshed, so that it reads the new name.
    workspace->notifier()->subscribe({kindOf<Agency>()}, this, [this] { m_rows.clear(); });
    refreshOn<Agency>(AgencyColumn);
    workspace->notifier()->subscribe({kindOf<ComplaintSettings>(), kindOf<ComplaintHoliday>()}, this,
                                     [this] { retime(); });
}

QVariant ComplaintModel::data(const QModelIndex &index, int role) const
{
    if ((role != Qt::DisplayRole && role != SortRole) || !index.isValid() || index.model() != this ||
        index.column() >= ColumnCount)
        return EntityTableModel::data(index, role);
    const auto &items = store();
    if (index.row() >= int(items.size()))
        return {};
    const CachedRow &row = cachedRow(index.row(), items.at(index.row()));
    return role == SortRole ? row.sort[size_t(index.column())] : row.display[size_t(index.column())];
}

const ComplaintModel::CachedRow &ComplaintModel::cachedRow(int row, const Complaint &item) const
{
    // Text is compared by where it is held: the row kept shares the stored entry's strings until
    // an edit replaces them, so a match is the same text without reading it, and a miss only
    // works the row out again.
    const auto same = [](const QString &a, const QString &b) {
        return a.constData() == b.constData() && a.size() == b.size();
    };
    const auto rows = size_t(store().size());
    if (m_rows.size() < rows)
        m_rows.resize(rows);
    CachedRow &cached = m_rows[size_t(row)];
    const Complaint &kept = cached.item;
    const bool current = cached.filled && kept.id == item.id && kept.received == item.received &&
                         kept.responded == item.responded && kept.agencyId == item.agencyId && kept.kind == item.kind &&
                         kept.stage == item.stage && kept.outcome == item.outcome &&
                         same(kept.reference, item.reference) && same(kept.theme, item.theme);
    if (!current) {
        cached.filled = true;
        cached.item = item;
        for (int c = 0; c < ColumnCount; ++c) {
            const QModelIndex cell = this->index(row, c);
            cached.display[size_t(c)] = EntityTableModel::data(cell, Qt::DisplayRole);
            cached.sort[size_t(c)] = EntityTableModel::data(cell, SortRole);
        }
    }
    return cached;
}

void ComplaintModel::setAsOf(const QDate &day)
{
    m_asOf = day;
    retime();
}

ComplaintTiming ComplaintModel::timingOf(const Complaint &c) const
{
    // An edited entry no longer matches its dates, so its timing is worked out again.
    const auto cached = m_cache.constFind(c.id);
    if (cached != m_cache.constEnd() && cached->received == c.received && cached->responded == c.responded)
        return cached->timing;
    const ComplaintTiming t = assure::timingOf(c, m_days, m_targetDays, m_asOf);
    m_cache.insert(c.id, {c.received, c.responded, t});
    return t;
}

void ComplaintModel::retime()
{
    m_cache.clear();
    m_rows.clear();
    m_days = boardWorkingDays(*m_workspace);
    m_targetDays = m_workspace->items<ComplaintSettings>().value().targetDays;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace assure
