// An entry of the board's feedback log (issue 19, part 1): what a child, a parent or carer, a
// practitioner or a partner said, how it was heard, its themes, and the actions that answered it.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

// Whose voice an entry records.
enum class FeedbackVoice { ChildOrYoungPerson, ParentOrCarer, Practitioner, PartnerAgency, Other };

// Keys: "child_or_young_person", "parent_or_carer", "practitioner", "partner_agency", "other".
QString feedbackVoiceKey(FeedbackVoice voice);
std::optional<FeedbackVoice> feedbackVoiceFromKey(const QString &key);
QString feedbackVoiceLabel(FeedbackVoice voice);
QList<FeedbackVoice> allFeedbackVoices();

// How it was heard.
enum class FeedbackMethod { Survey, FocusGroup, Workshop, CaseAuditConversation, Advocate, Complaint, Other };

// Keys: "survey", "focus_group", "workshop", "case_audit_conversation", "advocate", "complaint",
// "other".
QString feedbackMethodKey(FeedbackMethod method);
std::optional<FeedbackMethod> feedbackMethodFromKey(const QString &key);
QString feedbackMethodLabel(FeedbackMethod method);
QList<FeedbackMethod> allFeedbackMethods();

// A spreadsheet may give a voice or method by its key or by its label ("Parent or carer"), in any
// case and with spaces for underscores, as people type them.
std::optional<FeedbackVoice> feedbackVoiceFromText(const QString &text);
std::optional<FeedbackMethod> feedbackMethodFromText(const QString &text);

struct Feedback
{
    qint64 id = 0;
    QDate date; // when it was heard
    FeedbackVoice voice = FeedbackVoice::ChildOrYoungPerson;
    FeedbackMethod method = FeedbackMethod::Survey;
    qint64 agencyId = 0; // the agency it concerns or came through; 0: none named
    QString summary;     // in anonymised words
    QString whatChanged; // what the board did because of it

    // A date and a summary; each message names its field.
    QStringList problems() const;

    bool operator==(const Feedback &o) const
    {
        return id == o.id && date == o.date && voice == o.voice && method == o.method && agencyId == o.agencyId &&
               summary == o.summary && whatChanged == o.whatChanged;
    }
    bool operator!=(const Feedback &o) const { return !(*this == o); }
};

// A theme of the board's own list, which entries are tagged with.
struct FeedbackTheme
{
    qint64 id = 0;
    QString name;

    QStringList problems() const;
    bool operator==(const FeedbackTheme &o) const { return id == o.id && name == o.name; }
    bool operator!=(const FeedbackTheme &o) const { return !(*this == o); }
};

// A theme of an entry (one row per pair).
struct FeedbackThemeLink
{
    qint64 id = 0;
    qint64 feedbackId = 0;
    qint64 themeId = 0;

    QStringList problems() const { return {}; }
    bool operator==(const FeedbackThemeLink &o) const
    {
        return id == o.id && feedbackId == o.feedbackId && themeId == o.themeId;
    }
    bool operator!=(const FeedbackThemeLink &o) const { return !(*this == o); }
};

// An action taken because of an entry (one row per pair).
struct FeedbackAction
{
    qint64 id = 0;
    qint64 feedbackId = 0;
    qint64 actionId = 0;

    QStringList problems() const { return {}; }
    bool operator==(const FeedbackAction &o) const
    {
        return id == o.id && feedbackId == o.feedbackId && actionId == o.actionId;
    }
    bool operator!=(const FeedbackAction &o) const { return !(*this == o); }
};

} // namespace assure
