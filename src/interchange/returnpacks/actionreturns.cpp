// Action progress returns: the pack an agency's lead fills in with progress on its open actions, and reading it back.
#include "interchange/returnpacks/actionreturns.h"

#include "core/actions/actionrules.h"
#include "core/valueformat.h"
#include "interchange/returnpacks/packreader.h"
#include "interchange/returnpacks/packworkbook.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::ActionReturns)
};

enum Column { Ref, Title, Measure, Lead, Start, Due, Status, LastPercent, Progress, Percent, Proposed, Columns };

// The statuses a lead may propose: impact evidenced is the board's to accept.
QList<ActionStatus> proposable()
{
    QList<ActionStatus> out;
    for (const ActionStatus s : allActionStatuses())
        if (s != ActionStatus::ImpactEvidenced)
            out << s;
    return out;
}

std::optional<ActionStatus> statusFromWords(const QString &cell)
{
    const QString words = cell.trimmed();
    for (const ActionStatus s : allActionStatuses())
        if (words.compare(actionStatusLabel(s), Qt::CaseInsensitive) == 0 ||
            words.compare(actionStatusKey(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

} // namespace

// Sheet names and headings are read back to find the cells, so they stay as written here
// whatever the language: a pack made in one language reads in another.
QString actionReturnsSheetName()
{
    return QStringLiteral("Actions");
}

QStringList actionReturnsHeader()
{
    return {QStringLiteral("Reference"),
            QStringLiteral("Title"),
            QStringLiteral("Success measure"),
            QStringLiteral("Lead"),
            QStringLiteral("Start"),
            QStringLiteral("Due"),
            QStringLiteral("Status"),
            QStringLiteral("Last reported %"),
            QStringLiteral("Progress since the last return"),
            QStringLiteral("Percent complete (0-100)"),
            QStringLiteral("Proposed status")};
}

bool writeActionReturnsPack(const ActionReturnsExport &pack, const QString &path, QString *error)
{
    PackIdentity identity = pack.identity;
    identity.kind = PackIdentity::actionReturnsKind();

    PackCover cover;
    cover.title = Tr::tr("Action progress return");
    cover.details = {
        {Tr::tr("Board"), identity.boardName},
        {Tr::tr("For"), identity.agencyName},
        {Tr::tr("What it is"), Tr::tr("The board's open actions owned by %1 (%n actions), for its leads to report "
                                      "progress on.",
                                      nullptr, static_cast<int>(pack.actions.size()))
                                   .arg(identity.agencyName)},
        {Tr::tr("Please return by"),
         identity.deadline.isValid() ? ValueFormat().date(identity.deadline) : Tr::tr("as soon as you can")},
        {Tr::tr("Exported"), ValueFormat().date(identity.exportedAt.toLocalTime().date())},
    };
    cover.instructions = {
        Tr::tr("On the sheet “%1”, fill in the shaded cells of each action you have news of: what has happened "
               "since the last return, how complete the action now is (a whole number from 0 to 100), and, if it "
               "should change, its status (choose from the list).")
            .arg(actionReturnsSheetName()),
        Tr::tr("Leave an action's shaded cells empty when there is nothing new. To propose cancelling an action, "
               "say why in its progress cell."),
        Tr::tr("The other cells are locked so that the board can match your answers to its actions. Please do "
               "not rename, add or remove sheets, and send the file back as it is (.xlsx)."),
    };

    PackSheet sheet;
    sheet.name = actionReturnsSheetName();
    const QStringList header = actionReturnsHeader();
    const QList<double> widths{13, 40, 36, 20, 11, 11, 13, 10, 50, 14, 16};
    for (int c = 0; c < Columns; ++c)
        sheet.columns.append(PackColumn{header.at(c), widths.at(c), false, {}, {}, {}, {}});
    sheet.columns[Progress].fillable = true;
    sheet.columns[Progress].hint = Tr::tr("What has happened since the last return.");
    sheet.columns[Percent].fillable = true;
    sheet.columns[Percent].minimum = 0;
    sheet.columns[Percent].maximum = 100;
    sheet.columns[Percent].hint = Tr::tr("A whole number from 0 to 100.");
    sheet.columns[Proposed].fillable = true;
    for (const ActionStatus s : proposable())
        sheet.columns[Proposed].choices << actionStatusLabel(s);
    sheet.columns[Proposed].hint = Tr::tr("Only if the status should change.");

    for (const Action &a : pack.actions) {
        const auto percent = pack.latestPercents.constFind(a.id);
        sheet.rows.append(QVariantList{a.ref, a.title, a.successMeasure, pack.leadNames.value(a.leadPersonId),
                                       a.start.isValid() ? QVariant(a.start) : QVariant(),
                                       a.due.isValid() ? QVariant(a.due) : QVariant(), actionStatusLabel(a.status),
                                       percent == pack.latestPercents.cend() ? QVariant() : QVariant(*percent),
                                       QVariant(), QVariant(), QVariant()});
    }
    PackWorkbook book(identity, cover);
    book.addSheet(sheet);
    if (!book.write(path)) {
        if (error)
            *error = book.errorString();
        return false;
    }
    return true;
}

ActionReturnsPlan readActionReturns(const QString &path, const ActionReturnsContext &context)
{
    ActionReturnsPlan plan;
    PackReader reader;
    PackExpectation expected;
    expected.kind = PackIdentity::actionReturnsKind();
    expected.boardId = context.boardId;
    expected.agencyName = context.agencyName;
    if (!reader.open(path, expected)) {
        plan.refusal = reader.errorString();
        return plan;
    }
    plan.identity = reader.identity();
    // By the id the pack was made for, so that an agency renamed since is still itself; by name
    // only when that id is gone (a board rebuilt from an export).
    const QList<qint64> ids = context.agencyIds.values();
    plan.agencyId = ids.contains(plan.identity.agencyId) ? plan.identity.agencyId
                                                         : context.agencyIds.value(plan.identity.agencyName.toLower());
    if (plan.agencyId == 0) {
        plan.refusal = Tr::tr("the pack is for %1, and the board has no such agency now").arg(plan.identity.agencyName);
        return plan;
    }
    const QString sheetName = actionReturnsSheetName();
    const auto table = reader.sheet(sheetName, actionReturnsHeader());
    if (!table) {
        plan.refusal = reader.errorString();
        return plan;
    }
    QHash<QString, const Action *> byRef;
    for (const Action &a : context.actions)
        byRef.insert(a.ref.trimmed().toLower(), &a);
    const QRegularExpression wholePercent(QStringLiteral("^(\\d{1,3})\\s*%?$"));
    QSet<QString> seen;

    for (const SourceRow &row : table->rows()) {
        const auto cell = [&](int c) { return PackReader::cellName(sheetName, row.number, c); };
        const QString ref = row.cell(Ref).trimmed();
        const QString text = row.cell(Progress).trimmed();
        const QString percentText = row.cell(Percent).trimmed();
        const QString statusText = row.cell(Proposed).trimmed();
        const qsizetype before = plan.problems.size();
        const auto problem = [&](int c, const QString &why) {
            plan.problems << QStringLiteral("%1: %2").arg(cell(c), why);
        };
        if (ref.isEmpty()) {
            if (!text.isEmpty() || !percentText.isEmpty() || !statusText.isEmpty()) {
                problem(Ref, Tr::tr("this row has no action reference, so its return cannot be matched to an action"));
                ++plan.rejected;
            }
            continue;
        }
        const Action *action = byRef.value(ref.toLower());
        if (!action) {
            problem(Ref, Tr::tr("%1 is not an action reference of this board").arg(PackReader::quoted(ref)));
            ++plan.rejected;
            continue;
        }
        if (action->ownerAgencyId != plan.agencyId) {
            problem(Ref, Tr::tr("the action %1 is no longer owned by %2").arg(action->ref, plan.identity.agencyName));
            ++plan.rejected;
            continue;
        }
        if (seen.contains(ref.toLower())) {
            problem(Ref, Tr::tr("the action %1 is in the pack twice; give its return once").arg(action->ref));
            ++plan.rejected;
            continue;
        }
        seen.insert(ref.toLower());

        ActionReturn r;
        r.row = row.number;
        r.actionId = action->id;
        r.ref = action->ref;
        r.text = text;
        r.statusBefore = actionStatusLabel(action->status);
        if (!percentText.isEmpty()) {
            const QRegularExpressionMatch m = wholePercent.match(percentText);
            const int value = m.hasMatch() ? m.captured(1).toInt() : -1;
            if (value < 0 || value > 100)
                problem(Percent, Tr::tr("%1 is not a percentage from 0 to 100 (a whole number)")
                                     .arg(PackReader::quoted(percentText)));
            else
                r.percent = value;
        }
        if (!statusText.isEmpty()) {
            const auto status = statusFromWords(statusText);
            QStringList words;
            for (const ActionStatus s : proposable())
                words << actionStatusLabel(s);
            if (!status) {
                problem(Proposed, Tr::tr("%1 is not a status: choose one of %2")
                                      .arg(PackReader::quoted(statusText), words.join(QStringLiteral(", "))));
            } else if (*status == ActionStatus::ImpactEvidenced) {
                problem(Proposed, Tr::tr("impact evidenced is for the board to accept; propose “%1” and send the "
                                         "evidence instead")
                                      .arg(actionStatusLabel(ActionStatus::Completed)));
            } else if (*status != action->status) {
                Action after = *action;
                after.status = *status;
                after.cancelReason = *status == ActionStatus::Cancelled ? text : QString();
                if (*status == ActionStatus::Cancelled && text.isEmpty())
                    problem(Proposed,
                            Tr::tr("to propose cancelling %1, say why in %2").arg(action->ref, cell(Progress)));
                else if (const QString refusal = transitionRefusal(action->status, after); !refusal.isEmpty())
                    problem(Proposed, refusal);
                else
                    r.status = *status;
            }
        }
        if (plan.problems.size() != before) {
            ++plan.rejected;
            continue;
        }
        if (r.text.isEmpty() && !r.percent && !r.status)
            ++plan.unchanged;
        else
            plan.returns.append(r);
    }
    return plan;
}

} // namespace assure
