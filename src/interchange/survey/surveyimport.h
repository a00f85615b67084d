// Plans an import of survey responses from the CSV or XLSX an online form tool exports (issue 18,
// part 3): one row a response, one column a question. Columns that identify a respondent are
// dropped before anything else is read, and the plan says which.
#pragma once

#include "core/survey/survey.h"
#include "interchange/indicators/importstatus.h"
#include "interchange/sourcetable.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace assure {

// The headers taken as identifying, compared without case, spaces or punctuation ("E-mail
// address" is "emailaddress"): what Microsoft Forms, Google Forms, SurveyMonkey, Jisc Online
// Surveys and SmartSurvey put beside the answers (ID, Respondent ID, Response ID, Collector ID,
// Name, First name, Last name, Email, Email address, Start time, Completion time, Last modified
// time, Start date, End date, Timestamp, Submitted, IP address, Username, Phone...).
QStringList identifyingHeaders();
// Whether a header is one of them.
bool isIdentifyingHeader(const QString &header);
// The headers taken as the breakdown (the group a response falls in): Sector, Breakdown, Group.
bool isBreakdownHeader(const QString &header);

// What the board holds for the year imported into.
struct SurveyImportContext final
{
    int year = 0;
    std::vector<SurveyQuestion> questionnaire; // the year's questions; empty when it has none
    int responses = 0;                         // the year's responses already held
};

enum class SurveyColumnRole {
    Identifying, // dropped, never stored
    Statement,
    FreeText,
    Breakdown,
};

// "identifying", "statement", "free text", "breakdown": for the preview.
QString surveyColumnRoleLabel(SurveyColumnRole role);

struct SurveyImportColumn final
{
    int column = 0; // 0-based, in the file
    QString header;
    SurveyColumnRole role = SurveyColumnRole::FreeText;
    qint64 questionId = 0; // the question of the year's questionnaire it answers; 0 when new
};

// One kept column's answer in a row.
struct SurveyImportCell final
{
    std::optional<int> rating; // statements
    QString text;              // free text and the breakdown
};

struct SurveyImportRow final
{
    int rowNumber = 0;
    ImportStatus status = ImportStatus::Rejected;
    QList<SurveyImportCell> cells; // one per entry of SurveyImportPlan::kept, in that order
    QString reason;                // why a row is rejected
};

// Nothing in a plan has been written. The caller writes the new questionnaire (when there is one)
// and every New row in one transaction (or none if it was asked for all or nothing and
// counts.rejected is not 0).
struct SurveyImportPlan final
{
    QString error;
    QStringList warnings;
    QList<SurveyImportColumn> columns; // every column of the file, in its order
    QList<int> kept;                   // places in columns of the ones read (not identifying)
    bool newQuestionnaire = false;     // the year had none: its questions are the kept columns
    QList<SurveyImportRow> rows;
    ImportCounts counts;

    bool isUsable() const { return error.isEmpty(); }
    // The identifying columns' headers, in file order.
    QStringList droppedColumns() const;
    QStringList rejectedLines() const;
};

// Rules. Identifying columns (by header, or whose every filled cell is an email address) are
// dropped. A file with no other column is refused. Into a year with no questionnaire, the kept
// columns make one in file order: the breakdown column (isBreakdownHeader), statements (columns in
// which at least half of the filled cells are ratings: 1 to 5 or the words, ratingFromText) and
// free text (the rest). Into a year with one, each kept column must be one of its questions (same
// words, ignoring case and spacing) and each of its statements a column. A row is rejected, with the
// row and column named, when a statement's cell is not a rating, or when it answers nothing.
SurveyImportPlan planSurveyImport(const SourceTable &table, const SurveyImportContext &context);

} // namespace assure
