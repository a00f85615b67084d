// A line of the board's budget for a financial year (issue 18, part 4): a partner's contribution
// (income) or a spending line, its budget for the year and its actuals by quarter, in pence.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace assure {

enum class BudgetKind { Income, Spend };

// "income", "spend": how the file, the import and the command line name them.
QString budgetKindKey(BudgetKind kind);
std::optional<BudgetKind> budgetKindFromKey(const QString &key);
// "Income", "Spend", for people.
QString budgetKindLabel(BudgetKind kind);

struct BudgetLine
{
    qint64 id = 0;
    int year = 0; // the financial year, by its starting calendar year
    BudgetKind kind = BudgetKind::Spend;
    QString name;
    // Income: the partner agency contributing (required). Spend: the agency it is spent with or
    // for, if any (0: none).
    qint64 agencyId = 0;
    qint64 budget = 0; // for the whole year, in pence
    // Actuals of Q1 to Q4 in pence; a quarter not reported yet is empty, which is not zero.
    std::array<std::optional<qint64>, 4> quarters;

    // What stops it being saved: no name, an income line with no agency, a budget below zero or
    // beyond kMaxPence, an actual beyond kMaxPence either way, a year Assure cannot show.
    QStringList problems() const;

    bool operator==(const BudgetLine &o) const
    {
        return id == o.id && year == o.year && kind == o.kind && name == o.name && agencyId == o.agencyId &&
               budget == o.budget && quarters == o.quarters;
    }
    bool operator!=(const BudgetLine &o) const { return !(*this == o); }
};

// The board's budget settings (one set per board: Budget > Budget settings).
struct BudgetSettings
{
    // A line is beyond tolerance when its variance is more than this many percent of its budget
    // to date, either way. 5%: what most councils' budget monitoring flags.
    int tolerancePercent = 5;

    // The tolerance is a whole percentage from 0 to 100.
    QStringList problems() const;
    bool operator==(const BudgetSettings &o) const { return tolerancePercent == o.tolerancePercent; }
    bool operator!=(const BudgetSettings &o) const { return !(*this == o); }
};

} // namespace assure
