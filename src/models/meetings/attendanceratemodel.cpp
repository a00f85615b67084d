// A year's attendance rates as a table, per agency or per member.
#include "models/meetings/attendanceratemodel.h"

#include "core/valueformat.h"

#include <QBrush>
#include <QColor>

namespace assure {

AttendanceRateModel::AttendanceRateModel(Rows rows, QObject *parent) : TableModelBase(parent), m_rows(rows) {}

quint32 AttendanceRateModel::belowRgb()
{
    return 0xfbe3e3;
}

void AttendanceRateModel::setYear(const AttendanceYear &year)
{
    beginResetModel();
    m_year = year;
    endResetModel();
}

int AttendanceRateModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_rows == Rows::Agencies ? m_year.agencies.size() : m_year.members.size());
}

int AttendanceRateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceRateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const size_t row = size_t(index.row());
    const bool agencies = m_rows == Rows::Agencies;
    const AttendanceRate rate = agencies ? m_year.agencies[row].rate : m_year.members[row].rate;
    const bool below = agencies ? m_year.agencies[row].below : m_year.members[row].below;
    if (role == IdRole)
        return agencies ? m_year.agencies[row].agencyId : m_year.members[row].membershipId;
    if (role == Qt::BackgroundRole)
        return below ? QVariant(QBrush(QColor::fromRgb(belowRgb()))) : QVariant();
    if (role == Qt::TextAlignmentRole && index.column() >= Meetings && index.column() <= Rate)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sorting = role == SortRole;
    const ValueFormat format;
    switch (index.column()) {
    case Name:
        if (agencies)
            return m_year.agencies[row].agency;
        return m_year.members[row].agency.isEmpty()
                   ? m_year.members[row].member
                   : tr("%1 (%2)").arg(m_year.members[row].member, m_year.members[row].agency);
    case Body: return agencies ? QString() : m_year.members[row].body;
    case Meetings: return sorting ? QVariant(rate.meetings) : QVariant(format.count(rate.meetings));
    case Attended: return sorting ? QVariant(rate.attended) : QVariant(format.count(rate.attended));
    case Rate: {
        const auto share = rate.share();
        if (sorting)
            return share ? QVariant(*share) : QVariant(-1.0);
        return share ? format.percent(*share * 100, 0) : tr("No meetings");
    }
    case Standing:
        if (sorting)
            return below ? 0 : 1;
        return below ? tr("Below %1%").arg(m_year.thresholdPercent) : QString();
    default: return {};
    }
}

QVariant AttendanceRateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    switch (section) {
    case Name: return m_rows == Rows::Agencies ? tr("Agency") : tr("Member");
    case Body: return tr("Body");
    case Meetings: return tr("Meetings");
    case Attended: return tr("Attended");
    case Rate: return tr("Rate");
    case Standing: return tr("Threshold");
    default: return {};
    }
}

} // namespace assure
