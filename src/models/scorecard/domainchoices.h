// The board's scorecard domains as choices for a combo box: "No domain" first, then the list in order.
#pragma once

#include "models/tablemodelbase.h"

namespace assure {

class Workspace;

QList<Choice> domainChoices(const Workspace &workspace);

} // namespace assure
