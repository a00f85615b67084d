// Undoable edits particular to the survey: a year's questionnaire, a returned form entered by
// keyboard, an imported file of responses. Changing or deleting one question, and deleting a
// response, go through Workspace::update/remove.
#pragma once

#include "core/survey/surveyresults.h"
#include "interchange/survey/surveyimport.h"
#include "workspace/survey/surveykinds.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

#include <vector>

namespace assure {

// The year's questions in position order.
std::vector<SurveyQuestion> surveyQuestionnaire(const Workspace &ws, int year);
// The year's results (surveyresults.h).
SurveyResults surveyResultsOf(const Workspace &ws, int year);
// The years that have questions or responses, newest first.
QList<int> surveyYears(const Workspace &ws);

class SurveyEdits final
{
    Q_DECLARE_TR_FUNCTIONS(assure::SurveyEdits)

public:
    explicit SurveyEdits(Workspace &workspace) : m_ws(workspace) {}

    // Adds a question at the end of the year's questionnaire. The new id in *id.
    bool addQuestion(int year, SurveyQuestionKind kind, const QString &text, QString *error = nullptr,
                     qint64 *id = nullptr);

    // Adds one returned form as one undo step: an answer per question answered (answers' ids and
    // response ids are given here). Refused when an answer is to a question of another year, a
    // rating is given for a question that is not a statement, or nothing is answered.
    bool addResponse(int year, const std::vector<SurveyAnswer> &answers, QString *error = nullptr,
                     qint64 *id = nullptr);

    SurveyImportContext importContext(int year) const;
    // Reads a CSV or XLSX file and plans its import into year; a plan with its error set when the
    // file cannot be read.
    SurveyImportPlan planFile(int year, const QString &path) const;
    // Writes an import (interchange/survey/surveyimport.h) as one undo step: the new questionnaire
    // when the year had none, and each New row as a response with its answers, in a shuffled order.
    // The number of responses written, or -1 and why.
    int applyImport(const SurveyImportPlan &plan, int year, const QString &source, QString *error = nullptr);

private:
    Workspace &m_ws;
};

} // namespace assure
