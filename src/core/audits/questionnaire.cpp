// Audit tools: names, the JSON form, and answers checked against their questions.
#include "core/audits/questionnaire.h"

#include "core/enumnames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace assure {

namespace {

constexpr auto kAnswerKinds = enumNames<AnswerKind>(
    "assure::Questionnaire",
    {
        {AnswerKind::Grade, u"grade", QT_TRANSLATE_NOOP("assure::Questionnaire", "Grade")},
        {AnswerKind::YesNo, u"yes_no", QT_TRANSLATE_NOOP("assure::Questionnaire", "Yes / no / partial / n/a")},
        {AnswerKind::Number, u"number", QT_TRANSLATE_NOOP("assure::Questionnaire", "Number")},
        {AnswerKind::Text, u"text", QT_TRANSLATE_NOOP("assure::Questionnaire", "Text")},
    });

constexpr auto kYesNo = enumNames<YesNo>(
    "assure::Questionnaire",
    {
        {YesNo::Yes, u"yes", QT_TRANSLATE_NOOP("assure::Questionnaire", "Yes")},
        {YesNo::Partial, u"partial", QT_TRANSLATE_NOOP("assure::Questionnaire", "Partial")},
        {YesNo::No, u"no", QT_TRANSLATE_NOOP("assure::Questionnaire", "No")},
        {YesNo::NotApplicable, u"not_applicable", QT_TRANSLATE_NOOP("assure::Questionnaire", "Not applicable")},
    });

constexpr auto kToolKinds = enumNames<ToolKind>(
    "assure::Questionnaire",
    {
        {ToolKind::MultiAgency, u"multi_agency", QT_TRANSLATE_NOOP("assure::Questionnaire", "Multi-agency")},
        {ToolKind::SingleAgency, u"single_agency", QT_TRANSLATE_NOOP("assure::Questionnaire", "Single-agency")},
    });

QString translated(const char *text)
{
    return QCoreApplication::translate("assure::Questionnaire", text);
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// An answer as people read it in a message: quoted, the first 60 characters.
QString shown(const QJsonValue &v)
{
    QString text;
    if (v.isString())
        text = v.toString();
    else if (v.isDouble())
        text = QLocale().toString(v.toDouble());
    else if (v.isBool())
        text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else
        text = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    if (text.size() > 60)
        text = text.left(60) + QStringLiteral("…");
    return QStringLiteral("“%1”").arg(text);
}

QString gradeList(const GradeScale &scale)
{
    QStringList labels;
    for (const Grade &g : scale.grades())
        labels << g.label;
    return QLocale().createSeparatedList(labels);
}

} // namespace

QString answerKindKey(AnswerKind kind)
{
    return kAnswerKinds.key(kind);
}
std::optional<AnswerKind> answerKindFromKey(const QString &key)
{
    return kAnswerKinds.fromKey(key);
}
QString answerKindLabel(AnswerKind kind)
{
    return kAnswerKinds.label(kind);
}
QList<AnswerKind> allAnswerKinds()
{
    return kAnswerKinds.values();
}

QString yesNoKey(YesNo answer)
{
    return kYesNo.key(answer);
}
std::optional<YesNo> yesNoFromKey(const QString &key)
{
    return kYesNo.fromKey(key);
}
QString yesNoLabel(YesNo answer)
{
    return kYesNo.label(answer);
}
QList<YesNo> allYesNo()
{
    return kYesNo.values();
}

QString toolKindKey(ToolKind kind)
{
    return kToolKinds.key(kind);
}
std::optional<ToolKind> toolKindFromKey(const QString &key)
{
    return kToolKinds.fromKey(key);
}
QString toolKindLabel(ToolKind kind)
{
    return kToolKinds.label(kind);
}
QList<ToolKind> allToolKinds()
{
    return kToolKinds.values();
}

QString Questionnaire::toJson() const
{
    QJsonArray sectionArray;
    for (const QuestionSection &s : sections) {
        QJsonArray questionArray;
        for (const Question &q : s.questions)
            questionArray.append(QJsonObject{{key("id"), q.id},
                                             {key("text"), q.text},
                                             {key("guidance"), q.guidance},
                                             {key("kind"), answerKindKey(q.kind)}});
        sectionArray.append(QJsonObject{{key("title"), s.title}, {key("questions"), questionArray}});
    }
    const QJsonObject root{{key("name"), name}, {key("kind"), toolKindKey(kind)}, {key("sections"), sectionArray}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

std::optional<Questionnaire> Questionnaire::fromJson(const QString &json, QString *error)
{
    Questionnaire out;
    if (json.trimmed().isEmpty())
        return out;
    auto refuse = [error](const QString &why) -> std::optional<Questionnaire> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(translated(QT_TRANSLATE_NOOP("assure::Questionnaire", "The audit tool is not a JSON object: %1"))
                          .arg(parse.errorString()));
    const QJsonObject root = doc.object();
    out.name = root.value(key("name")).toString();
    const std::optional<ToolKind> kind = toolKindFromKey(root.value(key("kind")).toString());
    if (!kind)
        return refuse(translated(QT_TRANSLATE_NOOP("assure::Questionnaire",
                                                   "The audit tool's kind %1 is not multi_agency or single_agency."))
                          .arg(shown(root.value(key("kind")))));
    out.kind = *kind;
    for (const QJsonValue &sv : root.value(key("sections")).toArray()) {
        const QJsonObject so = sv.toObject();
        QuestionSection s;
        s.title = so.value(key("title")).toString();
        for (const QJsonValue &qv : so.value(key("questions")).toArray()) {
            const QJsonObject qo = qv.toObject();
            Question q;
            q.id = qo.value(key("id")).toString();
            q.text = qo.value(key("text")).toString();
            q.guidance = qo.value(key("guidance")).toString();
            const std::optional<AnswerKind> answer = answerKindFromKey(qo.value(key("kind")).toString());
            if (!answer)
                return refuse(
                    translated(
                        QT_TRANSLATE_NOOP(
                            "assure::Questionnaire",
                            "The question %1 has the answer kind %2, which is not grade, yes_no, number or text."))
                        .arg(shown(q.text), shown(qo.value(key("kind")))));
            q.kind = *answer;
            s.questions.append(q);
        }
        out.sections.append(s);
    }
    return out;
}

QStringList Questionnaire::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << translated(QT_TRANSLATE_NOOP("assure::Questionnaire", "The audit tool needs a name."));
    QSet<QString> ids;
    for (int s = 0; s < sections.size(); ++s) {
        if (sections.at(s).title.trimmed().isEmpty())
            out << translated(QT_TRANSLATE_NOOP("assure::Questionnaire", "Section %1 needs a title.")).arg(s + 1);
        for (int i = 0; i < sections.at(s).questions.size(); ++i) {
            const Question &q = sections.at(s).questions.at(i);
            if (q.text.trimmed().isEmpty())
                out << translated(QT_TRANSLATE_NOOP("assure::Questionnaire", "Q%1.%2 needs its words."))
                           .arg(s + 1)
                           .arg(i + 1);
            if (q.id.trimmed().isEmpty() || ids.contains(q.id))
                out << translated(QT_TRANSLATE_NOOP("assure::Questionnaire", "Q%1.%2 needs an id of its own."))
                           .arg(s + 1)
                           .arg(i + 1);
            ids.insert(q.id);
        }
    }
    return out;
}

int Questionnaire::questionCount() const
{
    int n = 0;
    for (const QuestionSection &s : sections)
        n += int(s.questions.size());
    return n;
}

const Question *Questionnaire::question(const QString &id) const
{
    for (const QuestionSection &s : sections)
        for (const Question &q : s.questions)
            if (q.id == id)
                return &q;
    return nullptr;
}

QString Questionnaire::number(const QString &id) const
{
    for (int s = 0; s < sections.size(); ++s)
        for (int i = 0; i < sections.at(s).questions.size(); ++i)
            if (sections.at(s).questions.at(i).id == id)
                return QStringLiteral("Q%1.%2").arg(s + 1).arg(i + 1);
    return {};
}

QString Questionnaire::newQuestionId() const
{
    int highest = 0;
    for (const QuestionSection &s : sections)
        for (const Question &q : s.questions)
            if (q.id.startsWith(QLatin1Char('q')))
                highest = std::max(highest, q.id.mid(1).toInt());
    return QStringLiteral("q%1").arg(highest + 1);
}

QJsonObject answersFromJson(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString answersToJson(const QJsonObject &answers)
{
    return answers.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact));
}

QString answerProblem(const Questionnaire &tool, const Question &question, const GradeScale &scale,
                      const QJsonValue &answer)
{
    QString why;
    switch (question.kind) {
    case AnswerKind::Grade:
        if (!answer.isString() || !scale.contains(answer.toString()))
            why = translated(QT_TRANSLATE_NOOP("assure::Questionnaire", "%1 is not one of the grades %2"))
                      .arg(shown(answer), gradeList(scale));
        break;
    case AnswerKind::YesNo:
        if (!answer.isString() || !yesNoFromKey(answer.toString()))
            why = translated(QT_TRANSLATE_NOOP("assure::Questionnaire", "%1 is not yes, no, partial or not applicable"))
                      .arg(shown(answer));
        break;
    case AnswerKind::Number:
        if (!answer.isDouble() || !std::isfinite(answer.toDouble()))
            why = translated(QT_TRANSLATE_NOOP("assure::Questionnaire", "%1 is not a number")).arg(shown(answer));
        break;
    case AnswerKind::Text:
        if (!answer.isString())
            why = translated(QT_TRANSLATE_NOOP("assure::Questionnaire", "%1 is not text")).arg(shown(answer));
        break;
    }
    if (why.isEmpty())
        return {};
    return QStringLiteral("%1 “%2”: %3").arg(tool.number(question.id), question.text, why);
}

QStringList answerProblems(const Questionnaire &tool, const GradeScale &scale, const QJsonObject &answers)
{
    QStringList out;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const Question *q = tool.question(it.key());
        if (!q)
            out << translated(QT_TRANSLATE_NOOP("assure::Questionnaire", "“%1” is not a question of the audit's tool."))
                       .arg(it.key());
        else if (const QString why = answerProblem(tool, *q, scale, it.value()); !why.isEmpty())
            out << why;
    }
    return out;
}

std::optional<QJsonValue> readAnswer(const Questionnaire &tool, const Question &question, const GradeScale &scale,
                                     const QString &typed, QString *error)
{
    const QString t = typed.trimmed();
    if (error)
        error->clear();
    if (t.isEmpty())
        return std::nullopt;
    QJsonValue value(t);
    switch (question.kind) {
    case AnswerKind::Grade:
        for (const Grade &g : scale.grades())
            if (t.compare(g.key, Qt::CaseInsensitive) == 0 || t.compare(g.label, Qt::CaseInsensitive) == 0)
                value = g.key;
        break;
    case AnswerKind::YesNo: {
        const QString lower = t.toLower();
        const std::pair<QString, YesNo> words[] = {{QStringLiteral("y"), YesNo::Yes},
                                                   {QStringLiteral("n"), YesNo::No},
                                                   {QStringLiteral("p"), YesNo::Partial},
                                                   {QStringLiteral("n/a"), YesNo::NotApplicable},
                                                   {QStringLiteral("na"), YesNo::NotApplicable}};
        for (const auto &[word, answer] : words)
            if (lower == word)
                value = yesNoKey(answer);
        for (const YesNo answer : allYesNo())
            if (lower == yesNoKey(answer) || lower == yesNoLabel(answer).toLower())
                value = yesNoKey(answer);
        break;
    }
    case AnswerKind::Number: {
        bool ok = false;
        double d = QLocale().toDouble(t, &ok);
        if (!ok)
            d = QLocale::c().toDouble(t, &ok);
        if (ok)
            value = d;
        break;
    }
    case AnswerKind::Text: break;
    }
    const QString why = answerProblem(tool, question, scale, value);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return value;
}

} // namespace assure
