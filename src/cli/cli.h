// The assure-cli program: finds the verb and runs it.
#pragma once

#include <QStringList>

namespace assure {

// args as from QCoreApplication::arguments(); returns the exit code.
int runCli(const QStringList &args);

} // namespace assure
