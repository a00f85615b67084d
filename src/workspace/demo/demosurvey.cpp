// The demo board's survey: ten statements, two free-text questions and a sector, over two years in
// which chairing improved and hearing from children did not, and one sector too small to show.
#include "workspace/demo/demosurvey.h"

#include "core/period.h"
#include "storage/repository.h"
#include "storage/survey/surveymappings.h"

#include <QRandomGenerator>

#include <algorithm>
#include <iterator>

namespace assure {

namespace {

struct StatementSeed
{
    const char *text;
    int centre[2]; // the rating most answers fall near, the earlier year then the later, in tenths
};

const StatementSeed kStatements[] = {
    {"The board's priorities are clear and understood by my agency", {38, 41}},
    {"Board meetings are well chaired", {34, 42}},
    {"Papers arrive in good time to be read", {28, 30}},
    {"The board hears the voice of children and families", {27, 26}},
    {"Partners challenge each other constructively", {31, 35}},
    {"The board uses data to understand how well children are safeguarded", {30, 36}},
    {"Learning from reviews changes practice", {33, 34}},
    {"Sub-groups report clearly to the board", {35, 37}},
    {"My agency's contribution to the board is valued", {36, 38}},
    {"The board holds agencies to account for the actions they agree", {29, 33}},
};

const char *const kSectors[] = {"Local authority", "Health", "Police", "Education", "Voluntary sector"};

const char *const kChange[] = {
    "Shorter papers with a one-page summary on top",
    "More time on neglect, less on process",
    "Hear directly from young people at least twice a year",
    "Fewer items on each agenda so that each gets a real discussion",
    "Share the dataset a week before the meeting",
    "Bring sub-group chairs to the board more often",
};
const char *const kWorks[] = {
    "The chair makes sure every agency is heard",
    "The learning briefings after each review",
    "Challenge is taken well and followed up",
    "The dashboard is clear and easy to read",
};

// Shares of responses per sector, in percent: the voluntary sector sends few, and is suppressed.
int sectorFor(QRandomGenerator &rng)
{
    const int draw = int(rng.bounded(100));
    const int shares[] = {30, 30, 20, 15, 5};
    int sum = 0;
    for (int i = 0; i < 5; ++i) {
        sum += shares[i];
        if (draw < sum)
            return i;
    }
    return 0;
}

// A rating near centre (in tenths), 1 to 5.
int ratingNear(QRandomGenerator &rng, int centre)
{
    const int spread = int(rng.bounded(21)) - 10 + int(rng.bounded(21)) - 10; // -20 .. 20, peaked at 0
    const int tenths = centre + spread;
    return std::clamp((tenths + 5) / 10, kLowestRating, kHighestRating);
}

} // namespace

bool writeDemoSurvey(const QSqlDatabase &db, const DemoOptions &options, QString *why)
{
    QRandomGenerator rng(options.seed ^ 0x5E7F3Au);
    const int thisYear = Period::containing(options.asOf, Period::Kind::Year).financialYear();
    const bool large = options.scale == DemoScale::Large;
    Repository<SurveyQuestion> questions(db);
    Repository<SurveyResponse> responses(db);
    Repository<SurveyAnswer> answers(db);
    for (int step = 0; step < 2; ++step) {
        const int year = thisYear - 2 + step;
        int position = 0;
        std::vector<qint64> statementIds;
        const auto ask = [&](SurveyQuestionKind kind, const QString &text) {
            SurveyQuestion q;
            q.year = year;
            q.position = ++position;
            q.kind = kind;
            q.text = text;
            return questions.insert(q, why) ? q.id : 0;
        };
        const qint64 sector = ask(SurveyQuestionKind::Breakdown, QStringLiteral("Sector"));
        for (const StatementSeed &s : kStatements)
            statementIds.push_back(ask(SurveyQuestionKind::Statement, QString::fromUtf8(s.text)));
        const qint64 change = ask(SurveyQuestionKind::FreeText, QStringLiteral("What should the board change?"));
        const qint64 works = ask(SurveyQuestionKind::FreeText, QStringLiteral("What works well?"));
        if (!sector || !change || !works || std::count(statementIds.begin(), statementIds.end(), 0))
            return false;

        const int count = large ? 1000 : (step == 0 ? 24 : 30);
        for (int n = 0; n < count; ++n) {
            SurveyResponse r;
            r.year = year;
            if (!responses.insert(r, why))
                return false;
            const auto answer = [&](qint64 questionId, std::optional<int> rating, const QString &text) {
                SurveyAnswer a;
                a.responseId = r.id;
                a.questionId = questionId;
                a.rating = rating;
                a.text = text;
                return answers.insert(a, why);
            };
            bool ok = answer(sector, std::nullopt, QString::fromUtf8(kSectors[sectorFor(rng)]));
            for (size_t i = 0; ok && i < statementIds.size(); ++i)
                // One statement in twenty is left blank, as on returned forms.
                if (rng.bounded(20) != 0)
                    ok = answer(statementIds[i], ratingNear(rng, kStatements[i].centre[step]), QString());
            if (ok && rng.bounded(3) == 0)
                ok = answer(change, std::nullopt, QString::fromUtf8(kChange[rng.bounded(int(std::size(kChange)))]));
            if (ok && rng.bounded(4) == 0)
                ok = answer(works, std::nullopt, QString::fromUtf8(kWorks[rng.bounded(int(std::size(kWorks)))]));
            if (!ok)
                return false;
        }
    }
    return true;
}

} // namespace assure
