// A round's heatmap: one row per invited agency, one column per standard holding the standard's
// worst or typical rating, self or moderated (the model says which) with the change since last
// year in its tooltip; then the return's status, its evidence completeness and the gap between
// the agency's self-ratings and the moderated ones.
#pragma once

#include "core/assessment/assessmentrules.h"
#include "models/tablemodelbase.h"
#include "workspace/assessment/rounddatacache.h"

#include <memory>

namespace assure {

class Workspace;

class HeatmapModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { AgencyColumn, FirstStandardColumn };
    enum ExtraRole {
        StatusColourRole = SortRole + 10, // the chip's colour (QColor), in standard columns; none when not rated
        StatusTextRole,                   // the word in it
        RatingRole,                       // the rating shown (int, AssessmentRating)
        StandardIdRole,                   // the column's standard (qint64), in standard columns
    };

    // rounds is shared with the page's other views of the round (ReturnModel).
    HeatmapModel(RoundDataCache *rounds, QObject *parent = nullptr);
    ~HeatmapModel() override;

    void setRound(qint64 roundId);
    qint64 roundId() const { return m_roundId; }
    void setSource(RatingSource source);
    RatingSource source() const { return m_source; }
    void setSummary(StandardSummary summary);
    StandardSummary summary() const { return m_summary; }
    // "Moderated ratings, the worst per standard": what the cells show.
    QString description() const;

    // How many criteria of all returns carry each rating, of the source shown.
    RatingCounts counts() const;
    qint64 roundAgencyAt(int row) const;
    int rowOf(qint64 roundAgencyId) const;
    qint64 standardAt(int column) const; // 0 outside the standard columns
    // After the standards: the return's status, its evidence completeness, the moderation gap.
    int statusColumn() const;
    int evidenceColumn() const { return statusColumn() + 1; }
    int gapColumn() const { return statusColumn() + 2; }
    const RoundData *round() const { return m_data.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Gathers the round anew; a reset only when its agencies or standards changed.
    void refresh();
    QVariant standardData(int row, int standard, int role) const;

    struct Row
    {
        RoundAgency invitation;
        QString name;
        Completeness completeness;
        RatingGap gap;
        QList<StandardRatings> self, moderated;
        QList<StandardRatings> lastSelf, lastModerated; // last year's, empty when none
    };

    RoundDataCache *m_rounds;
    qint64 m_roundId = 0;
    RatingSource m_source = RatingSource::Self;
    StandardSummary m_summary = StandardSummary::Worst;
    std::shared_ptr<const RoundData> m_data;
    std::vector<Row> m_rows;
};

} // namespace assure
