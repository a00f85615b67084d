// The one question asked before something is deleted: what goes, what it takes with it or leaves
// behind, and that it can be undone, with Cancel the default.
#pragma once

#include <QString>

class QWidget;

namespace assure {

class Dependents;

// Asks "question" (e.g. "Delete the agency “Police”?") over parent, saying under it what the
// deletion does to what refers to it (dependents; empty: nothing refers to it) and that it can be
// undone. True when the user chose Delete.
bool confirmDelete(QWidget *parent, const QString &question, const QString &dependents);
// The same over what refers to the item (Workspace::dependents): when any of it refuses the
// delete, says why over parent instead of asking, and is false.
bool confirmDelete(QWidget *parent, const QString &question, const Dependents &dependents);

} // namespace assure
