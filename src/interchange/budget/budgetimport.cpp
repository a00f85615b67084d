// Plans an import of a year's budget lines from a spreadsheet.
#include "interchange/budget/budgetimport.h"

#include "core/budget/money.h"
#include "core/quotedtext.h"

#include <QCoreApplication>
#include <QSet>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::BudgetImport)
};

enum Column { Kind, Line, AgencyColumn, Budget, Q1, Q2, Q3, Q4 };

// A key ("spend") or its words ("Spending", "Expenditure"), ignoring case.
std::optional<BudgetKind> kindFromWords(const QString &cell)
{
    if (const auto kind = budgetKindFromKey(cell))
        return kind;
    for (const BudgetKind kind : {BudgetKind::Income, BudgetKind::Spend})
        if (cell.compare(budgetKindLabel(kind), Qt::CaseInsensitive) == 0)
            return kind;
    for (const char *word : {"spending", "expenditure"})
        if (cell.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
            return BudgetKind::Spend;
    return std::nullopt;
}

QString nameKey(BudgetKind kind, const QString &name)
{
    return budgetKindKey(kind) + QLatin1Char('/') + name.trimmed().toLower();
}

} // namespace

QList<ImportColumn> budgetImportColumns()
{
    const auto column = [](const char *name, QStringList aliases, bool required = false) {
        return ImportColumn{QString::fromLatin1(name), std::move(aliases), required};
    };
    return {
        column("kind", {QStringLiteral("type")}, true),
        column("line", {QStringLiteral("name"), QStringLiteral("line name")}, true),
        column("agency", {QStringLiteral("partner"), QStringLiteral("partner agency")}),
        column("budget", {QStringLiteral("annual budget")}, true),
        column("q1", {}),
        column("q2", {}),
        column("q3", {}),
        column("q4", {}),
    };
}

QStringList BudgetImportPlan::rejectedLines() const
{
    return rejectedRowLines(rows);
}

BudgetImportPlan planBudgetImport(const SourceTable &table, const BudgetImportContext &context)
{
    BudgetImportPlan plan;
    const ColumnLayout layout = locateColumns(table, budgetImportColumns());
    if (!layout.isUsable()) {
        plan.error = layout.error;
        return plan;
    }
    plan.warnings = layout.warnings;
    const auto has = [&](int c) { return layout.columns.at(c) >= 0; };

    QHash<QString, const BudgetLine *> stored;
    for (const BudgetLine &l : context.lines)
        if (l.year == context.year)
            stored.insert(nameKey(l.kind, l.name), &l);
    QSet<QString> seen;
    for (const SourceRow &source : table.rows()) {
        BudgetImportRow row;
        row.rowNumber = source.number;
        const auto cell = [&](int c) { return has(c) ? importedText(source.cell(layout.columns.at(c))) : QString(); };
        QStringList reasons;
        row.kind = cell(Kind);
        row.name = cell(Line);
        const auto kind = kindFromWords(row.kind);
        if (!kind)
            reasons << (row.kind.isEmpty()
                            ? Tr::tr("kind is empty; say income or spend")
                            : Tr::tr("kind %1 is neither income nor spend").arg(QuotedText::quote(row.kind)));
        if (row.name.isEmpty())
            reasons << Tr::tr("line is empty; every budget line needs a name");
        const BudgetLine *was = nullptr;
        if (kind && !row.name.isEmpty()) {
            const QString key = nameKey(*kind, row.name);
            was = stored.value(key);
            if (seen.contains(key))
                reasons << Tr::tr("%1 line %2 is given on an earlier row too")
                               .arg(budgetKindKey(*kind), QuotedText::quote(row.name));
            seen.insert(key);
        }
        BudgetLine after = was ? *was : BudgetLine();
        after.year = context.year;
        after.kind = kind.value_or(BudgetKind::Spend);
        if (!was)
            after.name = row.name;
        if (has(AgencyColumn)) {
            const QString name = cell(AgencyColumn);
            after.agencyId = name.isEmpty() ? 0 : context.agencyIds.value(name.toLower());
            if (!name.isEmpty() && after.agencyId == 0)
                reasons << Tr::tr("agency %1 is not an agency of this board").arg(QuotedText::quote(name));
        }
        if (kind == BudgetKind::Income && after.agencyId == 0 && (!has(AgencyColumn) || cell(AgencyColumn).isEmpty()))
            reasons << Tr::tr("agency is empty; an income line is a partner agency's contribution");
        const ParsedMoney budget = Money::parse(cell(Budget));
        if (!budget.ok)
            reasons << Tr::tr("budget: %1").arg(budget.error);
        else if (budget.pence < 0)
            reasons
                << Tr::tr("budget: %1 is below zero; a year's budget may not be").arg(QuotedText::quote(cell(Budget)));
        else
            after.budget = budget.pence;
        for (int q = 0; q < 4; ++q) {
            if (!has(Q1 + q))
                continue;
            const QString written = cell(Q1 + q);
            if (written.isEmpty()) {
                after.quarters[size_t(q)].reset();
                continue;
            }
            const ParsedMoney actual = Money::parse(written);
            if (!actual.ok)
                reasons << Tr::tr("q%1: %2").arg(q + 1).arg(actual.error);
            else
                after.quarters[size_t(q)] = actual.pence;
        }
        if (!reasons.isEmpty()) {
            row.reason = joinReasons(reasons);
            row.status = ImportStatus::Rejected;
        } else if (!was) {
            row.status = ImportStatus::New;
            row.line = after;
        } else if (after != *was) {
            row.status = ImportStatus::Update;
            row.line = after;
        } else {
            row.status = ImportStatus::Unchanged;
        }
        plan.counts.add(row.status);
        plan.rows.append(row);
    }
    return plan;
}

} // namespace assure
