// The board pack's survey section.
#include "reports/surveysections.h"

#include "core/valueformat.h"
#include "reports/boardpacksections.h"
#include "reports/reporttext.h"

#include <QHash>

#include <algorithm>

namespace assure {

namespace {

ReportCell cell(const QString &text)
{
    return {text, std::nullopt};
}

QString meanText(const std::optional<double> &mean)
{
    return mean ? ValueFormat().fixed(*mean, 2) : ReportText::tr("–");
}

QString statementNumber(int index)
{
    return ReportText::tr("S%1").arg(index + 1);
}

void addStatements(ReportDocument &doc, const SurveyReportData &data)
{
    const ValueFormat format;
    ReportTable t;
    t.header = {ReportText::tr("No."),
                ReportText::tr("Statement"),
                ReportText::tr("Strongly disagree"),
                ReportText::tr("Disagree"),
                ReportText::tr("Neither"),
                ReportText::tr("Agree"),
                ReportText::tr("Strongly agree"),
                ReportText::tr("Mean"),
                ReportText::tr("Last year")};
    t.widths = {5, 28, 11, 10, 9, 8, 10, 9, 10};
    for (int i = 0; i < data.results.statements.size(); ++i) {
        const StatementResult &s = data.results.statements.at(i);
        QList<ReportCell> row{cell(statementNumber(i)), cell(s.text)};
        for (const int c : s.counts)
            row << cell(format.count(c));
        row << cell(meanText(s.mean())) << cell(meanText(s.previousMean));
        t.rows << row;
    }
    doc.table(t);
    doc.note(ReportText::tr("Counts of responses giving each rating, from 1 (strongly disagree) to 5 (strongly agree); "
                            "the mean is of the responses that rated the statement. Last year: the same statement in "
                            "the survey before, where it was asked."));
}

void addBreakdown(ReportDocument &doc, const SurveyReportData &data)
{
    const SurveyResults &r = data.results;
    doc.heading(3, ReportText::tr("By %1").arg(r.breakdownTitle.toLower()));
    ReportTable t;
    t.header = {r.breakdownTitle, ReportText::tr("Responses")};
    for (int i = 0; i < r.statements.size(); ++i)
        t.header << statementNumber(i);
    const int rest = int(r.statements.size());
    t.widths = {22, 18};
    for (int i = 0; i < rest; ++i)
        t.widths << 60 / std::max(rest, 1);
    const ValueFormat format;
    for (const BreakdownGroup &g : r.groups) {
        QList<ReportCell> row{cell(g.name.isEmpty() ? ReportText::tr("(not given)") : g.name)};
        if (g.suppressed) {
            row << cell(g.suppressedSecondarily ? ReportText::tr("Not shown (see below)")
                                                : ReportText::tr("Fewer than %1").arg(kSmallestGroupShown));
            for (int i = 0; i < rest; ++i)
                row << cell(QString());
        } else {
            row << cell(format.count(g.responses));
            for (const auto &m : g.means)
                row << cell(meanText(m));
        }
        t.rows << row;
    }
    doc.table(t);
    QString rule = ReportText::tr("Mean rating per statement by group. A group with fewer than %1 responses is not "
                                  "shown, so that no one's answers can be told apart")
                       .arg(kSmallestGroupShown);
    if (std::any_of(r.groups.begin(), r.groups.end(), [](const BreakdownGroup &g) { return g.suppressedSecondarily; }))
        rule += ReportText::tr("; where one group alone is too small, the next smallest is not shown either, as its "
                               "figures and the total would give the small group's away");
    rule += ReportText::tr(". %n groups are not shown this year.", nullptr, r.suppressedGroups());
    doc.note(rule);
}

void addFreeText(ReportDocument &doc, const SurveyReportData &data)
{
    for (const FreeTextResult &f : data.results.freeText) {
        if (f.answers.isEmpty())
            continue;
        doc.heading(3, f.text);
        // The same words from several responses are one line with how many gave them.
        QHash<QString, int> times;
        QStringList order;
        for (const QString &a : f.answers) {
            if (!times.contains(a))
                order << a;
            ++times[a];
        }
        std::stable_sort(order.begin(), order.end(),
                         [&](const QString &a, const QString &b) { return times.value(a) > times.value(b); });
        ReportTable t;
        t.header = {ReportText::tr("Answer"), ReportText::tr("Responses")};
        t.widths = {85, 15};
        for (int i = 0; i < order.size() && i < kSurveyAnswersShown; ++i)
            t.rows << QList<ReportCell>{cell(order.at(i)), cell(ValueFormat().count(times.value(order.at(i))))};
        doc.table(t);
        if (order.size() > kSurveyAnswersShown)
            doc.note(ReportText::tr("The %1 answers given most often of %2 different ones; the rest are on the Survey "
                                    "page.")
                         .arg(kSurveyAnswersShown)
                         .arg(order.size()));
    }
}

} // namespace

void addSurvey(ReportDocument &doc, const SurveyReportData &data, const QString &summary)
{
    const SurveyResults &r = data.results;
    const ValueFormat format;
    doc.heading(2, ReportText::tr("Board effectiveness survey"));
    addSummary(doc, summary);
    QString intro = ReportText::tr("The %1 survey of board members had %2 responses")
                        .arg(data.yearLabel, format.count(r.responses));
    if (r.previousResponses > 0)
        intro += ReportText::tr(" (%1 the year before)").arg(format.count(r.previousResponses));
    intro += ReportText::tr(". Responses are anonymous: the board file keeps no name, email, form number or time "
                            "with them.");
    doc.paragraph(intro);
    addStatements(doc, data);
    if (!r.breakdownTitle.isEmpty())
        addBreakdown(doc, data);
    addFreeText(doc, data);
}

} // namespace assure
