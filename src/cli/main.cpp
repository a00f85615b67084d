// main() of assure-cli: Assure without a window.
#include "cli/cli.h"
#include "version.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

int main(int argc, char *argv[])
{
    // `report` draws charts with QtCharts, which needs a QApplication; it shows nothing, so offscreen.
    const bool draws = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (draws)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (draws)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Assure"));
    QCoreApplication::setApplicationName(QStringLiteral("assure-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSURE_VERSION));
    // Dates and numbers read as the desktop program shows them: the British way, whatever the system's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QStringList args = QCoreApplication::arguments();
    // The messages in the locale's words (British English: "1 entry", not "1 entries").
    QTranslator own;
    if (own.load(QLocale(), QStringLiteral("assure"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&own);
    // --pseudo-translation, anywhere: every string marked and a third longer, to find untranslated text.
    QTranslator pseudo;
    if (args.removeAll(QStringLiteral("--pseudo-translation")) > 0 &&
        pseudo.load(QStringLiteral(":/i18n/assure_pseudo.qm")))
        QCoreApplication::installTranslator(&pseudo);
    return assure::runCli(args);
}
