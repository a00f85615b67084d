// An entry of the board's feedback log, its voices, methods and themes.
#include "core/voices/feedback.h"

#include "core/enumnames.h"

#include <QCoreApplication>

namespace assure {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::Feedback)
};

constexpr auto kVoiceNames = enumNames<FeedbackVoice>(
    "assure::Feedback",
    {
        {FeedbackVoice::ChildOrYoungPerson, u"child_or_young_person",
         QT_TRANSLATE_NOOP("assure::Feedback", "Child or young person")},
        {FeedbackVoice::ParentOrCarer, u"parent_or_carer", QT_TRANSLATE_NOOP("assure::Feedback", "Parent or carer")},
        {FeedbackVoice::Practitioner, u"practitioner", QT_TRANSLATE_NOOP("assure::Feedback", "Practitioner")},
        {FeedbackVoice::PartnerAgency, u"partner_agency", QT_TRANSLATE_NOOP("assure::Feedback", "Partner agency")},
        {FeedbackVoice::Other, u"other", QT_TRANSLATE_NOOP("assure::Feedback", "Other")},
    });

constexpr auto kMethodNames = enumNames<FeedbackMethod>(
    "assure::Feedback",
    {
        {FeedbackMethod::Survey, u"survey", QT_TRANSLATE_NOOP("assure::Feedback", "Survey")},
        {FeedbackMethod::FocusGroup, u"focus_group", QT_TRANSLATE_NOOP("assure::Feedback", "Focus group")},
        {FeedbackMethod::Workshop, u"workshop", QT_TRANSLATE_NOOP("assure::Feedback", "Workshop")},
        {FeedbackMethod::CaseAuditConversation, u"case_audit_conversation",
         QT_TRANSLATE_NOOP("assure::Feedback", "Case audit conversation")},
        {FeedbackMethod::Advocate, u"advocate", QT_TRANSLATE_NOOP("assure::Feedback", "Advocate")},
        {FeedbackMethod::Complaint, u"complaint", QT_TRANSLATE_NOOP("assure::Feedback", "Complaint")},
        {FeedbackMethod::Other, u"other", QT_TRANSLATE_NOOP("assure::Feedback", "Other")},
    });

// "Parent or carer", "parent_or_carer" and "PARENT OR CARER" all read as one.
QString folded(const QString &text)
{
    return text.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char(' ')).simplified();
}

template <class E, class Names> std::optional<E> fromText(const Names &names, const QString &text, QString (*label)(E))
{
    const QString wanted = folded(text);
    for (E value : names.values())
        if (folded(names.key(value)) == wanted || folded(label(value)) == wanted)
            return value;
    return std::nullopt;
}

} // namespace

QString feedbackVoiceKey(FeedbackVoice voice)
{
    return kVoiceNames.key(voice);
}

std::optional<FeedbackVoice> feedbackVoiceFromKey(const QString &key)
{
    return kVoiceNames.fromKey(key);
}

QString feedbackVoiceLabel(FeedbackVoice voice)
{
    return kVoiceNames.label(voice);
}

QList<FeedbackVoice> allFeedbackVoices()
{
    return kVoiceNames.values();
}

QString feedbackMethodKey(FeedbackMethod method)
{
    return kMethodNames.key(method);
}

std::optional<FeedbackMethod> feedbackMethodFromKey(const QString &key)
{
    return kMethodNames.fromKey(key);
}

QString feedbackMethodLabel(FeedbackMethod method)
{
    return kMethodNames.label(method);
}

QList<FeedbackMethod> allFeedbackMethods()
{
    return kMethodNames.values();
}

std::optional<FeedbackVoice> feedbackVoiceFromText(const QString &text)
{
    return fromText<FeedbackVoice>(kVoiceNames, text, feedbackVoiceLabel);
}

std::optional<FeedbackMethod> feedbackMethodFromText(const QString &text)
{
    return fromText<FeedbackMethod>(kMethodNames, text, feedbackMethodLabel);
}

QStringList Feedback::problems() const
{
    QStringList out;
    if (!date.isValid())
        out << Tr::tr("Date: the entry needs the date it was heard.");
    if (summary.trimmed().isEmpty())
        out << Tr::tr("Summary: the entry needs a summary of what was said.");
    if (!kVoiceNames.fromKey(feedbackVoiceKey(voice)))
        out << Tr::tr("Voice: not one of the voices the log knows.");
    if (!kMethodNames.fromKey(feedbackMethodKey(method)))
        out << Tr::tr("How heard: not one of the ways the log knows.");
    return out;
}

QStringList FeedbackTheme::problems() const
{
    if (name.trimmed().isEmpty())
        return {Tr::tr("Theme: a theme needs a name.")};
    return {};
}

} // namespace assure
