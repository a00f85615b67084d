// Action progress returns: the pack an agency's lead fills in with progress on its open actions, and reading it back.
#pragma once

#include "core/actions/action.h"
#include "interchange/returnpacks/packidentity.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

// What an agency's pack shows: its open actions with their fields locked, and three columns for
// the lead: progress since the last return, percentage complete (0-100), proposed status.
struct ActionReturnsExport final
{
    PackIdentity identity;             // board, agency and export; the kind is set on writing
    QList<Action> actions;             // the agency's open actions, in the order shown
    QHash<qint64, QString> leadNames;  // person id -> name
    QHash<qint64, int> latestPercents; // action id -> the percentage reported last
};

// The name of the pack's data sheet and its columns, as written and as read back.
QString actionReturnsSheetName();
QStringList actionReturnsHeader();

bool writeActionReturnsPack(const ActionReturnsExport &pack, const QString &path, QString *error);

// One action's return, read and checked against the board.
struct ActionReturn final
{
    int row = 0; // as the spreadsheet numbers it
    qint64 actionId = 0;
    QString ref;
    QString text;
    std::optional<int> percent;
    std::optional<ActionStatus> status; // only when it differs from the stored one
    QString statusBefore;               // the stored status in words, for a preview
};

// What the board holds that a returned pack is checked against.
struct ActionReturnsContext final
{
    QString boardId;
    QString agencyName;               // the agency whose pack is expected; empty accepts any agency of the board
    QHash<QString, qint64> agencyIds; // by name, lower case
    QList<Action> actions;            // every action of the board
};

// Nothing in a plan has been written. The caller writes every return in one transaction, and
// only when there are no problems: a pack is taken whole or not at all.
struct ActionReturnsPlan final
{
    QString refusal; // the whole pack is refused (whose it is, a missing sheet...)
    PackIdentity identity;
    qint64 agencyId = 0;
    QList<ActionReturn> returns;
    QStringList problems; // "Actions!J7: “140” is not a percentage from 0 to 100", in sheet order
    int unchanged = 0;    // rows the lead left as they were
    int rejected = 0;     // rows with one problem or more

    bool isUsable() const { return refusal.isEmpty(); }
    bool canWrite() const { return refusal.isEmpty() && problems.isEmpty(); }
};

// Rules: the reference is the key, and must be an action of the pack's agency on this board
// (once each); a blank progress, percentage and status leave the action as it was; the
// percentage is a whole number from 0 to 100 ("50" or "50%"); the status is one of the
// drop-down's words (or its key), and cancelling needs the progress text as its reason; impact
// evidenced is the board's to accept, never a lead's.
ActionReturnsPlan readActionReturns(const QString &path, const ActionReturnsContext &context);

} // namespace assure
