// An escalation log file (CSV or XLSX) read and planned against a board, for the page's import:
// the GUI asks here rather than reading files itself (interchange is below it).
#pragma once

#include "interchange/voices/escalationimport.h"

namespace assure {

class Workspace;

// Every row checked against the board; nothing written. A file that cannot be read gives a plan
// with its error.
EscalationImportPlan planEscalationFile(Workspace &ws, const QString &path);

} // namespace assure
