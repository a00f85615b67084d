// Plans an import of actions from a spreadsheet (issue 14, part 7), and the columns an export writes for it.
#include "interchange/actions/actionimport.h"

#include "core/actions/actionrules.h"
#include "core/quotedtext.h"
#include "interchange/cellparse.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::ActionImport)
};

enum Column {
    Ref,
    Title,
    Description,
    Measure,
    Evidence,
    Agency,
    Lead,
    Resources,
    Source,
    Rationale,
    Start,
    Due,
    Status,
    Percent
};

// A key ("in_progress") or the words for people ("In progress"), ignoring case.
template <class E>
std::optional<E> fromWords(const QString &cell, const QList<E> &all, QString (*key)(E), QString (*label)(E))
{
    for (const E value : all)
        if (cell.compare(key(value), Qt::CaseInsensitive) == 0 || cell.compare(label(value), Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}

} // namespace

QList<ImportColumn> actionImportColumns()
{
    const auto column = [](const char *name, QStringList aliases, bool required = false) {
        return ImportColumn{QString::fromLatin1(name), std::move(aliases), required};
    };
    return {
        column("ref", {QStringLiteral("reference")}),
        column("title", {}, true),
        column("description", {}),
        column("success_measure", {QStringLiteral("success measure")}),
        column("evidence", {}),
        column("agency", {QStringLiteral("owner agency")}),
        column("lead", {}),
        column("resources", {}),
        column("source", {}),
        column("rationale", {}),
        column("start", {QStringLiteral("start date")}),
        column("due", {QStringLiteral("due date")}),
        column("status", {}),
        column("percent", {QStringLiteral("percentage")}),
    };
}

QStringList ActionImportPlan::rejectedLines() const
{
    return rejectedRowLines(rows);
}

ActionImportPlan planActionImport(const SourceTable &table, const ActionImportContext &context)
{
    ActionImportPlan plan;
    const ColumnLayout layout = locateColumns(table, actionImportColumns());
    if (!layout.isUsable()) {
        plan.error = layout.error;
        return plan;
    }
    plan.warnings = layout.warnings;
    const auto has = [&](int c) { return layout.columns.at(c) >= 0; };
    QHash<QString, const Action *> byRef;
    for (const Action &a : context.actions)
        byRef.insert(a.ref.trimmed().toLower(), &a);
    const QRegularExpression wholePercent(QStringLiteral("^(-?\\d+)\\s*%?$"));
    QSet<QString> seen;

    for (const SourceRow &source : table.rows()) {
        ActionImportRow row;
        row.rowNumber = source.number;
        const auto cell = [&](int c) { return has(c) ? importedText(source.cell(layout.columns.at(c))) : QString(); };
        QStringList reasons;
        const QString ref = cell(Ref);
        row.ref = ref;
        const Action *stored = ref.isEmpty() ? nullptr : byRef.value(ref.toLower());
        Action after = stored ? *stored : Action();
        if (!stored)
            after.ref = ref;
        if (!ref.isEmpty() && seen.contains(ref.toLower()))
            reasons << Tr::tr("ref %1 is given on an earlier row too").arg(QuotedText::quote(ref));
        if (!ref.isEmpty())
            seen.insert(ref.toLower());

        after.title = cell(Title);
        if (after.title.isEmpty())
            reasons << Tr::tr("title is empty; every action needs one");
        else if (after.title.size() > kMaxActionTitle)
            reasons << Tr::tr("title %1 is longer than a title may be (%2 characters); put the detail in "
                              "description")
                           .arg(QuotedText::quote(after.title))
                           .arg(kMaxActionTitle);
        const auto text = [&](int c, QString Action::*member) {
            if (has(c))
                after.*member = cell(c);
        };
        text(Description, &Action::description);
        text(Measure, &Action::successMeasure);
        text(Evidence, &Action::evidence);
        text(Resources, &Action::resources);
        text(Rationale, &Action::rationale);
        if (has(Agency)) {
            const QString name = cell(Agency);
            after.ownerAgencyId = name.isEmpty() ? 0 : context.agencyIds.value(name.toLower());
            if (!name.isEmpty() && after.ownerAgencyId == 0)
                reasons << Tr::tr("agency %1 is not an agency of this board").arg(QuotedText::quote(name));
        }
        if (has(Lead)) {
            const QString name = cell(Lead);
            const QList<qint64> people = context.personIds.value(name.toLower());
            after.leadPersonId = people.size() == 1 ? people.constFirst() : 0;
            if (!name.isEmpty() && people.isEmpty())
                reasons << Tr::tr("lead %1 is not a person on this board").arg(QuotedText::quote(name));
            else if (people.size() > 1)
                reasons << Tr::tr("lead %1 names %2 people on this board; it cannot say which")
                               .arg(QuotedText::quote(name))
                               .arg(people.size());
        }
        if (has(Source)) {
            const QString words = cell(Source);
            const auto kind = words.isEmpty() ? std::optional<ActionSource>(ActionSource::None)
                                              : fromWords<ActionSource>(words, allActionSources(), actionSourceKey,
                                                                        actionSourceLabel);
            if (!kind)
                reasons << Tr::tr("source %1 is not a source (none, priority, recommendation, finding, audit, review, "
                                  "self_assessment, development_plan)")
                               .arg(QuotedText::quote(words));
            else if (*kind != after.sourceKind) {
                after.sourceKind = *kind;
                after.sourceId = 0; // the item of the old kind is not one of the new
            }
        }
        for (const int c : {Start, Due}) {
            if (!has(c))
                continue;
            const QString written = cell(c);
            const ParsedDate date = parseDate(written);
            if (date.state == CellState::Invalid)
                reasons << Tr::tr("%1 %2 is not a date (YYYY-MM-DD or DD/MM/YYYY)")
                               .arg(actionImportColumns().at(c).name, QuotedText::quote(written));
            (c == Start ? after.start : after.due) = date.date;
        }
        if (has(Status) && !cell(Status).isEmpty()) {
            const QString words = cell(Status);
            const auto status = fromWords<ActionStatus>(words, allActionStatuses(), actionStatusKey, actionStatusLabel);
            if (!status) {
                reasons << Tr::tr("status %1 is not a status (not_started, in_progress, completed, impact_evidenced, "
                                  "cancelled, or in words)")
                               .arg(QuotedText::quote(words));
            } else {
                after.status = *status;
                if (*status != ActionStatus::Cancelled)
                    after.cancelReason.clear();
                const QString refusal = stored ? transitionRefusal(stored->status, after)
                                               : transitionRefusal(ActionStatus::NotStarted, after);
                if (!refusal.isEmpty())
                    reasons << Tr::tr("status %1: %2").arg(QuotedText::quote(words), asReason(refusal));
            }
        }
        if (has(Percent) && !cell(Percent).isEmpty()) {
            const QString written = cell(Percent);
            const QRegularExpressionMatch m = wholePercent.match(written);
            const int value = m.hasMatch() ? m.captured(1).toInt() : -1;
            if (!m.hasMatch() || value < 0 || value > 100)
                reasons << Tr::tr("percent %1 is not a whole number from 0 to 100").arg(QuotedText::quote(written));
            else if (!stored || !context.latestPercents.contains(stored->id) ||
                     context.latestPercents.value(stored->id) != value)
                row.percent = value;
        }

        if (!reasons.isEmpty()) {
            row.reason = joinReasons(reasons);
            row.status = ImportStatus::Rejected;
        } else if (!stored) {
            row.status = ImportStatus::New;
            row.action = after;
        } else if (after != *stored || row.percent) {
            row.status = ImportStatus::Update;
            row.action = after;
        } else {
            row.status = ImportStatus::Unchanged;
        }
        plan.counts.add(row.status);
        plan.rows.append(row);
    }
    return plan;
}

} // namespace assure
