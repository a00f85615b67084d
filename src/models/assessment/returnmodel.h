// One agency's return in a round, a row per criterion of the framework: last year's self-rating
// beside this year's, the evidence and its references, the planned improvement, then the QA
// sub-group's challenge and moderated rating. Every edit goes through AssessmentEdits, one undo
// step each.
#pragma once

#include "models/tablemodelbase.h"
#include "workspace/assessment/rounddatacache.h"

#include <QDate>

#include <memory>

namespace assure {

class Workspace;

class ReturnModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column {
        Code,
        CriterionColumn,
        LastYear,
        SelfRating,
        Evidence,
        Challenge,
        Moderated,
        EvidenceRefs,
        PlannedImprovement,
        ColumnCount
    };
    enum ExtraRole {
        StatusColourRole = SortRole + 10, // the chip's colour (QColor), in rating columns; none when not rated
        StatusTextRole,                   // the word in it
        RatingRole,                       // the rating (int, AssessmentRating), in rating columns
    };

    // rounds is shared with the page's other views of the round (HeatmapModel).
    ReturnModel(Workspace *workspace, RoundDataCache *rounds, QObject *parent = nullptr);
    ~ReturnModel() override;

    // The return of one invited agency (RoundAgency id); 0 for none.
    void setReturn(qint64 roundAgencyId);
    qint64 returnId() const { return m_returnId; }
    // The day edits are dated with (a return moves on when answered or challenged): today by default.
    void setToday(const QDate &today) { m_today = today; }
    // "Westmere and Fenholt Police, Section 11 2026/27: Challenged, evidence 84%".
    QString caption() const;

    qint64 criterionAt(int row) const;
    // The first row of a standard's criteria; -1 when it has none here.
    int firstRowOf(qint64 standardId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void refresh();
    QVariant ratingData(AssessmentRating rating, int role) const;

    Workspace *m_workspace;
    RoundDataCache *m_rounds;
    qint64 m_returnId = 0;
    QDate m_today = QDate::currentDate();
    std::shared_ptr<const RoundData> m_data;
};

} // namespace assure
