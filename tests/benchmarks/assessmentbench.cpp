// Issue 16's self-assessment targets on the large demo: the heatmap of a round of 200 agencies, every pack of it
// exported, and one pack imported.
#include "assessmentbench.h"

#include "gui/assessment/assessmentpage.h"
#include "timing.h"
#include "workspace/assessment/assessmentedits.h"
#include "workspace/assessment/assessmentpackfiles.h"
#include "workspace/assessment/rounddata.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>

#include <memory>

namespace assure {

namespace {

constexpr double kHeatmapUnderMs = 100.0;
constexpr double kExportAllUnderMs = 10000.0;
constexpr double kImportOneUnderMs = 200.0;

// The newest round and the one before it, by year.
std::pair<qint64, qint64> newestRounds(const Workspace &ws)
{
    const AssessmentRound *newest = nullptr;
    for (const AssessmentRound &r : ws.items<AssessmentRound>())
        if (!newest || r.year > newest->year)
            newest = &r;
    return {newest ? newest->id : 0, newest ? newest->previousRoundId : 0};
}

} // namespace

bool timeAssessment(const QString &path, const QString &workDir, int runs, AssessmentSamples *s, QString *error)
{
    OpenResult result;
    auto ws = Workspace::open(path, BoardFile::Mode::ReadWrite, &result);
    if (!ws) {
        *error = result.message;
        return false;
    }
    const auto [roundId, lastYearId] = newestRounds(*ws);
    if (roundId == 0 || lastYearId == 0) {
        *error = QStringLiteral("the board has no self-assessment round started from another");
        return false;
    }
    {
        const RoundData round(*ws, roundId);
        s->agencies = int(round.agencies().size());
        s->criteria = int(round.criteria().size());
    }
    auto page = std::make_unique<AssessmentPage>(ws.get());
    page->resize(1280, 800);
    page->show();
    QApplication::processEvents();
    for (int i = 0; i < runs; ++i) {
        page->selectRound(lastYearId);
        QApplication::processEvents();
        QElapsedTimer t;
        t.start();
        page->selectRound(roundId);
        page->repaint();
        s->heatmapShown.push_back(msSince(t));
    }
    page.reset();

    const QString folder = QDir(workDir).filePath(QStringLiteral("assessment-packs"));
    QDir().mkpath(folder);
    QString pack;
    qint64 packReturn = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const RoundData round(*ws, roundId);
        for (const RoundAgency &a : round.agencies()) {
            const QString file = QDir(folder).filePath(assessmentPackFileName(round.agencyName(a)));
            if (!exportAssessmentPack(*ws, round, a.id, file, error))
                return false;
            if (!packReturn && !round.answers(a.id).empty()) {
                packReturn = a.id;
                pack = file;
            }
        }
        s->exportAll.push_back(msSince(t));
    }
    if (!packReturn) {
        *error = QStringLiteral("no agency of the round has answered");
        return false;
    }

    // The board's answers are changed after the pack was written (each criterion one step up or
    // down), so that importing it puts every one back: a pack that changes its whole return.
    AssessmentEdits edits(*ws);
    const RoundData round(*ws, roundId);
    for (const AssessmentCriterion &c : round.criteria()) {
        CriterionReturn answer;
        if (const CriterionReturn *stored = round.answer(packReturn, c.id))
            answer = *stored;
        answer.roundAgencyId = packReturn;
        answer.criterionId = c.id;
        answer.selfRating =
            answer.selfRating == AssessmentRating::Red ? AssessmentRating::Amber : AssessmentRating::Red;
        answer.evidence += QStringLiteral(" (changed)");
        if (!edits.setAnswer(answer, QDate::currentDate(), error))
            return false;
    }
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const AssessmentPackPlan plan = planAssessmentPack(*ws, pack);
        if (!plan.canWrite() || !edits.applyPack(plan, QDate::currentDate(), QStringLiteral("bench.xlsx"), error)) {
            if (error->isEmpty())
                *error = plan.refusal + plan.problems.join(QLatin1Char('\n'));
            return false;
        }
        s->importOne.push_back(msSince(t));
        s->changes = int(plan.changes.size());
        ws->undoStack()->undo();
    }
    // The board as it was, for the benchmarks after this one.
    for (size_t i = 0; i < round.criteria().size(); ++i)
        ws->undoStack()->undo();
    return true;
}

void addAssessmentFigures(const AssessmentSamples &s, JsonObject &timings, JsonObject &targets, JsonObject &met)
{
    JsonObject heatmap = statsJson(s.heatmapShown);
    heatmap.addInt("agencies", s.agencies).addInt("criteria", s.criteria);
    JsonObject exportAll = statsJson(s.exportAll);
    exportAll.addInt("packs", s.agencies);
    JsonObject importOne = statsJson(s.importOne);
    importOne.addInt("criteria_changed", s.changes);
    timings.addObject("assessment_heatmap_shown", heatmap)
        .addObject("assessment_export_all", exportAll)
        .addObject("assessment_import_one", importOne);
    targets.addNumber("assessment_heatmap_shown_under_ms", kHeatmapUnderMs, 0)
        .addNumber("assessment_export_all_under_ms", kExportAllUnderMs, 0)
        .addNumber("assessment_import_one_under_ms", kImportOneUnderMs, 0);
    met.addBool("assessment_heatmap_shown", median(s.heatmapShown) < kHeatmapUnderMs)
        .addBool("assessment_export_all", median(s.exportAll) < kExportAllUnderMs)
        .addBool("assessment_import_one", median(s.importOne) < kImportOneUnderMs);
}

} // namespace assure
