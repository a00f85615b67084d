// A year's survey by group (its breakdown, such as sector): each group's responses and mean per
// statement, with the groups too small to show saying so instead.
#pragma once

#include "core/survey/surveyresults.h"
#include "models/tablemodelbase.h"

namespace assure {

class SurveyBreakdownModel final : public TableModelBase
{
    Q_OBJECT

public:
    // Group, Responses, then a column per statement ("S1"...).
    enum Column { Group, Responses, FirstStatement };

    using TableModelBase::TableModelBase;

    void setResults(const SurveyResults &results);
    // What a suppressed group's row says in place of its figures.
    static QString suppressedText(const BreakdownGroup &group);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SurveyResults m_results;
};

} // namespace assure
