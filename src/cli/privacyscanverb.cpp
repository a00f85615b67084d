// assure-cli privacy-scan: the anonymisation guard over standard input, line by line, or over every
// narrative field of a board file (storage/audits/narrativetexts.h). Exit 4 when anything is found.
#include "cli/privacyscanverb.h"

#include "core/audits/privacyguard.h"
#include "storage/audits/narrativetexts.h"
#include "storage/privacy/privacyacceptancefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

namespace assure {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("assure::PrivacyScanVerb", text);
}

QJsonObject hitObject(const PrivacyHit &hit)
{
    return {{QStringLiteral("kind"), privacyKindKey(hit.kind)}, {QStringLiteral("text"), hit.text}};
}

} // namespace

QString PrivacyScanVerb::summary() const
{
    return translated(QT_TRANSLATE_NOOP("assure::PrivacyScanVerb",
                                        "What looks like personal data (NHS numbers, dates of birth, postcodes, "
                                        "titled names, email addresses, phone numbers) in a board or in text."));
}

int PrivacyScanVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption stdinOption(
        QStringLiteral("stdin"),
        translated(
            QT_TRANSLATE_NOOP("assure::PrivacyScanVerb", "Check each line of standard input instead of a board.")));
    const QCommandLineOption json(QStringLiteral("json"),
                                  translated(QT_TRANSLATE_NOOP("assure::PrivacyScanVerb", "Print JSON.")));
    parser.addOptions({stdinOption, json});
    const bool fromInput = args.contains(QStringLiteral("--stdin"));
    if (!parse(parser, args, io, fromInput ? 0 : 1, QStringLiteral("FILE | --stdin [--json]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    return fromInput ? scanInput(parser.isSet(json), io)
                     : scanBoard(parser.positionalArguments().constFirst(), parser.isSet(json), io);
}

int PrivacyScanVerb::scanInput(bool json, CliStreams io) const
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        io.err << translated(QT_TRANSLATE_NOOP("assure::PrivacyScanVerb", "Standard input cannot be read."))
               << Qt::endl;
        return ExitUsage;
    }
    const QStringList lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
    QJsonArray rows;
    bool found = false;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (i == lines.size() - 1 && line.isEmpty())
            break; // the end of the last line, not a line of its own
        const QList<PrivacyHit> hits = PrivacyGuard::scan(line);
        found = found || !hits.isEmpty();
        if (json) {
            QJsonArray list;
            for (const PrivacyHit &h : hits)
                list.append(hitObject(h));
            rows.append(QJsonObject{{QStringLiteral("line"), i + 1}, {QStringLiteral("hits"), list}});
        } else {
            for (const PrivacyHit &h : hits)
                io.out << translated(QT_TRANSLATE_NOOP("assure::PrivacyScanVerb", "line %1: %2: %3"))
                              .arg(QLocale().toString(i + 1), privacyKindLabel(h.kind), h.text)
                       << QLatin1Char('\n');
        }
    }
    if (json)
        io.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    io.out.flush();
    return found ? ExitRejected : ExitOk;
}

int PrivacyScanVerb::scanBoard(const QString &path, bool json, CliStreams io) const
{
    int exitCode = ExitOk;
    const auto file = openFile(path, io, &exitCode);
    if (!file)
        return exitCode;
    QString error;
    // A hit someone accepted with a reason (in the app) is left out, as the app no longer raises it.
    const std::optional<PrivacyAcceptances> accepted = readPrivacyAcceptances(*file, &error);
    if (!accepted) {
        io.err << error << Qt::endl;
        return ExitFailure;
    }
    QJsonArray rows;
    bool found = false;
    const bool read = readNarrativeTexts(
        *file,
        [&](const NarrativeText &t) {
            const PrivacyPlace place{t.table, t.key.isEmpty() ? t.id : 0, t.key, t.field};
            for (const PrivacyHit &h : accepted->unaccepted(place, t.text)) {
                found = true;
                if (json) {
                    QJsonObject row{{QStringLiteral("table"), t.table},
                                    {QStringLiteral("id"), t.key.isEmpty() ? QJsonValue(t.id) : QJsonValue(t.key)},
                                    {QStringLiteral("field"), t.field}};
                    const QJsonObject hit = hitObject(h);
                    for (auto it = hit.begin(); it != hit.end(); ++it)
                        row.insert(it.key(), it.value());
                    rows.append(row);
                } else {
                    io.out << QStringLiteral("%1 %2 %3: %4: %5\n")
                                  .arg(t.table, t.key.isEmpty() ? QString::number(t.id) : t.key, t.field,
                                       privacyKindLabel(h.kind), h.text);
                }
            }
        },
        &error);
    if (!read) {
        io.err << error << Qt::endl;
        return ExitFailure;
    }
    if (json)
        io.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    io.out.flush();
    return found ? ExitRejected : ExitOk;
}

} // namespace assure
