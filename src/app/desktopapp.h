// The desktop program's start: command line, locale, translations, settings, the main window.
#pragma once

#include <QStringList>

namespace assure {

// args as from QCoreApplication::arguments(); needs a QApplication. Returns the exit code.
int runDesktop(const QStringList &args);

} // namespace assure
