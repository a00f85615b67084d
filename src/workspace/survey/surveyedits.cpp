// Undoable edits particular to the survey: questions, a keyed form, an import.
#include "workspace/survey/surveyedits.h"

#include "core/period.h"
#include "interchange/tablefile.h"
#include "workspace/linkedits.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace assure {

std::vector<SurveyQuestion> surveyQuestionnaire(const Workspace &ws, int year)
{
    return questionnaireOf(year, ws.items<SurveyQuestion>().items());
}

SurveyResults surveyResultsOf(const Workspace &ws, int year)
{
    return surveyResults(year, ws.items<SurveyQuestion>().items(), ws.items<SurveyResponse>().items(),
                         ws.items<SurveyAnswer>().items());
}

QList<int> surveyYears(const Workspace &ws)
{
    QSet<int> set;
    for (const SurveyQuestion &q : ws.items<SurveyQuestion>())
        set.insert(q.year);
    for (const SurveyResponse &r : ws.items<SurveyResponse>())
        set.insert(r.year);
    QList<int> out(set.begin(), set.end());
    std::sort(out.begin(), out.end(), std::greater<int>());
    return out;
}

bool SurveyEdits::addQuestion(int year, SurveyQuestionKind kind, const QString &text, QString *error, qint64 *id)
{
    SurveyQuestion q;
    q.year = year;
    q.kind = kind;
    q.text = text.trimmed();
    q.position = 1;
    for (const SurveyQuestion &other : m_ws.items<SurveyQuestion>())
        if (other.year == year)
            q.position = std::max(q.position, other.position + 1);
    const qint64 newId = nextItemId<SurveyQuestion>(m_ws);
    if (!m_ws.add(q, error))
        return false;
    if (id)
        *id = newId;
    return true;
}

bool SurveyEdits::addResponse(int year, const std::vector<SurveyAnswer> &answers, QString *error, qint64 *id)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    SurveyResponse response;
    response.id = nextItemId<SurveyResponse>(m_ws);
    response.year = year;
    if (!Workspace::acceptable(response.problems(), error))
        return false;
    ChangeSet changes;
    changes.insert(response);
    qint64 answerId = nextItemId<SurveyAnswer>(m_ws);
    QSet<qint64> asked;
    for (SurveyAnswer a : answers) {
        const SurveyQuestion *q = m_ws.items<SurveyQuestion>().find(a.questionId);
        if (!q || q->year != year) {
            if (error)
                *error =
                    tr("An answer is to a question that is not in the %1 questionnaire.").arg(Period::yearLabel(year));
            return false;
        }
        if (a.rating && q->kind != SurveyQuestionKind::Statement) {
            if (error)
                *error = tr("“%1” is not rated: it is answered in words.").arg(q->text);
            return false;
        }
        a.text = a.text.trimmed();
        if (!a.rating && a.text.isEmpty())
            continue;
        if (asked.contains(q->id)) {
            if (error)
                *error = tr("“%1” is answered twice.").arg(q->text);
            return false;
        }
        asked.insert(q->id);
        if (!Workspace::acceptable(a.problems(), error))
            return false;
        a.id = answerId++;
        a.responseId = response.id;
        changes.insert(a);
    }
    if (asked.isEmpty()) {
        if (error)
            *error = tr("The form answers no question.");
        return false;
    }
    if (!m_ws.execute(tr("Add %1 survey response").arg(Period::yearLabel(year)), std::move(changes), error))
        return false;
    if (id)
        *id = response.id;
    return true;
}

SurveyImportContext SurveyEdits::importContext(int year) const
{
    SurveyImportContext context;
    context.year = year;
    context.questionnaire = surveyQuestionnaire(m_ws, year);
    for (const SurveyResponse &r : m_ws.items<SurveyResponse>())
        context.responses += r.year == year ? 1 : 0;
    return context;
}

SurveyImportPlan SurveyEdits::planFile(int year, const QString &path) const
{
    QString error;
    const std::optional<SourceTable> table = readTableFile(path, &error);
    if (!table) {
        SurveyImportPlan plan;
        plan.error = error;
        return plan;
    }
    return planSurveyImport(*table, importContext(year));
}

int SurveyEdits::applyImport(const SurveyImportPlan &plan, int year, const QString &source, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return -1;
    // The plan was made against the questionnaire as it was; one made since would not match.
    if (plan.newQuestionnaire != surveyQuestionnaire(m_ws, year).empty()) {
        if (error)
            *error = tr("The %1 questionnaire changed after the file was checked; check it again.")
                         .arg(Period::yearLabel(year));
        return -1;
    }
    ChangeSet changes;
    QList<qint64> questionOf; // per kept column
    QList<SurveyColumnRole> roleOf;
    qint64 questionId = nextItemId<SurveyQuestion>(m_ws);
    int position = 0;
    for (const int k : plan.kept) {
        const SurveyImportColumn &c = plan.columns.at(k);
        roleOf << c.role;
        if (!plan.newQuestionnaire) {
            questionOf << c.questionId;
            continue;
        }
        SurveyQuestion q;
        q.id = questionId++;
        q.year = year;
        q.position = ++position;
        q.kind = c.role == SurveyColumnRole::Statement   ? SurveyQuestionKind::Statement
                 : c.role == SurveyColumnRole::Breakdown ? SurveyQuestionKind::Breakdown
                                                         : SurveyQuestionKind::FreeText;
        q.text = c.header.simplified();
        if (!Workspace::acceptable(q.problems(), error))
            return -1;
        changes.insert(q);
        questionOf << q.id;
    }

    // The file's order is often the order the forms came in: written shuffled, it tells nothing.
    QList<const SurveyImportRow *> rows;
    for (const SurveyImportRow &row : plan.rows)
        if (row.status == ImportStatus::New)
            rows << &row;
    std::shuffle(rows.begin(), rows.end(), *QRandomGenerator::global());

    changes.reserve<SurveyResponse>(size_t(rows.size()));
    changes.reserve<SurveyAnswer>(size_t(rows.size()) * size_t(plan.kept.size()));
    qint64 responseId = nextItemId<SurveyResponse>(m_ws);
    qint64 answerId = nextItemId<SurveyAnswer>(m_ws);
    for (const SurveyImportRow *row : std::as_const(rows)) {
        SurveyResponse response;
        response.id = responseId++;
        response.year = year;
        changes.insert(response);
        for (int i = 0; i < row->cells.size() && i < questionOf.size(); ++i) {
            const SurveyImportCell &cell = row->cells.at(i);
            if (!cell.rating && cell.text.isEmpty())
                continue;
            SurveyAnswer a;
            a.id = answerId++;
            a.responseId = response.id;
            a.questionId = questionOf.at(i);
            if (roleOf.at(i) == SurveyColumnRole::Statement)
                a.rating = cell.rating;
            else
                a.text = cell.text;
            changes.insert(a);
        }
    }
    if (changes.isEmpty())
        return 0;
    if (!m_ws.execute(tr("Import %n survey responses from %1", nullptr, int(rows.size())).arg(source),
                      std::move(changes), error))
        return -1;
    return int(rows.size());
}

} // namespace assure
