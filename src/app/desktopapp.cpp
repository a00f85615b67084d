// The desktop program's start: command line, locale, translations, settings, the main window.
#include "app/desktopapp.h"

#include "gui/mainwindow.h"
#include "workspace/demo/demoboard.h"
#include "workspace/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

namespace assure {

namespace {

// The pseudo-translation (every string marked and a third longer) replaces the locale's own.
void installTranslations(QApplication &app, bool pseudo)
{
    auto *qtBase = new QTranslator(&app);
    if (qtBase->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtBase);
    auto *own = new QTranslator(&app);
    const bool loaded =
        pseudo ? own->load(QStringLiteral(":/i18n/assure_pseudo.qm"))
               : own->load(QLocale(), QStringLiteral("assure"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (loaded)
        QApplication::installTranslator(own);
}

} // namespace

int runDesktop(const QStringList &args)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "assure::DesktopApp", "Assure: performance management and quality assurance for safeguarding partnerships."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("assure::DesktopApp", "The board file (.assure) to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("assure::DemoVerb", "Open a fresh demo board (a fictional partnership)."));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("assure::DesktopApp", "Show every page, save DIR/<page>.png for each, and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption pseudo(
        QStringLiteral("pseudo-translation"),
        QApplication::translate("assure::DesktopApp",
                                "Show every string marked and a third longer, to find text that is not translated "
                                "or is cut short."));
    parser.addOption(demo);
    parser.addOption(screenshots);
    parser.addOption(pseudo);
    parser.process(args); // --help, --version and bad options end the program here

    installTranslations(*app, parser.isSet(pseudo));
    if (parser.positionalArguments().size() > 1) {
        err << QApplication::translate("assure::DesktopApp", "Give one board file at most.") << Qt::endl;
        return 2;
    }
    QString file = parser.positionalArguments().value(0);
    QTemporaryDir demoDir;
    if (parser.isSet(demo)) {
        if (!file.isEmpty()) {
            err << QApplication::translate("assure::DesktopApp", "Give a board file or --demo, not both.") << Qt::endl;
            return 2;
        }
        file = demoDir.filePath(QStringLiteral("Westmere demo.assure"));
        QString error;
        if (!writeDemoBoard(file, DemoOptions{}, &error)) {
            err << error << Qt::endl;
            return 1;
        }
    }
    const bool screenshotMode = parser.isSet(screenshots);
    // Screenshots use a settings file of their own, so they look the same on every machine.
    QTemporaryDir settingsDir;
    std::unique_ptr<Settings> settings =
        screenshotMode ? std::make_unique<Settings>(settingsDir.filePath(QStringLiteral("settings.ini")))
                       : std::make_unique<Settings>();

    MainWindow window(settings.get());
    window.setInteractive(!screenshotMode);
    if (!file.isEmpty() && !window.openFile(file) && screenshotMode)
        return 2;
    if (screenshotMode) {
        window.resize(1280, 800);
        window.show();
        const QString dir = parser.value(screenshots);
        int code = 0;
        QTimer::singleShot(0, &window, [&] {
            code = window.saveScreenshots(dir) ? 0 : 1;
            if (code != 0)
                err << QApplication::translate("assure::DesktopApp", "Screenshots could not be written to %1.")
                           .arg(QDir::toNativeSeparators(dir))
                    << Qt::endl;
            QApplication::quit();
        });
        QApplication::exec();
        return code;
    }
    window.show();
    return QApplication::exec();
}

} // namespace assure
