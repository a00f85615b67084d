// An audit tool: the questions a case audit asks of each case, in sections, with the kind of answer
// each takes; its JSON form (kept in a board's tools and copied into each audit); a case's answers
// and their check against the questions.
#pragma once

#include "core/audits/grades.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

enum class AnswerKind { Grade, YesNo, Number, Text };
// Keys: "grade", "yes_no", "number", "text".
QString answerKindKey(AnswerKind kind);
std::optional<AnswerKind> answerKindFromKey(const QString &key);
QString answerKindLabel(AnswerKind kind);
QList<AnswerKind> allAnswerKinds();

// The answers a yes / no question takes.
enum class YesNo { Yes, Partial, No, NotApplicable };
// Keys: "yes", "partial", "no", "not_applicable".
QString yesNoKey(YesNo answer);
std::optional<YesNo> yesNoFromKey(const QString &key);
QString yesNoLabel(YesNo answer);
QList<YesNo> allYesNo();

enum class ToolKind { MultiAgency, SingleAgency };
// Keys: "multi_agency", "single_agency".
QString toolKindKey(ToolKind kind);
std::optional<ToolKind> toolKindFromKey(const QString &key);
QString toolKindLabel(ToolKind kind);
QList<ToolKind> allToolKinds();

struct Question
{
    QString id; // what a case's answers are keyed by: stable while the text is edited
    QString text;
    QString guidance; // for the auditor: what to look for
    AnswerKind kind = AnswerKind::YesNo;

    bool operator==(const Question &o) const
    {
        return id == o.id && text == o.text && guidance == o.guidance && kind == o.kind;
    }
    bool operator!=(const Question &o) const { return !(*this == o); }
};

struct QuestionSection
{
    QString title;
    QList<Question> questions;

    bool operator==(const QuestionSection &o) const { return title == o.title && questions == o.questions; }
    bool operator!=(const QuestionSection &o) const { return !(*this == o); }
};

struct Questionnaire
{
    QString name;
    ToolKind kind = ToolKind::MultiAgency;
    QList<QuestionSection> sections;

    // {"kind": "multi_agency", "name": "...", "sections": [{"questions": [{"guidance": "...",
    // "id": "q1", "kind": "yes_no", "text": "..."}], "title": "..."}]}, compact, keys in this
    // (alphabetical) order: the form board files keep and tests compare.
    QString toJson() const;
    // Empty or blank text is an empty questionnaire; text that is not a questionnaire is refused,
    // with the reason in *error.
    static std::optional<Questionnaire> fromJson(const QString &json, QString *error = nullptr);

    // A name, and every question with its words and an id of its own.
    QStringList problems() const;
    bool isEmpty() const { return sections.isEmpty(); }
    int questionCount() const;
    // The question with an id, or null.
    const Question *question(const QString &id) const;
    // Its place for people: "Q3.2" is the second question of the third section; empty if not here.
    QString number(const QString &id) const;
    // An id no question has yet: "q" and the next number.
    QString newQuestionId() const;

    bool operator==(const Questionnaire &o) const { return name == o.name && kind == o.kind && sections == o.sections; }
    bool operator!=(const Questionnaire &o) const { return !(*this == o); }
};

// A case's answers as its JSON keeps them: question id to the answer, a grade's key, a yes / no
// key, a number or a text; a question not answered is left out.
QJsonObject answersFromJson(const QString &json);
QString answersToJson(const QJsonObject &answers);

// What is wrong with one answer to a question, naming it ("Q3.2 “Was the child seen?”: “maybe” is
// not yes, no, partial or not applicable"); empty when it is right for the question's kind.
QString answerProblem(const Questionnaire &tool, const Question &question, const GradeScale &scale,
                      const QJsonValue &answer);
// Every answer checked, and answers to questions the tool does not ask.
QStringList answerProblems(const Questionnaire &tool, const GradeScale &scale, const QJsonObject &answers);

// An answer as typed, read for a question's kind: a grade by its key or label, yes / no / partial /
// not applicable (or y, n, p, n/a), a number in the locale's or the C form, any text. A blank
// answer is no answer (nullopt, *error empty); a wrong one is nullopt with the reason in *error.
std::optional<QJsonValue> readAnswer(const Questionnaire &tool, const Question &question, const GradeScale &scale,
                                     const QString &typed, QString *error);

} // namespace assure
