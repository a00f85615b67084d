// A year's survey statements as a table, with last year's mean beside each.
#include "models/survey/surveystatementmodel.h"

#include "core/valueformat.h"

namespace assure {

void SurveyStatementModel::setResults(const SurveyResults &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

QString SurveyStatementModel::numberOf(int index)
{
    return tr("S%1").arg(index + 1);
}

int SurveyStatementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.statements.size());
}

int SurveyStatementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SurveyStatementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const StatementResult &s = m_results.statements.at(index.row());
    const std::optional<double> mean = s.mean();
    // Assigned, not made by a conditional: GCC 12's -O2 warns, wrongly, that such an optional may
    // be read uninitialised.
    std::optional<double> change;
    if (mean && s.previousMean)
        change = *mean - *s.previousMean;
    const ValueFormat format;
    if (role == IdRole)
        return s.questionId;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Statement ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case Number: return index.row();
        case Statement: return s.text;
        case Answered: return s.answered();
        case Mean: return mean ? *mean : -1.0;
        case LastYear: return s.previousMean ? *s.previousMean : -1.0;
        case Change: return change ? *change : -100.0;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Statement)
        return s.text;
    if (role == Qt::ToolTipRole && index.column() == LastYear && !s.previousMean)
        return tr("Not asked last year in these words.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number: return numberOf(index.row());
    case Statement: return s.text;
    case Answered: return format.count(s.answered());
    case Mean: return mean ? format.fixed(*mean, 2) : tr("–");
    case LastYear: return s.previousMean ? format.fixed(*s.previousMean, 2) : tr("–");
    case Change:
        if (!change)
            return tr("–");
        return (*change > 0 ? QStringLiteral("+") : QString()) + format.fixed(*change, 2);
    }
    return {};
}

QVariant SurveyStatementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("No.");
    case Statement: return tr("Statement");
    case Answered: return tr("Answered");
    case Mean: return tr("Mean (1–5)");
    case LastYear: return tr("Last year");
    case Change: return tr("Change");
    }
    return {};
}

} // namespace assure
