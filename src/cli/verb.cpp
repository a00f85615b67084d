// One assure-cli verb: its name, a line of help, and what it does with its arguments.
#include "cli/verb.h"

#include <QCoreApplication>

namespace assure {

bool Verb::parse(QCommandLineParser &parser, const QStringList &args, CliStreams io, int positional,
                 const QString &positionalHelp) const
{
    parser.setApplicationDescription(summary());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("assure::Verb", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        io.err << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.isSet(help)) {
        // Qt's first line names the program as it was typed ("Usage: ./assure-cli [options]"); say
        // the verb and what it takes instead.
        const QString text = parser.helpText();
        io.out << QCoreApplication::translate("assure::Verb", "Usage: assure-cli %1 %2").arg(name(), positionalHelp)
               << text.mid(text.indexOf(u'\n'));
        return false;
    }
    if (parser.positionalArguments().size() != positional) {
        io.err << QCoreApplication::translate("assure::Verb", "usage: assure-cli %1 %2").arg(name(), positionalHelp)
               << Qt::endl;
        return false;
    }
    return true;
}

bool readAsOf(const QCommandLineParser &parser, CliStreams io, QDate *day)
{
    const QString option = QStringLiteral("as-of");
    if (!parser.isSet(option))
        return true;
    const QDate read = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!read.isValid()) {
        io.err << QCoreApplication::translate("assure::Verb", "--as-of: “%1” is not a date like 2026-09-30.")
                      .arg(parser.value(option))
               << Qt::endl;
        return false;
    }
    *day = read;
    return true;
}

std::optional<Period> readYear(const QCommandLineParser &parser, int fyStartMonth, CliStreams io)
{
    const QString value = parser.value(QStringLiteral("year"));
    const auto year = Period::parse(value, fyStartMonth);
    if (year && year->kind() == Period::Kind::Year)
        return year;
    io.err << QCoreApplication::translate("assure::Verb", "--year: “%1” is not a financial year like %2.")
                  .arg(value, Period::yearLabel(QDate::currentDate().year(), fyStartMonth))
           << Qt::endl;
    return std::nullopt;
}

} // namespace assure
