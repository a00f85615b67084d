// main() of assure-cli: Assure without a window.
#include "cli/cli.h"
#include "version.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Assure"));
    QCoreApplication::setApplicationName(QStringLiteral("assure-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSURE_VERSION));
    // Dates and numbers read as the desktop program shows them: the British way, whatever the system's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // --pseudo-translation, anywhere: every string marked and a third longer, to find untranslated text.
    QStringList args = QCoreApplication::arguments();
    QTranslator pseudo;
    if (args.removeAll(QStringLiteral("--pseudo-translation")) > 0 &&
        pseudo.load(QStringLiteral(":/i18n/assure_pseudo.qm")))
        QCoreApplication::installTranslator(&pseudo);
    return assure::runCli(args);
}
