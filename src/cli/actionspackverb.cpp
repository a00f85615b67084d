// assure-cli actions-pack: writes the progress return pack of one agency, or of every agency that owes actions.
#include "cli/actionspackverb.h"

#include "workspace/actions/actionreturnpacks.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::ActionsPackVerb)
};

// A file name from an agency's name: letters, digits and hyphens kept, apostrophes dropped and
// the rest made spaces, so that "Health & Care (North)" is a name every file system takes.
QString fileNameFor(const QString &agency)
{
    QString name;
    for (const QChar c : agency) {
        if (c == QLatin1Char('\'') || c == QChar(0x2019))
            continue;
        name += c.isLetterOrNumber() || c == QLatin1Char('-') ? c : QLatin1Char(' ');
    }
    name = name.simplified();
    return (name.isEmpty() ? QStringLiteral("agency") : name) + QStringLiteral(" progress return.xlsx");
}

} // namespace

QString ActionsPackVerb::summary() const
{
    return Tr::tr("Write an agency's action progress return pack (XLSX) for its leads to fill in.");
}

int ActionsPackVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption agency(QStringLiteral("agency"), Tr::tr("The agency whose open actions go in the pack."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 Tr::tr("A pack for every agency that owns open actions, one file each, into --out."));
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("The pack (.xlsx), or with --all the folder."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption deadline(QStringLiteral("deadline"),
                                      Tr::tr("When the board wants it back, YYYY-MM-DD (said on the cover)."),
                                      QStringLiteral("DATE"));
    parser.addOptions({agency, all, out, deadline});
    if (!parse(parser, args, io, 1,
               QStringLiteral("FILE --agency NAME --out PACK.xlsx | --all --out DIR [--deadline DATE]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.isSet(agency) == parser.isSet(all) || !parser.isSet(out)) {
        io.err << Tr::tr("Give --agency NAME or --all, and --out.") << Qt::endl;
        return ExitUsage;
    }
    const QString target = parser.value(out);
    if (parser.isSet(agency) && !target.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)) {
        io.err << Tr::tr("%1: a pack is written as .xlsx; give that ending.").arg(target) << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(all) && !QFileInfo(target).isDir()) {
        io.err << Tr::tr("%1: with --all, --out is a folder that exists.").arg(QDir::toNativeSeparators(target))
               << Qt::endl;
        return ExitUsage;
    }
    QDate due;
    if (parser.isSet(deadline)) {
        due = QDate::fromString(parser.value(deadline), Qt::ISODate);
        if (!due.isValid()) {
            io.err << Tr::tr("--deadline: “%1” is not a date like 2026-09-30.").arg(parser.value(deadline)) << Qt::endl;
            return ExitUsage;
        }
    }
    int exitCode = ExitOk;
    const auto ws = openWorkspace(parser.positionalArguments().constFirst(), BoardFile::Mode::ReadOnly, io, &exitCode);
    if (!ws)
        return exitCode;

    QList<qint64> agencies;
    if (parser.isSet(all)) {
        agencies = agenciesOwingActions(*ws);
        if (agencies.isEmpty()) {
            io.err << Tr::tr("No agency owns an open action: there is no pack to write.") << Qt::endl;
            return ExitUsage;
        }
    } else {
        const QString wanted = parser.value(agency).trimmed();
        for (const Agency &a : ws->items<Agency>())
            if (a.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
                agencies << a.id;
        if (agencies.isEmpty()) {
            io.err << Tr::tr("--agency: the board has no agency called “%1”.").arg(wanted) << Qt::endl;
            return ExitUsage;
        }
        if (!agenciesOwingActions(*ws).contains(agencies.constFirst())) {
            io.err << Tr::tr("%1 owns no open action: there is no pack to write.").arg(wanted) << Qt::endl;
            return ExitUsage;
        }
    }
    for (const qint64 id : std::as_const(agencies)) {
        const QString name = ws->items<Agency>().find(id)->name;
        const QString path = parser.isSet(all) ? QDir(target).filePath(fileNameFor(name)) : target;
        QString error;
        int count = 0;
        if (!exportActionReturns(*ws, id, due, path, &error, &count)) {
            io.err << error << Qt::endl;
            return ExitFailure;
        }
        io.out << Tr::tr("%1: %2 (open actions: %3)").arg(name, QDir::toNativeSeparators(path)).arg(count) << Qt::endl;
    }
    return ExitOk;
}

} // namespace assure
