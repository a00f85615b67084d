// Issue 18's survey target on the large demo: importing 5,000 responses.
#include "surveybench.h"

#include "interchange/tablefile.h"
#include "timing.h"
#include "workspace/survey/surveyedits.h"

#include <QFile>

namespace assure {

namespace {

constexpr double kImportUnderMs = 1000.0;
constexpr int kResponses = 5000;
constexpr int kStatements = 10;
// A year the large demo has no survey for, so that each import makes its questionnaire too.
constexpr int kYear = 2030;

// What a form tool exports: identifying columns, a sector, ten statements in words and numbers,
// two free-text questions.
bool writeResponsesCsv(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1 cannot be written").arg(path);
        return false;
    }
    QByteArray csv("ID,Start time,Completion time,Email,Name,Sector");
    for (int q = 1; q <= kStatements; ++q)
        csv += QStringLiteral(",Statement %1 about the board").arg(q).toUtf8();
    csv += ",What should the board change?,What works well?\n";
    const char *const words[] = {"Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree",
                                 "Strongly agree"};
    const char *const sectors[] = {"Local authority", "Health", "Police", "Education", "Voluntary sector"};
    for (int r = 0; r < kResponses; ++r) {
        csv += QStringLiteral("%1,01/03/2031 09:00,01/03/2031 09:07,person%1@example.org,Person %1,%2")
                   .arg(r)
                   .arg(QLatin1String(sectors[r % 5]))
                   .toUtf8();
        for (int q = 0; q < kStatements; ++q) {
            const int rating = 1 + (r * 7 + q * 3) % 5;
            csv += ',';
            csv += q % 2 ? QByteArray::number(rating) : QByteArray(words[rating - 1]);
        }
        csv += r % 3 ? ",,\n" : ",Shorter papers,The chair\n";
    }
    return file.write(csv) == csv.size();
}

} // namespace

bool timeSurvey(const QString &path, const QString &workDir, int runs, SurveySamples *s, QString *error)
{
    OpenResult result;
    auto ws = Workspace::open(path, BoardFile::Mode::ReadWrite, &result);
    if (!ws) {
        *error = result.message;
        return false;
    }
    const QString csv = workDir + QStringLiteral("/survey-responses.csv");
    if (!writeResponsesCsv(csv, error))
        return false;
    for (int i = 0; i < runs; ++i) {
        const int answersBefore = ws->items<SurveyAnswer>().size();
        QElapsedTimer t;
        t.start();
        const auto table = readTableFile(csv, error);
        if (!table)
            return false;
        const double read = msSince(t);
        SurveyEdits edits(*ws);
        const SurveyImportPlan plan = planSurveyImport(*table, edits.importContext(kYear));
        const double planned = msSince(t);
        if (!plan.isUsable() || plan.counts.rejected != 0 ||
            edits.applyImport(plan, kYear, QStringLiteral("bench"), error) != kResponses) {
            if (error->isEmpty())
                *error = plan.isUsable() ? plan.rejectedLines().join(QLatin1Char('\n')).left(500) : plan.error;
            return false;
        }
        const double total = msSince(t);
        s->import.push_back(total);
        s->read.push_back(read);
        s->plan.push_back(planned - read);
        s->write.push_back(total - planned);
        s->responses = kResponses;
        s->answers = ws->items<SurveyAnswer>().size() - answersBefore;
        ws->undoStack()->undo();
    }
    return true;
}

void addSurveyFigures(const SurveySamples &s, JsonObject &timings, JsonObject &targets, JsonObject &met)
{
    JsonObject import = statsJson(s.import);
    import.addInt("responses", s.responses)
        .addInt("answers", s.answers)
        .addNumber("read_median", median(s.read))
        .addNumber("plan_median", median(s.plan))
        .addNumber("write_median", median(s.write));
    timings.addObject("survey_import_5000", import);
    targets.addNumber("survey_import_5000_under_ms", kImportUnderMs, 0);
    met.addBool("survey_import_5000", median(s.import) < kImportUnderMs);
}

} // namespace assure
