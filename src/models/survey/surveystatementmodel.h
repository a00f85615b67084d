// A year's survey statements as a table: each one's number, words, answers, mean, last year's mean
// and the change, over the results the page gathers (core/survey/surveyresults.h).
#pragma once

#include "core/survey/surveyresults.h"
#include "models/tablemodelbase.h"

namespace assure {

class SurveyStatementModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { Number, Statement, Answered, Mean, LastYear, Change, ColumnCount };

    using TableModelBase::TableModelBase;

    void setResults(const SurveyResults &results);
    const SurveyResults &results() const { return m_results; }
    // "S1", "S2"...: how the chart and the breakdown name a statement.
    static QString numberOf(int index);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SurveyResults m_results;
};

} // namespace assure
