// assure-cli indicators-template OUT.csv|OUT.xlsx: an empty measurements import template.
#include "cli/templateverb.h"

#include "interchange/indicators/measurementexport.h"

#include <QCoreApplication>

namespace assure {

QString TemplateVerb::summary() const
{
    return QCoreApplication::translate("assure::TemplateVerb",
                                       "Write an empty measurements import template (.csv or .xlsx).");
}

int TemplateVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    if (!parse(parser, args, io, 1, QStringLiteral("OUT.csv|OUT.xlsx")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const QString out = parser.positionalArguments().constFirst();
    if (!out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) &&
        !out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        io.err << QCoreApplication::translate("assure::TemplateVerb", "%1: the template is written as .csv or .xlsx.")
                      .arg(out)
               << Qt::endl;
        return ExitUsage;
    }
    QString error;
    if (!writeMeasurementTemplate(out, 4, &error)) {
        io.err << error << Qt::endl;
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace assure
