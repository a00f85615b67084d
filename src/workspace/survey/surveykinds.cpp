// The survey's kinds: the uniqueness of a year's questions, the Edit menu's words, the registration.
#include "workspace/survey/surveykinds.h"

#include "core/period.h"
#include "core/survey/surveyresults.h"
#include "workspace/kindops.h"

namespace assure {

QString KindTraits<SurveyQuestion>::addText(const Workspace &, const SurveyQuestion &q)
{
    return SurveyKinds::tr("Add %1 survey question").arg(Period::yearLabel(q.year));
}

QString KindTraits<SurveyQuestion>::editText(const Workspace &, const SurveyQuestion &q)
{
    return SurveyKinds::tr("Edit %1 survey question").arg(Period::yearLabel(q.year));
}

QString KindTraits<SurveyQuestion>::deleteText(const Workspace &, const SurveyQuestion &q)
{
    return SurveyKinds::tr("Delete %1 survey question").arg(Period::yearLabel(q.year));
}

QString KindTraits<SurveyQuestion>::clash(const Workspace &ws, const SurveyQuestion &q)
{
    const QString words = comparableQuestion(q.text);
    for (const SurveyQuestion &other : ws.items<SurveyQuestion>()) {
        if (other.id == q.id || other.year != q.year)
            continue;
        if (comparableQuestion(other.text) == words)
            return SurveyKinds::tr("The %1 questionnaire already asks “%2”.").arg(Period::yearLabel(q.year), q.text);
        if (q.kind == SurveyQuestionKind::Breakdown && other.kind == SurveyQuestionKind::Breakdown)
            return SurveyKinds::tr("The %1 questionnaire already has a breakdown, “%2”; it may have one.")
                .arg(Period::yearLabel(q.year), other.text);
    }
    return {};
}

QString KindTraits<SurveyResponse>::addText(const Workspace &, const SurveyResponse &r)
{
    return SurveyKinds::tr("Add %1 survey response").arg(Period::yearLabel(r.year));
}

QString KindTraits<SurveyResponse>::editText(const Workspace &, const SurveyResponse &r)
{
    return SurveyKinds::tr("Edit %1 survey response").arg(Period::yearLabel(r.year));
}

QString KindTraits<SurveyResponse>::deleteText(const Workspace &, const SurveyResponse &r)
{
    return SurveyKinds::tr("Delete %1 survey response").arg(Period::yearLabel(r.year));
}

QString KindTraits<SurveyResponse>::deleteQuestion(const SurveyResponse &r)
{
    return SurveyKinds::tr("a %1 survey response").arg(Period::yearLabel(r.year));
}

void SurveyKinds::registerAll()
{
    registerKind<SurveyQuestion>();
    registerKind<SurveyResponse>();
    registerKind<SurveyAnswer>();
}

} // namespace assure
