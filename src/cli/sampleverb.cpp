// assure-cli sample: reads the candidates (and exclusions) with the interchange readers, draws with
// CaseSampling, and prints the references in the order drawn and the seed.
#include "cli/sampleverb.h"

#include "core/audits/casesampling.h"
#include "interchange/audits/samplecandidates.h"
#include "interchange/tablefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <optional>

namespace assure {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("assure::SampleVerb", text);
}

std::optional<SourceTable> readTable(const QString &option, const QString &path, CliStreams io)
{
    QString error;
    std::optional<SourceTable> table = readTableFile(path, &error);
    if (!table)
        io.err << QStringLiteral("--%1: %2").arg(option, error) << Qt::endl;
    return table;
}

} // namespace

QString SampleVerb::summary() const
{
    return translated(QT_TRANSLATE_NOOP(
        "assure::SampleVerb", "A reproducible random sample of case references: the same input and seed, the same "
                              "sample."));
}

int SampleVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption candidates(
        QStringLiteral("candidates"),
        translated(QT_TRANSLATE_NOOP("assure::SampleVerb",
                                     "The cases to draw from, .csv or .xlsx: a header row, then one case a row; the "
                                     "references in the column headed case_ref, or else the first column.")),
        QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  translated(QT_TRANSLATE_NOOP("assure::SampleVerb", "How many cases to draw.")),
                                  QStringLiteral("N"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        translated(QT_TRANSLATE_NOOP("assure::SampleVerb",
                                     "The seed, a whole number from 0 to 18446744073709551615; record it with the "
                                     "audit.")),
        QStringLiteral("S"));
    const QCommandLineOption stratify(
        QStringLiteral("stratify"),
        translated(QT_TRANSLATE_NOOP("assure::SampleVerb",
                                     "Draw from each value of this column (a team, an agency) in turn: in proportion "
                                     "to its cases unless --per-stratum is given.")),
        QStringLiteral("COLUMN"));
    const QCommandLineOption perStratum(
        QStringLiteral("per-stratum"),
        translated(QT_TRANSLATE_NOOP("assure::SampleVerb",
                                     "With --stratify: K cases from every stratum (--size, if given, must be the "
                                     "total).")),
        QStringLiteral("K"));
    const QCommandLineOption proportional(
        QStringLiteral("proportional"),
        translated(QT_TRANSLATE_NOOP("assure::SampleVerb",
                                     "With --stratify: share --size between strata in proportion to their cases.")));
    const QCommandLineOption exclude(
        QStringLiteral("exclude"),
        translated(QT_TRANSLATE_NOOP("assure::SampleVerb",
                                     "Cases never to draw (audited lately), .csv or .xlsx, read like the candidates.")),
        QStringLiteral("FILE"));
    parser.addOptions({candidates, size, seed, stratify, perStratum, proportional, exclude});
    if (!parse(parser, args, io, 0,
               QStringLiteral("--candidates CASES.csv|.xlsx --size N --seed S [--stratify COLUMN [--per-stratum K | "
                              "--proportional]] [--exclude LIST.csv]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;

    auto fail = [&io](const QString &message) {
        io.err << message << Qt::endl;
        return int(ExitUsage);
    };
    if (!parser.isSet(candidates))
        return fail(translated(QT_TRANSLATE_NOOP("assure::SampleVerb", "sample needs --candidates FILE.")));
    if (!parser.isSet(seed))
        return fail(translated(
            QT_TRANSLATE_NOOP("assure::SampleVerb", "sample needs --seed S, so that the sample can be drawn again.")));
    if (parser.isSet(perStratum) && parser.isSet(proportional))
        return fail(translated(QT_TRANSLATE_NOOP("assure::SampleVerb",
                                                 "--per-stratum and --proportional are two ways to stratify: choose "
                                                 "one.")));
    if ((parser.isSet(perStratum) || parser.isSet(proportional)) && !parser.isSet(stratify))
        return fail(translated(
            QT_TRANSLATE_NOOP("assure::SampleVerb", "--per-stratum and --proportional need --stratify COLUMN.")));
    if (!parser.isSet(size) && !parser.isSet(perStratum))
        return fail(translated(QT_TRANSLATE_NOOP("assure::SampleVerb", "sample needs --size N.")));

    SampleRequest request;
    const std::optional<quint64> seedValue = CaseSampling::seedFromText(parser.value(seed));
    request.seed = seedValue.value_or(0);
    if (!seedValue)
        return fail(translated(QT_TRANSLATE_NOOP("assure::SampleVerb",
                                                 "--seed: “%1” is not a whole number from 0 to 18446744073709551615."))
                        .arg(parser.value(seed)));
    std::optional<int> sizeValue;
    if (parser.isSet(size)) {
        sizeValue = CaseSampling::countFromText(parser.value(size));
        if (!sizeValue)
            return fail(translated(QT_TRANSLATE_NOOP("assure::SampleVerb", "--size: “%1” is not a whole number."))
                            .arg(parser.value(size)));
        request.size = *sizeValue;
    }
    if (parser.isSet(perStratum)) {
        const std::optional<int> k = CaseSampling::countFromText(parser.value(perStratum));
        if (!k)
            return fail(
                translated(QT_TRANSLATE_NOOP("assure::SampleVerb", "--per-stratum: “%1” is not a whole number."))
                    .arg(parser.value(perStratum)));
        request.stratification = Stratification::PerStratum;
        request.perStratum = *k;
    } else if (parser.isSet(stratify)) {
        request.stratification = Stratification::Proportional;
    }

    const std::optional<SourceTable> table = readTable(QStringLiteral("candidates"), parser.value(candidates), io);
    if (!table)
        return ExitUsage;
    int strata = -1;
    if (parser.isSet(stratify)) {
        strata = table->column(parser.value(stratify));
        if (strata < 0)
            return fail(translated(QT_TRANSLATE_NOOP("assure::SampleVerb",
                                                     "--stratify: %1 has no column “%2”; its columns are: %3."))
                            .arg(QDir::toNativeSeparators(parser.value(candidates)), parser.value(stratify),
                                 table->header().join(QStringLiteral(", "))));
    }
    QString error;
    std::optional<QList<SampleCandidate>> read = SampleCandidates::fromTable(*table, strata, &error);
    if (!read)
        return fail(error);
    request.candidates = std::move(*read);
    if (parser.isSet(exclude)) {
        const std::optional<SourceTable> excluded = readTable(QStringLiteral("exclude"), parser.value(exclude), io);
        if (!excluded)
            return ExitUsage;
        request.excluded = SampleCandidates::refsOf(*excluded);
    }

    const SampleResult result = CaseSampling::draw(request);
    if (!result.ok())
        return fail(result.error);
    if (sizeValue && result.refs.size() != *sizeValue)
        return fail(translated(QT_TRANSLATE_NOOP("assure::SampleVerb",
                                                 "--size %1 is not %2 from each stratum, which comes to %3."))
                        .arg(QLocale().toString(*sizeValue), QLocale().toString(request.perStratum),
                             QLocale().toString(result.refs.size())));
    for (const QString &ref : result.refs)
        io.out << ref << QLatin1Char('\n');
    io.out << QStringLiteral("seed %1").arg(request.seed) << Qt::endl;
    return ExitOk;
}

} // namespace assure
