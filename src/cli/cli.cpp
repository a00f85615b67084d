// The assure-cli program: finds the verb and runs it.
#include "cli/cli.h"

#include "cli/actionspackverb.h"
#include "cli/actionsverb.h"
#include "cli/assessmentverb.h"
#include "cli/auditsverb.h"
#include "cli/backupverb.h"
#include "cli/boardyearverb.h"
#include "cli/checkverb.h"
#include "cli/createverb.h"
#include "cli/demoverb.h"
#include "cli/exportverb.h"
#include "cli/historyverb.h"
#include "cli/importverb.h"
#include "cli/indicatorsverb.h"
#include "cli/indicatorverb.h"
#include "cli/infoverb.h"
#include "cli/privacyscanverb.h"
#include "cli/programmeverb.h"
#include "cli/reportverb.h"
#include "cli/restoreverb.h"
#include "cli/sampleverb.h"
#include "cli/templateverb.h"
#include "cli/unlockverb.h"
#include "version.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace assure {

namespace {

std::vector<std::unique_ptr<Verb>> allVerbs()
{
    std::vector<std::unique_ptr<Verb>> verbs;
    verbs.push_back(std::make_unique<CreateVerb>());
    verbs.push_back(std::make_unique<DemoVerb>());
    verbs.push_back(std::make_unique<InfoVerb>());
    verbs.push_back(std::make_unique<CheckVerb>());
    verbs.push_back(std::make_unique<BackupVerb>());
    verbs.push_back(std::make_unique<RestoreVerb>());
    verbs.push_back(std::make_unique<UnlockVerb>());
    verbs.push_back(std::make_unique<HistoryVerb>());
    verbs.push_back(std::make_unique<IndicatorsVerb>());
    verbs.push_back(std::make_unique<IndicatorVerb>());
    verbs.push_back(std::make_unique<ActionsVerb>());
    verbs.push_back(std::make_unique<ActionsPackVerb>());
    verbs.push_back(std::make_unique<AssessmentVerb>());
    verbs.push_back(std::make_unique<AuditsVerb>());
    verbs.push_back(std::make_unique<ProgrammeVerb>());
    verbs.push_back(std::make_unique<SampleVerb>());
    verbs.push_back(std::make_unique<PrivacyScanVerb>());
    verbs.push_back(std::make_unique<BoardYearVerb>(
        QStringLiteral("board"),
        QT_TRANSLATE_NOOP("assure::BoardYearVerb", "The board's own business in a year: priorities, attendance, "
                                                   "budget, risks and the effectiveness survey."),
        boardYearSections));
    verbs.push_back(std::make_unique<BoardYearVerb>(
        QStringLiteral("voices"),
        QT_TRANSLATE_NOOP("assure::BoardYearVerb", "What the board heard in a year: complaints and compliments, "
                                                   "escalations, feedback, and the scorecard by domain."),
        voicesSections));
    verbs.push_back(std::make_unique<ReportVerb>());
    verbs.push_back(std::make_unique<ImportVerb>());
    verbs.push_back(std::make_unique<ExportVerb>());
    verbs.push_back(std::make_unique<TemplateVerb>());
    return verbs;
}

QString usage(const std::vector<std::unique_ptr<Verb>> &verbs)
{
    QString text =
        QCoreApplication::translate("assure::Cli", "Usage: assure-cli VERB [options]\n\n"
                                                   "Assure, headless: board files, demo data and checks.\n\nVerbs:\n");
    for (const auto &v : verbs)
        text += QStringLiteral("  %1 %2\n").arg(v->name(), -20).arg(v->summary());
    text += QCoreApplication::translate(
        "assure::Cli", "\nassure-cli VERB --help describes one verb.\n"
                       "Exit codes: 0 done; 2 bad usage or not a board file; 3 damaged file; "
                       "4 rows rejected, or personal data found; 5 the board file is open for changes elsewhere "
                       "(who holds it is on stderr).\n");
    return text;
}

} // namespace

int runCli(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto verbs = allVerbs();
    const QString first = args.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QStringLiteral("assure-cli %1").arg(QStringLiteral(ASSURE_VERSION)) << Qt::endl;
        return ExitOk;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        out << usage(verbs);
        return ExitOk;
    }
    for (const auto &v : verbs) {
        if (v->name() == first)
            return v->run(args.mid(1), CliStreams{out, err});
    }
    if (first.isEmpty())
        err << QCoreApplication::translate("assure::Cli", "assure-cli needs a verb.") << Qt::endl;
    else
        err << QCoreApplication::translate("assure::Cli", "“%1” is not an assure-cli verb.").arg(first) << Qt::endl;
    err << usage(verbs);
    return ExitUsage;
}

} // namespace assure
