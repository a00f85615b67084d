// Plans an import of the risk register from a spreadsheet.
#include "interchange/risks/riskimport.h"

#include "core/quotedtext.h"
#include "core/risks/riskrules.h"
#include "interchange/cellparse.h"

#include <QCoreApplication>
#include <QSet>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::RiskImport)
};

enum Column { Title, Cause, Consequence, Owner, Likelihood, Impact, TargetScore, ReviewDate };

} // namespace

QList<ImportColumn> riskImportColumns()
{
    const auto column = [](const char *name, QStringList aliases, bool required = false) {
        return ImportColumn{QString::fromLatin1(name), std::move(aliases), required};
    };
    return {
        column("title", {QStringLiteral("risk")}, true),
        column("cause", {}),
        column("consequence", {}),
        column("owner", {QStringLiteral("risk owner")}),
        column("likelihood", {}, true),
        column("impact", {}, true),
        column("target_score", {QStringLiteral("target score"), QStringLiteral("target")}),
        column("review_date", {QStringLiteral("review date"), QStringLiteral("review")}),
    };
}

QStringList RiskImportPlan::rejectedLines() const
{
    return rejectedRowLines(rows);
}

RiskImportPlan planRiskImport(const SourceTable &table, const RiskImportContext &context)
{
    RiskImportPlan plan;
    const QList<ImportColumn> columns = riskImportColumns();
    const ColumnLayout layout = locateColumns(table, columns);
    if (!layout.isUsable()) {
        plan.error = layout.error;
        return plan;
    }
    plan.warnings = layout.warnings;
    const auto has = [&](int c) { return layout.columns.at(c) >= 0; };
    QHash<QString, const Risk *> byTitle;
    for (const Risk &r : context.risks)
        byTitle.insert(r.title.trimmed().toLower(), &r);
    QSet<QString> seen;

    for (const SourceRow &source : table.rows()) {
        RiskImportRow row;
        row.rowNumber = source.number;
        const auto cell = [&](int c) { return has(c) ? importedText(source.cell(layout.columns.at(c))) : QString(); };
        QStringList reasons;
        const QString title = cell(Title);
        row.title = title;
        const Risk *stored = title.isEmpty() ? nullptr : byTitle.value(title.toLower());
        Risk after = stored ? *stored : Risk();
        after.title = title;
        if (title.isEmpty())
            reasons << Tr::tr("title is empty; every risk needs one");
        else if (seen.contains(title.toLower()))
            reasons << Tr::tr("title %1 is given on an earlier row too").arg(QuotedText::quote(title));
        seen.insert(title.toLower());

        if (has(Cause))
            after.cause = cell(Cause);
        if (has(Consequence))
            after.consequence = cell(Consequence);
        if (has(Owner)) {
            const QString name = cell(Owner);
            const QList<qint64> people = context.personIds.value(name.toLower());
            after.ownerPersonId = people.size() == 1 ? people.constFirst() : 0;
            if (!name.isEmpty() && people.isEmpty())
                reasons << Tr::tr("owner: %1 is not a person on this board").arg(QuotedText::quote(name));
            else if (people.size() > 1)
                reasons << Tr::tr("owner: %1 names %2 people on this board; it cannot say which")
                               .arg(QuotedText::quote(name))
                               .arg(people.size());
        }
        for (const int c : {Likelihood, Impact}) {
            int level = 0;
            const QString refusal = levelRefusal(cell(c), &level);
            if (!refusal.isEmpty())
                reasons << QStringLiteral("%1: %2").arg(columns.at(c).name, refusal);
            else
                (c == Likelihood ? after.likelihood : after.impact) = level;
        }
        if (has(TargetScore)) {
            const QString written = cell(TargetScore);
            after.targetScore = 0;
            if (!written.isEmpty()) {
                const ParsedNumber n = parseNumber(written);
                const int whole = n.isValid() ? int(n.value) : 0;
                if (!n.isValid() || double(whole) != n.value || whole < 1 || whole > kRiskLevelMax * kRiskLevelMax)
                    reasons << Tr::tr("target_score: %1 is not a whole number from 1 to 25")
                                   .arg(QuotedText::quote(written));
                else
                    after.targetScore = whole;
            }
        }
        if (has(ReviewDate)) {
            const QString written = cell(ReviewDate);
            const ParsedDate date = parseDate(written);
            if (date.state == CellState::Invalid)
                reasons << Tr::tr("review_date: %1 is not a date (YYYY-MM-DD or DD/MM/YYYY)")
                               .arg(QuotedText::quote(written));
            after.reviewDate = date.date;
        }

        if (!reasons.isEmpty()) {
            row.reason = joinReasons(reasons);
            row.status = ImportStatus::Rejected;
        } else if (!stored) {
            row.status = ImportStatus::New;
            row.risk = after;
        } else if (after != *stored) {
            row.status = ImportStatus::Update;
            row.risk = after;
        } else {
            row.status = ImportStatus::Unchanged;
        }
        plan.counts.add(row.status);
        plan.rows.append(row);
    }
    return plan;
}

} // namespace assure
