// The board's side of action progress returns: a pack per agency from what the board holds, and a returned pack checked
// against it.
#pragma once

#include "interchange/returnpacks/actionreturns.h"

#include <QDate>
#include <QList>
#include <QString>

namespace assure {

class Workspace;

// The agencies that own open actions, by name: those an export for all writes a pack for.
QList<qint64> agenciesOwingActions(const Workspace &ws);

// Writes the pack of one agency's open actions (by due date, then reference). count, when
// given, is set to the number of actions in it.
bool exportActionReturns(const Workspace &ws, qint64 agencyId, const QDate &deadline, const QString &path,
                         QString *error, int *count = nullptr);

// Reads a returned pack and checks each return against the board (see readActionReturns in
// interchange). agencyName, when given, refuses any other agency's pack.
ActionReturnsPlan planActionReturns(const Workspace &ws, const QString &path, const QString &agencyName = {});

} // namespace assure
