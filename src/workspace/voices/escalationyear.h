// A financial year of the escalation log as of a day: what the voices section, the page's trends
// and the board pack count (core/voices/escalationtally.h), over the board's own year.
#pragma once

#include "core/voices/escalationtally.h"

#include <QDate>

namespace assure {

class Workspace;

// The year starting in startYear, up to asOf when that falls within it (nothing after asOf is
// known yet).
EscalationTally escalationYear(const Workspace &ws, int startYear, const QDate &asOf);

} // namespace assure
