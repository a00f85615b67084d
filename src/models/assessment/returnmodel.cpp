// One agency's return in a round, edited criterion by criterion.
#include "models/assessment/returnmodel.h"

#include "core/valueformat.h"
#include "workspace/assessment/assessmentedits.h"
#include "workspace/workspace.h"

#include <QColor>

namespace assure {

namespace {

std::optional<AssessmentRating> ratingFrom(const QVariant &value)
{
    if (value.typeId() == QMetaType::Int)
        return AssessmentRating(value.toInt());
    return assessmentRatingFromKey(value.toString());
}

} // namespace

ReturnModel::ReturnModel(Workspace *workspace, RoundDataCache *rounds, QObject *parent)
    : TableModelBase(parent), m_workspace(workspace), m_rounds(rounds)
{
    connect(rounds, &RoundDataCache::changed, this, &ReturnModel::refresh);
}

ReturnModel::~ReturnModel() = default;

void ReturnModel::setReturn(qint64 roundAgencyId)
{
    if (roundAgencyId == m_returnId && m_data)
        return;
    m_returnId = roundAgencyId;
    beginResetModel();
    m_data.reset();
    endResetModel();
    refresh();
}

void ReturnModel::refresh()
{
    const RoundAgency *invitation = m_workspace->items<RoundAgency>().find(m_returnId);
    std::shared_ptr<const RoundData> data = m_rounds->round(invitation ? invitation->roundId : 0);
    if (m_data && data->criteria() == m_data->criteria()) {
        // The same rows: the cells changed, and a view keeps its current cell.
        m_data = std::move(data);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_data = std::move(data);
    endResetModel();
}

QString ReturnModel::caption() const
{
    const RoundAgency *r = m_data ? m_data->invitation(m_returnId) : nullptr;
    if (!r)
        return tr("Choose an agency in the heatmap to see its return.");
    return tr("%1, %2: %3, evidence %4")
        .arg(m_data->agencyName(*r), m_data->round().label, returnStatusLabel(r->status),
             ValueFormat().percent(m_data->completeness(r->id).fraction() * 100.0, 0));
}

qint64 ReturnModel::criterionAt(int row) const
{
    return m_data && row >= 0 && size_t(row) < m_data->criteria().size() ? m_data->criteria()[size_t(row)].id : 0;
}

int ReturnModel::firstRowOf(qint64 standardId) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (m_data->criteria()[size_t(row)].standardId == standardId)
            return row;
    return -1;
}

int ReturnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_data || !m_data->invitation(m_returnId) ? 0 : int(m_data->criteria().size());
}

int ReturnModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReturnModel::ratingData(AssessmentRating rating, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case StatusTextRole: return assessmentRatingLabel(rating);
    // Not rated is the absence of a rating, written plainly rather than on a chip of its own.
    case StatusColourRole: return isRated(rating) ? QColor::fromRgb(assessmentRatingRgb(rating)) : QVariant();
    case RatingRole: return int(rating);
    case SortRole: return ratingSeverity(rating);
    case Qt::EditRole: return assessmentRatingKey(rating);
    case ChoicesRole: {
        QList<Choice> choices;
        for (AssessmentRating r : allAssessmentRatings())
            choices.append({assessmentRatingLabel(r), assessmentRatingKey(r)});
        return QVariant::fromValue(choices);
    }
    default: return {};
    }
}

QVariant ReturnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AssessmentCriterion &c = m_data->criteria()[size_t(index.row())];
    if (role == IdRole)
        return c.id;
    const CriterionReturn *answer = m_data->answer(m_returnId, c.id);
    const CriterionReturn blank;
    const CriterionReturn &a = answer ? *answer : blank;
    const bool text = role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole;
    switch (index.column()) {
    case Code:
        if (text)
            return m_data->codeOf(c);
        if (role == Qt::ToolTipRole) {
            const AssessmentStandard *s = m_data->standardOf(c);
            return s ? tr("Standard %1: %2").arg(s->number).arg(s->title) : QVariant();
        }
        break;
    case CriterionColumn:
        if (text)
            return c.text;
        if (role == Qt::ToolTipRole)
            return c.evidenceGuidance.isEmpty() ? c.text
                                                : tr("%1\n\nEvidence expected: %2").arg(c.text, c.evidenceGuidance);
        break;
    case LastYear: {
        const CriterionReturn *last = m_data->lastYearsAnswer(m_returnId, c.id);
        if (role == Qt::ToolTipRole) {
            if (!last)
                return m_data->lastYear() ? tr("Not answered last year") : tr("No round last year");
            return tr("Last year: self-rating %1, moderated %2\nEvidence: %3")
                .arg(assessmentRatingLabel(last->selfRating), assessmentRatingLabel(last->moderatedRating),
                     last->evidence.isEmpty() ? tr("none") : last->evidence);
        }
        if (role == Qt::EditRole || role == ChoicesRole)
            return {};
        return ratingData(last ? last->selfRating : AssessmentRating::NotRated, role);
    }
    case SelfRating: return ratingData(a.selfRating, role);
    case Moderated: return ratingData(a.moderatedRating, role);
    case Evidence:
        if (text || role == Qt::ToolTipRole)
            return a.evidence;
        break;
    case Challenge:
        if (text || role == Qt::ToolTipRole)
            return a.challengeNote;
        break;
    case EvidenceRefs:
        if (text)
            return a.evidenceRefs;
        break;
    case PlannedImprovement:
        if (text || role == Qt::ToolTipRole)
            return a.plannedImprovement;
        break;
    default: break;
    }
    return {};
}

QVariant ReturnModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("No.");
    case CriterionColumn: return tr("Criterion");
    case LastYear: return tr("Last year");
    case SelfRating: return tr("Self-rating");
    case Evidence: return tr("Evidence");
    case Challenge: return tr("Challenge");
    case Moderated: return tr("Moderated");
    case EvidenceRefs: return tr("References");
    case PlannedImprovement: return tr("Planned improvement");
    default: return {};
    }
}

Qt::ItemFlags ReturnModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = TableModelBase::flags(index);
    if (!index.isValid() || m_workspace->isReadOnly())
        return f;
    switch (index.column()) {
    case Code:
    case CriterionColumn:
    case LastYear: return f;
    default: return f | Qt::ItemIsEditable;
    }
}

bool ReturnModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    const qint64 criterionId = criterionAt(index.row());
    AssessmentEdits edits(*m_workspace);
    const CriterionReturn *stored = m_data->answer(m_returnId, criterionId);
    CriterionReturn answer = stored ? *stored : CriterionReturn();
    answer.roundAgencyId = m_returnId;
    answer.criterionId = criterionId;
    QString error;
    bool ok = false;
    switch (index.column()) {
    case SelfRating:
    case Moderated: {
        const std::optional<AssessmentRating> rating = ratingFrom(value);
        if (!rating)
            return false;
        if (index.column() == Moderated) {
            ok = edits.moderate(m_returnId, criterionId, *rating, &error);
            break;
        }
        answer.selfRating = *rating;
        ok = edits.setAnswer(answer, m_today, &error);
        break;
    }
    case Evidence:
    case EvidenceRefs:
    case PlannedImprovement: {
        const QString text = value.toString().trimmed();
        (index.column() == Evidence       ? answer.evidence
         : index.column() == EvidenceRefs ? answer.evidenceRefs
                                          : answer.plannedImprovement) = text;
        ok = edits.setAnswer(answer, m_today, &error);
        break;
    }
    case Challenge: ok = edits.challenge(m_returnId, criterionId, value.toString(), m_today, &error); break;
    default: return false;
    }
    if (!ok && !error.isEmpty())
        Q_EMIT editRejected(error);
    return ok;
}

} // namespace assure
