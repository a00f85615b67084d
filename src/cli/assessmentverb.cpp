// assure-cli assessment: the board's self-assessment rounds, and per agency of one round its
// status, evidence completeness and the count of each rating per standard (self or moderated).
#include "cli/assessmentverb.h"

#include "core/valueformat.h"
#include "workspace/assessment/assessmentkinds.h"
#include "workspace/assessment/rounddata.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace assure {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("assure::AssessmentVerb", text);
}

QJsonObject countsJson(const RatingCounts &counts)
{
    QJsonObject out;
    for (AssessmentRating r : allAssessmentRatings())
        out.insert(assessmentRatingKey(r), counts[size_t(r)]);
    return out;
}

} // namespace

QString AssessmentVerb::summary() const
{
    return translated(QT_TRANSLATE_NOOP("assure::AssessmentVerb",
                                        "Self-assessment: `rounds FILE` lists the rounds; `summary FILE --round "
                                        "LABEL` gives each agency's status, evidence completeness and ratings; "
                                        "`export-pack` and `import-pack` send return packs out and read them back."));
}

int AssessmentVerb::run(const QStringList &args, CliStreams io)
{
    const QString what = args.value(1);
    // The rest goes to the sub-verb's parser, named "assessment rounds" as its program.
    const QStringList rest = QStringList{args.value(0) + QLatin1Char(' ') + what} + args.mid(2);
    if (what == QLatin1String("rounds"))
        return rounds(rest, io);
    if (what == QLatin1String("summary"))
        return roundSummary(rest, io);
    if (what == QLatin1String("export-pack"))
        return exportPack(rest, io);
    if (what == QLatin1String("import-pack"))
        return importPack(rest, io);
    if (what == QLatin1String("--help") || what == QLatin1String("-h")) {
        io.out << summary() << Qt::endl;
        return ExitOk;
    }
    io.err << translated(QT_TRANSLATE_NOOP("assure::AssessmentVerb",
                                           "usage: assure-cli assessment rounds FILE [--json]\n"
                                           "       assure-cli assessment summary FILE --round LABEL [--moderated] "
                                           "[--json]\n"
                                           "       assure-cli assessment export-pack FILE --round LABEL --agency NAME "
                                           "--out PACK.xlsx | --all --out DIR\n"
                                           "       assure-cli assessment import-pack FILE PACK.xlsx [--dry-run]"))
           << Qt::endl;
    return ExitUsage;
}

int AssessmentVerb::rounds(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  translated(QT_TRANSLATE_NOOP("assure::AssessmentVerb", "Print JSON.")));
    parser.addOption(json);
    if (!parse(parser, args, io, 1, QStringLiteral("rounds FILE [--json]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    int exitCode = ExitOk;
    const auto ws = openWorkspace(parser.positionalArguments().constFirst(), BoardFile::Mode::ReadOnly, io, &exitCode);
    if (!ws)
        return exitCode;
    const ValueFormat format;
    QJsonArray rows;
    for (const AssessmentRound &r : ws->items<AssessmentRound>()) {
        const AssessmentFramework *f = ws->items<AssessmentFramework>().find(r.frameworkId);
        int agencies = 0;
        for (const RoundAgency &a : ws->items<RoundAgency>())
            agencies += a.roundId == r.id ? 1 : 0;
        if (parser.isSet(json)) {
            rows.append(QJsonObject{{QStringLiteral("label"), r.label},
                                    {QStringLiteral("framework"), f ? f->name : QString()},
                                    {QStringLiteral("framework_version"), f ? f->version : 0},
                                    {QStringLiteral("year"), r.year},
                                    {QStringLiteral("deadline"), machine::date(r.deadline)},
                                    {QStringLiteral("agencies"), agencies}});
        } else {
            io.out << translated(QT_TRANSLATE_NOOP("assure::AssessmentVerb",
                                                   "%1  %2 (version %3)  deadline %4  %5 agencies\n"))
                          .arg(r.label, -24)
                          .arg(f ? f->name : QString())
                          .arg(f ? f->version : 0)
                          .arg(r.deadline.isValid() ? format.date(r.deadline) : QStringLiteral("–"))
                          .arg(agencies);
        }
    }
    if (parser.isSet(json))
        io.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    return ExitOk;
}

int AssessmentVerb::roundSummary(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption round(
        QStringLiteral("round"),
        translated(QT_TRANSLATE_NOOP("assure::AssessmentVerb", "The round, by its label: \"Section 11 2026/27\".")),
        QStringLiteral("LABEL"));
    const QCommandLineOption moderated(
        QStringLiteral("moderated"),
        translated(QT_TRANSLATE_NOOP("assure::AssessmentVerb",
                                     "Count the moderated ratings the QA sub-group agreed (default: self-ratings).")));
    const QCommandLineOption json(QStringLiteral("json"),
                                  translated(QT_TRANSLATE_NOOP("assure::AssessmentVerb", "Print JSON.")));
    parser.addOptions({round, moderated, json});
    if (!parse(parser, args, io, 1, QStringLiteral("summary FILE --round LABEL [--moderated] [--json]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (!parser.isSet(round)) {
        io.err << translated(
                      QT_TRANSLATE_NOOP("assure::AssessmentVerb",
                                        "--round: say which round, by its label (assessment rounds lists them)."))
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
        io.err << translated(QT_TRANSLATE_NOOP("assure::AssessmentVerb",
                                               "--round: the board has no round called “%1” (assessment rounds lists "
                                               "them)."))
                      .arg(parser.value(round))
               << Qt::endl;
        return ExitUsage;
    }

    const RatingSource source = parser.isSet(moderated) ? RatingSource::Moderated : RatingSource::Self;
    const RoundData data(*ws, roundId, false);
    const ValueFormat format;
    QJsonArray rows;
    int nameWidth = 6;
    for (const RoundAgency &a : data.agencies())
        nameWidth = std::max(nameWidth, int(data.agencyName(a).size()));
    if (!parser.isSet(json)) {
        // Says which ratings it shows, and how a standard is summed up.
        io.out << translated(QT_TRANSLATE_NOOP("assure::AssessmentVerb", "%1: %2, the worst per standard\n"))
                      .arg(data.round().label, ratingSourceLabel(source));
        QString header = QStringLiteral("%1  %2  %3 ")
                             .arg(translated(QT_TRANSLATE_NOOP("assure::AssessmentVerb", "Agency")), -nameWidth)
                             .arg(translated(QT_TRANSLATE_NOOP("assure::AssessmentVerb", "Status")), -11)
                             .arg(translated(QT_TRANSLATE_NOOP("assure::AssessmentVerb", "Evidence")), 8);
        for (const AssessmentStandard &s : data.standards())
            header += QStringLiteral(" %1").arg(s.number, -9);
        io.out << header.trimmed() << QLatin1Char('\n');
    }
    for (const RoundAgency &a : data.agencies()) {
        const QList<StandardRatings> ratings = data.ratings(a.id, source);
        const Completeness completeness = data.completeness(a.id);
        if (parser.isSet(json)) {
            QJsonObject byStandard;
            for (const StandardRatings &s : ratings)
                byStandard.insert(QString::number(s.number), countsJson(countRatings(s.ratings)));
            rows.append(
                QJsonObject{{QStringLiteral("agency"), data.agencyName(a)},
                            {QStringLiteral("status"), returnStatusKey(a.status)},
                            {QStringLiteral("completeness"), completeness.fraction()},
                            {QStringLiteral("ratings_of"),
                             source == RatingSource::Self ? QStringLiteral("self") : QStringLiteral("moderated")},
                            {QStringLiteral("ratings"), byStandard}});
        } else {
            QString line = QStringLiteral("%1  %2  %3 ")
                               .arg(data.agencyName(a), -nameWidth)
                               .arg(returnStatusLabel(a.status), -11)
                               .arg(format.percent(completeness.fraction() * 100.0, 0), 8);
            for (const StandardRatings &s : ratings)
                line += QStringLiteral(" %1").arg(assessmentRatingLabel(worstRating(s.ratings)), -9);
            io.out << line.trimmed() << QLatin1Char('\n');
        }
    }
    if (parser.isSet(json))
        io.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    return ExitOk;
}

} // namespace assure
