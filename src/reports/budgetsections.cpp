// The board pack's budget section.
#include "reports/budgetsections.h"

#include "core/budget/money.h"
#include "reports/boardpacksections.h"
#include "reports/reporttext.h"

namespace assure {

namespace {

ReportCell cell(const QString &text)
{
    return {text, std::nullopt};
}

ReportCell money(qint64 pence)
{
    return cell(Money::format(pence));
}

} // namespace

void addBudget(ReportDocument &doc, const BudgetYearData &data, const QString &summary)
{
    const BudgetTotals &t = data.totals;
    doc.heading(2, ReportText::tr("Budget"));
    addSummary(doc, summary);
    doc.paragraph(ReportText::tr("The board's budget for %1: income of %2 budgeted from its partners, of which %3 "
                                 "has been received in the quarters reported; spending of %4 budgeted, of which %5 "
                                 "has been spent. The forecast net position at the year's end is %6, against %7 "
                                 "budgeted.")
                      .arg(data.yearLabel, Money::format(t.income.budget), Money::format(t.income.actualToDate),
                           Money::format(t.spend.budget), Money::format(t.spend.actualToDate),
                           Money::format(t.netForecast), Money::format(t.netBudget)));
    ReportTable totals;
    totals.header = QStringList{QString(), ReportText::tr("Budget"), ReportText::tr("Actual to date"),
                                ReportText::tr("Variance"), ReportText::tr("Forecast")};
    totals.widths = {24, 19, 19, 19, 19};
    const auto figuresRow = [](const QString &label, const BudgetFigures &f) {
        return QList<ReportCell>{cell(label), money(f.budget), money(f.actualToDate),
                                 f.variance ? money(*f.variance) : cell(ReportText::tr("–")), money(f.forecast)};
    };
    totals.rows.append(figuresRow(ReportText::tr("Income"), t.income));
    totals.rows.append(figuresRow(ReportText::tr("Spend"), t.spend));
    totals.rows.append({cell(ReportText::tr("Net (income − spend)")), money(t.netBudget),
                        money(t.income.actualToDate - t.spend.actualToDate), money(t.netVariance),
                        money(t.netForecast)});
    doc.table(std::move(totals));
    doc.note(ReportText::tr("To date means the quarters reported. Variance is the actual to date less the budget's "
                            "share of the quarters reported; the forecast adds the budget of the quarters not yet "
                            "reported to the actual to date. Amounts in brackets are negative; the net variance is "
                            "positive when the board is better off than budgeted."));

    doc.heading(3, ReportText::tr("Lines beyond the %1% tolerance").arg(data.tolerancePercent));
    if (data.beyondTolerance.isEmpty()) {
        doc.paragraph(ReportText::tr("Every line is within %1% of its budget to date.").arg(data.tolerancePercent));
        return;
    }
    ReportTable lines;
    lines.header =
        QStringList{ReportText::tr("Line"),           ReportText::tr("Kind"),     ReportText::tr("Budget to date"),
                    ReportText::tr("Actual to date"), ReportText::tr("Variance"), ReportText::tr("Forecast")};
    lines.widths = {32, 10, 15, 15, 14, 14};
    for (const BudgetExceptionLine &e : data.beyondTolerance) {
        const QString name = e.agency.isEmpty() || e.kind == BudgetKind::Income
                                 ? e.name
                                 : ReportText::tr("%1 (%2)").arg(e.name, e.agency);
        // The variance on an amber chip, its amount in words on it, so the table reads in greyscale too.
        lines.rows.append({cell(name), cell(budgetKindLabel(e.kind)), money(e.figures.budgetToDate),
                           money(e.figures.actualToDate), ReportCell{Money::format(*e.figures.variance), Rag::Amber},
                           money(e.figures.forecast)});
    }
    doc.table(std::move(lines));
}

} // namespace assure
