// assure-cli history FILE [--csv OUT | --json] [--since DATE]: the change history, exported.
#include "cli/historyverb.h"

#include "interchange/history/historyexport.h"
#include "storage/history/historylog.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace assure {

QString HistoryVerb::summary() const
{
    return QCoreApplication::translate(
        "assure::HistoryVerb",
        "List the change history (who changed what, when, old and new values), or export it as CSV or JSON.");
}

int HistoryVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 QCoreApplication::translate("assure::HistoryVerb", "Write the entries to OUT as CSV."),
                                 QStringLiteral("OUT"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("assure::HistoryVerb", "Print the entries as JSON."));
    const QCommandLineOption since(
        QStringLiteral("since"),
        QCoreApplication::translate("assure::HistoryVerb",
                                    "Only entries from DATE on (YYYY-MM-DD, local time), or from a date and time "
                                    "(YYYY-MM-DDTHH:MM)."),
        QStringLiteral("DATE"));
    parser.addOptions({csv, json, since});
    if (!parse(parser, args, io, 1, QStringLiteral("FILE [--csv OUT | --json] [--since DATE]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.isSet(csv) && parser.isSet(json)) {
        io.err << QCoreApplication::translate("assure::HistoryVerb", "Give either --csv OUT or --json, not both.")
               << Qt::endl;
        return ExitUsage;
    }
    QDateTime from;
    if (parser.isSet(since)) {
        const QString text = parser.value(since).trimmed();
        const QDate day = QDate::fromString(text, Qt::ISODate);
        from = day.isValid() ? day.startOfDay() : QDateTime::fromString(text, Qt::ISODate);
        if (!from.isValid()) {
            io.err << QCoreApplication::translate(
                          "assure::HistoryVerb",
                          "--since: “%1” is not a date; write it as 2026-04-01 or 2026-04-01T09:30.")
                          .arg(text)
                   << Qt::endl;
            return ExitUsage;
        }
    }
    int exitCode = ExitOk;
    const auto file = openFile(parser.positionalArguments().constFirst(), io, &exitCode);
    if (!file)
        return exitCode;
    QString error;
    std::vector<HistoryEntry> entries = HistoryLog::load(file->handle(), 0, &error);
    if (!error.isEmpty()) {
        io.err << QCoreApplication::translate("assure::HistoryVerb", "The change history cannot be read: %1").arg(error)
               << Qt::endl;
        return ExitDamaged;
    }
    if (from.isValid())
        entries.erase(
            std::remove_if(entries.begin(), entries.end(), [&](const HistoryEntry &e) { return e.time() < from; }),
            entries.end());

    if (parser.isSet(csv)) {
        if (!exportHistory(parser.value(csv), entries, &error)) {
            io.err << QCoreApplication::translate("assure::HistoryVerb", "%1 could not be written: %2")
                          .arg(QDir::toNativeSeparators(parser.value(csv)), error)
                   << Qt::endl;
            return ExitFailure;
        }
        io.out << QCoreApplication::translate("assure::HistoryVerb", "%n history entries written to %1", nullptr,
                                              int(entries.size()))
                      .arg(QDir::toNativeSeparators(parser.value(csv)))
               << Qt::endl;
    } else if (parser.isSet(json)) {
        QJsonArray rows;
        for (const HistoryEntry &e : entries)
            rows.append(historyEntryJson(e));
        io.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    } else {
        for (const HistoryEntry &e : entries) {
            const QString what =
                e.action == QLatin1String("start")
                    ? e.newValues
                    : QStringLiteral("%1 %2 %3  %4 -> %5").arg(e.action, e.table, e.key, e.oldValues, e.newValues);
            io.out << QStringLiteral("%1  %2  %3@%4  %5  %6  %7\n")
                          .arg(e.id)
                          .arg(e.time().toLocalTime().toString(Qt::ISODate), e.user, e.machine, e.kind, e.label, what);
        }
    }
    return ExitOk;
}

} // namespace assure
