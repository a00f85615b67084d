// The board's risk register as a table: title, owner, likelihood, impact, score, rating by the
// board's bands, target, review date and the flags (review overdue, indicators of concern), each
// worked out as of one day (RiskStandings).
#pragma once

#include "models/entitytablemodel.h"
#include "workspace/risks/riskkinds.h"
#include "workspace/risks/riskstanding.h"

#include <QHash>

#include <memory>

namespace assure {

class RiskModel final : public EntityTableModel<Risk>
{
    Q_OBJECT

public:
    enum Column { Title, Owner, Likelihood, Impact, Score, RatingColumn, Target, Review, Flags, ColumnCount };
    enum ExtraRole {
        StatusColourRole = SortRole + 10, // the colour of the rating chip (QColor)
        StatusTextRole,                   // the word in it
    };

    RiskModel(Workspace *workspace, QObject *parent = nullptr);
    ~RiskModel() override;

    // The day the table reads review overdue and the indicators' quarter for: today unless told otherwise.
    void setAsOf(const QDate &day);
    QDate asOf() const { return m_asOf; }
    RiskStanding standingAt(int row) const;
    RiskStanding standingOf(const Risk &risk) const;
    const RiskSettings &settings() const { return m_standings->settings(); }

private:
    // Links, indicators, measurements and the bands feed the standings: rebuilt, and every row shown anew.
    void restand();

    struct CachedStanding
    {
        Risk risk;
        RiskStanding standing;
    };

    QDate m_asOf;
    std::unique_ptr<RiskStandings> m_standings;
    mutable QHash<qint64, CachedStanding> m_cache; // risk id -> its standing; cleared by restand()
};

// "Review overdue", "CP01 Re-referrals: RED" and so on, as the Flags column and reports say them.
QStringList riskFlagTexts(const RiskStanding &standing);

} // namespace assure
