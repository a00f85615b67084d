// main() of the Assure desktop program.
#include "app/desktopapp.h"
#include "version.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Assure"));
    QApplication::setApplicationName(QStringLiteral("Assure"));
    QApplication::setApplicationDisplayName(QStringLiteral("Assure"));
    QApplication::setApplicationVersion(QStringLiteral(ASSURE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.assure.Assure"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/assure.svg")));
    // Dates and numbers read the British way unless the user's own locale is British English too.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    return assure::runDesktop(QApplication::arguments());
}
