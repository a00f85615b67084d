// One financial year's budget as a table: a row per line (income first, then spend; the agency in
// the line's tooltip, and searched), its budget,
// Q1..Q4 actuals, actual to date, variance and forecast, lines beyond the board's tolerance
// marked; then the totals: income, spend and the net position.
#pragma once

#include "core/budget/budgetrules.h"
#include "models/tablemodelbase.h"

#include <QList>

namespace assure {

class Workspace;

class BudgetModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { KindColumn, Line, Budget, Q1, Q2, Q3, Q4, Actual, Variance, Forecast, ColumnCount };
    enum ExtraRole {
        TotalRole = SortRole + 10, // true on the totals rows (bool)
        BeyondToleranceRole,       // true on a line beyond the tolerance (bool)
        PenceRole,                 // a money cell's amount in pence (qint64); null when there is none
        AgencyRole,                // the line's agency by name (QString); empty when none
    };
    // The pale amber a line beyond tolerance is shown on; its variance also carries a "⚠".
    static constexpr quint32 kBeyondToleranceRgb = 0xfde7b0;
    static constexpr int kTotalRows = 3; // income, spend, net

    BudgetModel(Workspace *workspace, QObject *parent = nullptr);

    // The financial year shown, by the year it starts in.
    void setYear(int startYear);
    int year() const { return m_year; }
    int lineCount() const { return int(m_lines.size()); }
    // The line of a row; null on a totals row.
    const BudgetLine *lineAt(int row) const;
    int rowOf(qint64 lineId) const;
    const BudgetTotals &totals() const { return m_totals; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Gathers the year anew: the same lines say their cells changed; others reset the table.
    void refresh();
    // A line's cell, by its row: its figures are worked out once per change, not per cell.
    QVariant lineData(int row, int column, int role) const;
    QVariant totalData(int which, int column, int role) const;
    QString agencyName(const BudgetLine &line) const;

    Workspace *m_workspace;
    int m_year = 0;
    QList<BudgetLine> m_lines;
    QList<BudgetFigures> m_figures; // by line
    BudgetSettings m_settings;
    BudgetTotals m_totals;
};

} // namespace assure
