// The risk register's 5x5 heat map as a table: impact 5 at the top down to 1, likelihood 1 to 5
// across; each cell counts the risks there and is coloured by the band its score falls in.
#pragma once

#include "core/risks/riskrules.h"

#include <QAbstractTableModel>

#include <array>

namespace assure {

class Workspace;

class RiskHeatMapModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        LikelihoodRole = Qt::UserRole + 1, // the cell's likelihood, 1 to 5
        ImpactRole,                        // its impact, 1 to 5
        CountRole,                         // how many risks are there (int)
    };

    RiskHeatMapModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The cell of a likelihood and impact, each from 1 to 5.
    QModelIndex cellOf(int likelihood, int impact) const;
    int count(int likelihood, int impact) const;

private:
    void recount();
    static int impactOfRow(int row) { return kRiskLevelMax - row; }
    static int likelihoodOfColumn(int column) { return column + 1; }

    Workspace *m_workspace;
    RiskSettings m_settings;
    std::array<std::array<int, kRiskLevelMax>, kRiskLevelMax> m_counts{}; // [likelihood - 1][impact - 1]
};

} // namespace assure
