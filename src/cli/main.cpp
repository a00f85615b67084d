// main() of assure-cli: Assure without a window.
#include "cli/cli.h"
#include "version.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Assure"));
    QCoreApplication::setApplicationName(QStringLiteral("assure-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSURE_VERSION));
    return assure::runCli(QCoreApplication::arguments());
}
