// How the feedback log maps to its tables: entries, the board's themes, and each entry's themes
// and actions.
#pragma once

#include "core/voices/feedback.h"
#include "storage/actions/actionmappings.h"
#include "storage/tablemapping.h"

namespace assure {

template <> struct TableMapping<Feedback> : RowIdKey
{
    static QString table() { return QStringLiteral("feedback"); }
    static QStringList columns()
    {
        return {QStringLiteral("date"),      QStringLiteral("voice"),   QStringLiteral("method"),
                QStringLiteral("agency_id"), QStringLiteral("summary"), QStringLiteral("what_changed")};
    }
    static auto values(const Feedback &f)
    {
        using actioncolumns::day;
        return columnValues(day(f.date), feedbackVoiceKey(f.voice), feedbackMethodKey(f.method), NullableId{f.agencyId},
                            f.summary, f.whatChanged);
    }
    static Feedback read(const Row &row)
    {
        using actioncolumns::day;
        Feedback f;
        f.id = row.integer(0);
        f.date = day(row.text(1));
        // The table's CHECK admits only known keys.
        f.voice = feedbackVoiceFromKey(row.text(2)).value_or(FeedbackVoice::Other);
        f.method = feedbackMethodFromKey(row.text(3)).value_or(FeedbackMethod::Other);
        f.agencyId = row.integer(4);
        f.summary = row.text(5);
        f.whatChanged = row.text(6);
        return f;
    }
};

template <> struct TableMapping<FeedbackTheme> : RowIdKey
{
    static QString table() { return QStringLiteral("feedback_theme"); }
    static QStringList columns() { return {QStringLiteral("name")}; }
    static auto values(const FeedbackTheme &t) { return columnValues(t.name); }
    static FeedbackTheme read(const Row &r) { return {r.integer(0), r.text(1)}; }
};

template <> struct TableMapping<FeedbackThemeLink> : RowIdKey
{
    static QString table() { return QStringLiteral("feedback_theme_link"); }
    static QStringList columns() { return {QStringLiteral("feedback_id"), QStringLiteral("theme_id")}; }
    static auto values(const FeedbackThemeLink &l) { return columnValues(l.feedbackId, l.themeId); }
    static FeedbackThemeLink read(const Row &r) { return {r.integer(0), r.integer(1), r.integer(2)}; }
};

template <> struct TableMapping<FeedbackAction> : RowIdKey
{
    static QString table() { return QStringLiteral("feedback_action"); }
    static QStringList columns() { return {QStringLiteral("feedback_id"), QStringLiteral("action_id")}; }
    static auto values(const FeedbackAction &l) { return columnValues(l.feedbackId, l.actionId); }
    static FeedbackAction read(const Row &r) { return {r.integer(0), r.integer(1), r.integer(2)}; }
};

} // namespace assure
