// A round's heatmap of agencies against standards.
#include "models/assessment/heatmapmodel.h"

#include "core/valueformat.h"
#include "workspace/assessment/assessmentkinds.h"
#include "workspace/workspace.h"

#include <QColor>

namespace assure {

HeatmapModel::HeatmapModel(RoundDataCache *rounds, QObject *parent) : TableModelBase(parent), m_rounds(rounds)
{
    connect(rounds, &RoundDataCache::changed, this, &HeatmapModel::refresh);
}

HeatmapModel::~HeatmapModel() = default;

void HeatmapModel::setRound(qint64 roundId)
{
    if (roundId == m_roundId && m_data)
        return;
    m_roundId = roundId;
    refresh();
}

void HeatmapModel::setSource(RatingSource source)
{
    if (source == m_source)
        return;
    m_source = source;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, FirstStandardColumn), index(rowCount() - 1, columnCount() - 1));
}

void HeatmapModel::setSummary(StandardSummary summary)
{
    if (summary == m_summary)
        return;
    m_summary = summary;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, FirstStandardColumn), index(rowCount() - 1, columnCount() - 1));
}

QString HeatmapModel::description() const
{
    const bool self = m_source == RatingSource::Self;
    return m_summary == StandardSummary::Worst
               ? (self ? tr("Self-ratings, the worst per standard") : tr("Moderated ratings, the worst per standard"))
               : (self ? tr("Self-ratings, the typical (median) rating per standard")
                       : tr("Moderated ratings, the typical (median) rating per standard"));
}

void HeatmapModel::refresh()
{
    std::shared_ptr<const RoundData> data = m_rounds->round(m_roundId);
    std::vector<Row> rows;
    rows.reserve(data->agencies().size());
    for (const RoundAgency &a : data->agencies()) {
        Row r;
        r.invitation = a;
        r.name = data->agencyName(a);
        r.completeness = data->completeness(a.id);
        r.gap = ratingGap(data->answers(a.id));
        r.self = data->ratings(a.id, RatingSource::Self);
        r.moderated = data->ratings(a.id, RatingSource::Moderated);
        if (const RoundData *last = data->lastYear()) {
            for (const RoundAgency &then : last->agencies()) {
                if (then.agencyId == a.agencyId) {
                    r.lastSelf = last->ratings(then.id, RatingSource::Self);
                    r.lastModerated = last->ratings(then.id, RatingSource::Moderated);
                }
            }
        }
        rows.push_back(std::move(r));
    }
    // The same rows and columns: say the cells changed, so a view keeps its current cell.
    bool same = m_data && rows.size() == m_rows.size() && data->standards() == m_data->standards();
    for (size_t i = 0; same && i < rows.size(); ++i)
        same = rows[i].invitation.id == m_rows[i].invitation.id;
    if (same) {
        m_data = std::move(data);
        m_rows = std::move(rows);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_data = std::move(data);
    m_rows = std::move(rows);
    endResetModel();
}

RatingCounts HeatmapModel::counts() const
{
    RatingCounts out{};
    for (const Row &r : m_rows)
        for (const StandardRatings &s : m_source == RatingSource::Self ? r.self : r.moderated) {
            const RatingCounts c = countRatings(s.ratings);
            for (size_t i = 0; i < out.size(); ++i)
                out[i] += c[i];
        }
    return out;
}

qint64 HeatmapModel::roundAgencyAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)].invitation.id : 0;
}

int HeatmapModel::rowOf(qint64 roundAgencyId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].invitation.id == roundAgencyId)
            return int(i);
    return -1;
}

qint64 HeatmapModel::standardAt(int column) const
{
    const int s = column - FirstStandardColumn;
    return m_data && s >= 0 && size_t(s) < m_data->standards().size() ? m_data->standards()[size_t(s)].id : 0;
}

int HeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_data ? 0 : gapColumn() + 1;
}

int HeatmapModel::statusColumn() const
{
    return FirstStandardColumn + (m_data ? int(m_data->standards().size()) : 0);
}

QVariant HeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    if (role == IdRole)
        return r.invitation.id;
    if (index.column() >= FirstStandardColumn && index.column() < statusColumn())
        return standardData(index.row(), index.column() - FirstStandardColumn, role);
    const ValueFormat format;
    // The columns after the standards, by their place after them.
    enum { Agency, Status, Evidence, Gap };
    const int column = index.column() == AgencyColumn ? Agency : Status + index.column() - statusColumn();
    switch (column) {
    case Agency:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return r.name;
        break;
    case Status:
        if (role == Qt::DisplayRole)
            return returnStatusLabel(r.invitation.status);
        if (role == SortRole)
            return int(r.invitation.status);
        if (role == Qt::ToolTipRole) {
            const QDate on = r.invitation.dateOf(r.invitation.status);
            return on.isValid() ? tr("%1 since %2").arg(returnStatusLabel(r.invitation.status), format.date(on))
                                : QVariant();
        }
        break;
    case Evidence:
        if (role == Qt::DisplayRole)
            return format.percent(r.completeness.fraction() * 100.0, 0);
        if (role == SortRole)
            return r.completeness.fraction();
        if (role == Qt::ToolTipRole)
            return tr("%L1 of %L2 criteria rated with evidence")
                .arg(r.completeness.ratedWithEvidence)
                .arg(r.completeness.criteria);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Gap: // between self and moderated
        if (role == Qt::DisplayRole) {
            if (r.gap.compared == 0)
                return tr("Not moderated");
            if (r.gap.lower == 0 && r.gap.higher == 0)
                return tr("All agreed");
            return tr("%L1 lower, %L2 higher").arg(r.gap.lower).arg(r.gap.higher);
        }
        if (role == SortRole)
            return r.gap.steps;
        if (role == Qt::ToolTipRole)
            return tr("Of %L1 criteria moderated: %L2 agreed, %L3 rated lower by the QA sub-group, %L4 higher")
                .arg(r.gap.compared)
                .arg(r.gap.agreed)
                .arg(r.gap.lower)
                .arg(r.gap.higher);
        break;
    default: break;
    }
    return {};
}

QVariant HeatmapModel::standardData(int row, int standard, int role) const
{
    const Row &r = m_rows[size_t(row)];
    const QList<StandardRatings> &now = m_source == RatingSource::Self ? r.self : r.moderated;
    if (standard >= now.size())
        return {};
    const AssessmentRating rating = summaryRating(now.at(standard).ratings, m_summary);
    switch (role) {
    case Qt::DisplayRole:
    case StatusTextRole: return assessmentRatingLabel(rating);
    // Not rated is the absence of a rating, written plainly rather than on a chip of its own.
    case StatusColourRole: return isRated(rating) ? QColor::fromRgb(assessmentRatingRgb(rating)) : QVariant();
    case RatingRole: return int(rating);
    case SortRole: return ratingSeverity(rating);
    case StandardIdRole: return now.at(standard).standardId;
    case Qt::ToolTipRole: {
        const RatingCounts c = countRatings(now.at(standard).ratings);
        QStringList counts;
        for (AssessmentRating each : allAssessmentRatings())
            if (c[size_t(each)] > 0)
                counts << tr("%L1 %2").arg(c[size_t(each)]).arg(assessmentRatingLabel(each));
        QString tip = tr("%1, standard %2: %3 (%4)")
                          .arg(r.name)
                          .arg(now.at(standard).number)
                          .arg(assessmentRatingLabel(rating), counts.join(QStringLiteral(", ")));
        const QList<StandardRatings> &last = m_source == RatingSource::Self ? r.lastSelf : r.lastModerated;
        if (!last.isEmpty()) {
            const StandardChange change = changesSinceLastYear(last, {now.at(standard)}, m_summary).value(0);
            tip += QLatin1Char('\n') +
                   tr("Last year: %1 (%2)")
                       .arg(assessmentRatingLabel(change.lastYear), ratingChangeLabel(change.change).toLower());
        }
        return tip;
    }
    default: return {};
    }
}

QVariant HeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return TableModelBase::headerData(section, orientation, role);
    if (section >= FirstStandardColumn && m_data &&
        size_t(section - FirstStandardColumn) < m_data->standards().size()) {
        const AssessmentStandard &s = m_data->standards()[size_t(section - FirstStandardColumn)];
        if (role == Qt::DisplayRole)
            return tr("Std %1").arg(s.number);
        if (role == Qt::ToolTipRole)
            return tr("Standard %1: %2").arg(s.number).arg(s.title);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == AgencyColumn)
        return tr("Agency");
    if (section == statusColumn())
        return tr("Status");
    if (section == evidenceColumn())
        return tr("Evidence");
    return section == gapColumn() ? tr("Moderation") : QVariant();
}

} // namespace assure
