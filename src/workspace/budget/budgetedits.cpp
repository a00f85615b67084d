// The budget's side of the workspace: a year's lines and totals, and imports written as one undo step.
#include "workspace/budget/budgetedits.h"

#include "interchange/tablefile.h"
#include "workspace/workspace.h"

#include <QCollator>
#include <QFileInfo>

#include <algorithm>

namespace assure {

QList<BudgetLine> budgetLinesOf(const Workspace &ws, int year)
{
    QList<BudgetLine> lines;
    for (const BudgetLine &l : ws.items<BudgetLine>())
        if (l.year == year)
            lines.append(l);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(lines.begin(), lines.end(), [&](const BudgetLine &a, const BudgetLine &b) {
        if (a.kind != b.kind)
            return a.kind == BudgetKind::Income;
        return collator.compare(a.name, b.name) < 0;
    });
    return lines;
}

BudgetTotals budgetTotalsOf(const Workspace &ws, int year)
{
    return budgetTotals(budgetLinesOf(ws, year), year, ws.items<BudgetSettings>().value());
}

QList<int> budgetYears(const Workspace &ws)
{
    QList<int> years;
    for (const BudgetLine &l : ws.items<BudgetLine>())
        if (!years.contains(l.year))
            years.append(l.year);
    std::sort(years.begin(), years.end());
    return years;
}

BudgetImportContext budgetImportContext(const Workspace &ws, int year)
{
    BudgetImportContext context;
    context.year = year;
    context.lines = budgetLinesOf(ws, year);
    for (const Agency &a : ws.items<Agency>())
        context.agencyIds.insert(a.name.trimmed().toLower(), a.id);
    return context;
}

BudgetImportPlan planBudgetFile(const Workspace &ws, const QString &path, int year)
{
    QString error;
    const std::optional<SourceTable> table = readTableFile(path, &error);
    if (!table) {
        BudgetImportPlan plan;
        plan.error = error;
        return plan;
    }
    return planBudgetImport(*table, budgetImportContext(ws, year));
}

int BudgetEdits::applyImport(const BudgetImportPlan &plan, const QString &source, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return -1;
    ChangeSet changes;
    int written = 0;
    for (const BudgetImportRow &row : plan.rows) {
        if (!row.line || (row.status != ImportStatus::New && row.status != ImportStatus::Update))
            continue;
        BudgetLine after = *row.line;
        const BudgetLine *stored = after.id ? m_ws.items<BudgetLine>().find(after.id) : nullptr;
        if (!stored)
            KindTraits<BudgetLine>::prepareNew(after);
        if (!Workspace::acceptable(after.problems(), error)) {
            if (error)
                *error = tr("Row %1: %2").arg(row.rowNumber).arg(*error);
            return -1;
        }
        if (stored)
            changes.update(*stored, after);
        else
            changes.insert(after);
        ++written;
    }
    if (written == 0)
        return 0;
    const QString name = QFileInfo(source).fileName();
    if (!m_ws.execute(tr("Import %n budget lines from %1", nullptr, written).arg(name), std::move(changes), error))
        return -1;
    return written;
}

} // namespace assure
