// assure-cli assessment export-pack FILE --round LABEL --agency NAME --out PACK.xlsx (--all --out DIR) and
// assessment import-pack FILE PACK.xlsx [--dry-run]: self-assessment return packs out to agencies, and back.
#include "cli/assessmentverb.h"

#include "workspace/assessment/assessmentedits.h"
#include "workspace/assessment/assessmentpackfiles.h"
#include "workspace/assessment/rounddata.h"
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
    Q_DECLARE_TR_FUNCTIONS(assure::AssessmentPackVerb)
};

// "rating Not rated -> GREEN; evidence; planned improvement": what a pack changes of one answer.
QString changeText(const AssessmentPackChange &change)
{
    QStringList parts;
    if (change.before.selfRating != change.after.selfRating)
        parts << Tr::tr("rating %1 -> %2")
                     .arg(assessmentRatingLabel(change.before.selfRating),
                          assessmentRatingLabel(change.after.selfRating));
    if (change.before.evidence != change.after.evidence)
        parts << Tr::tr("evidence");
    if (change.before.evidenceRefs != change.after.evidenceRefs)
        parts << Tr::tr("evidence references");
    if (change.before.plannedImprovement != change.after.plannedImprovement)
        parts << Tr::tr("planned improvement");
    return parts.join(QStringLiteral("; "));
}

} // namespace

int AssessmentVerb::exportPack(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption round(QStringLiteral("round"), Tr::tr("The round, by its label: \"Section 11 2026/27\"."),
                                   QStringLiteral("LABEL"));
    const QCommandLineOption agency(QStringLiteral("agency"), Tr::tr("The invited agency whose pack to write."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 Tr::tr("A pack for every agency invited to the round, one file each, into --out."));
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("The pack (.xlsx), or with --all the folder."),
                                 QStringLiteral("PATH"));
    parser.addOptions({round, agency, all, out});
    if (!parse(parser, args, io, 1,
               QStringLiteral("export-pack FILE --round LABEL --agency NAME --out PACK.xlsx | --all --out DIR")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (!parser.isSet(round) || parser.isSet(agency) == parser.isSet(all) || !parser.isSet(out)) {
        io.err << Tr::tr("Give --round LABEL, --agency NAME or --all, and --out.") << Qt::endl;
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
    int exitCode = ExitOk;
    const auto ws = openWorkspace(parser.positionalArguments().constFirst(), BoardFile::Mode::ReadOnly, io, &exitCode);
    if (!ws)
        return exitCode;
    qint64 roundId = 0;
    for (const AssessmentRound &r : ws->items<AssessmentRound>())
        if (r.label.trimmed().compare(parser.value(round).trimmed(), Qt::CaseInsensitive) == 0)
            roundId = r.id;
    if (!roundId) {
        io.err << Tr::tr("--round: the board has no round called “%1” (assessment rounds lists them).")
                      .arg(parser.value(round))
               << Qt::endl;
        return ExitUsage;
    }
    const RoundData data(*ws, roundId);
    QList<const RoundAgency *> invited;
    for (const RoundAgency &a : data.agencies())
        if (parser.isSet(all) ||
            data.agencyName(a).trimmed().compare(parser.value(agency).trimmed(), Qt::CaseInsensitive) == 0)
            invited << &a;
    if (invited.isEmpty()) {
        io.err << (parser.isSet(all)
                       ? Tr::tr("No agency is invited to %1: there is no pack to write.").arg(data.round().label)
                       : Tr::tr("--agency: “%1” is not invited to %2.").arg(parser.value(agency), data.round().label))
               << Qt::endl;
        return ExitUsage;
    }
    for (const RoundAgency *a : std::as_const(invited)) {
        const QString name = data.agencyName(*a);
        const QString path = parser.isSet(all) ? QDir(target).filePath(assessmentPackFileName(name)) : target;
        QString error;
        if (!exportAssessmentPack(*ws, data, a->id, path, &error)) {
            io.err << error << Qt::endl;
            return ExitFailure;
        }
        io.out << Tr::tr("%1: %2").arg(name, QDir::toNativeSeparators(path)) << Qt::endl;
    }
    return ExitOk;
}

int AssessmentVerb::importPack(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Tr::tr("Check every cell and report, but write nothing."));
    parser.addOption(dryRun);
    if (!parse(parser, args, io, 2, QStringLiteral("import-pack FILE PACK.xlsx [--dry-run]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const bool write = !parser.isSet(dryRun);
    int exitCode = ExitOk;
    const auto ws = openWorkspace(parser.positionalArguments().constFirst(),
                                  write ? BoardFile::Mode::ReadWrite : BoardFile::Mode::ReadOnly, io, &exitCode);
    if (!ws)
        return exitCode;
    const QString pack = parser.positionalArguments().at(1);
    const AssessmentPackPlan plan = planAssessmentPack(*ws, pack);
    if (!plan.isUsable()) {
        io.err << plan.refusal << Qt::endl;
        return ExitUsage;
    }
    // A pack is taken whole: with a problem in it, only the problems are said, and nothing is written.
    if (!plan.canWrite()) {
        for (const QString &problem : plan.problems)
            io.out << problem << Qt::endl;
        return ExitRejected;
    }
    for (const AssessmentPackChange &change : plan.changes)
        io.out << Tr::tr("%1 (%2): %3").arg(change.code, change.cell, changeText(change)) << Qt::endl;
    if (write) {
        QString why;
        if (!AssessmentEdits(*ws).applyPack(plan, QDate::currentDate(), QFileInfo(pack).fileName(), &why)) {
            io.err << why << Qt::endl;
            return ExitFailure;
        }
        io.out << QStringLiteral("updated %1 criteria").arg(plan.changes.size()) << Qt::endl;
    } else {
        io.out << QStringLiteral("would update %1 criteria (dry run: nothing written)").arg(plan.changes.size())
               << Qt::endl;
    }
    return ExitOk;
}

} // namespace assure
