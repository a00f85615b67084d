// Actions to and from spreadsheets (issue 14, part 7): the board's side of the action import and export.
#pragma once

#include "core/actions/action.h"
#include "interchange/actions/actionimport.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

namespace assure {

class Workspace;

// The percentage each action reported last (by date, and on one day the one entered last);
// actions that never reported one are absent.
QHash<qint64, int> latestPercents(const Workspace &ws);

ActionImportContext actionImportContext(const Workspace &ws);

// Which actions an export writes, as `assure-cli actions` filters them.
struct ActionFilter final
{
    qint64 agencyId = 0; // 0: any
    qint64 leadId = 0;   // 0: any
    std::optional<ActionStatus> status;
    bool overdue = false; // with dueSoon: either
    bool dueSoon = false;
    QDate asOf; // for overdue and due soon
};

// Writes the import's columns (CSV or XLSX by the file's ending), so that an export imports back unchanged.
bool exportActions(const Workspace &ws, const QString &path, const ActionFilter &filter, QString *error);

} // namespace assure
