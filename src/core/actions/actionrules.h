// The rules of action plans (issue 14, part 2): status transitions, overdue and due soon as of a
// day, progress RAG, and the SMART check with its advice. Pure functions of their arguments, with
// the board's choices in ActionSettings, so that every board reads an action alike.
#pragma once

#include "core/actions/action.h"
#include "core/indicators/rag.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace assure {

// The numbers a board may choose (one set per board, kept with it: Actions > Board settings).
struct ActionSettings
{
    int dueSoonDays = 14;     // due soon: due on the day or within this many days after it
    double ragGreenAt = 0.90; // progress RAG: GREEN at this share of the time elapsed or more,
    double ragAmberAt = 0.70; // AMBER at this share, RED below

    // What stops them being saved: due soon from 0 to 365 days; the shares in whole percentages
    // from 1% to 100% (100%: on time or better), AMBER at no more than GREEN.
    QStringList problems() const;
    bool operator==(const ActionSettings &o) const
    {
        return dueSoonDays == o.dueSoonDays && ragGreenAt == o.ragGreenAt && ragAmberAt == o.ragAmberAt;
    }
    bool operator!=(const ActionSettings &o) const { return !(*this == o); }
};

// Why an action whose status is now `from` may not become `after` (after.status, with the
// reason and impact it would be saved with); empty when it may. Impact evidenced only from
// completed, and only with evidence recorded and accepted; cancelled needs a reason; anything
// else may be chosen, reopening included (progress updates are never removed by a status).
QString transitionRefusal(ActionStatus from, const Action &after);

// As of day D (dates, not times). Overdue: open and due before D (due on D is not overdue).
bool isOverdue(const Action &action, const QDate &asOf);
// Due soon: open and due on D or within settings.dueSoonDays days after it (D + 14 included).
bool isDueSoon(const Action &action, const QDate &asOf, const ActionSettings &settings = {});

// The percentage reported last: of the updates with a percentage, the latest by date (and, on
// one day, the one entered last); empty when none reports one. Updates of other actions are ignored.
std::optional<int> latestPercent(qint64 actionId, const QList<ProgressUpdate> &updates);

// The share of the plan's time elapsed on D, from 0 to 1: days from start to D over days from
// start to due. A plan of no length (due on its start) has all its time elapsed from its due
// day on and none before. Empty without a start and a due date, or with a due date before the start.
std::optional<double> timeElapsed(const Action &action, const QDate &asOf);

// Progress RAG as of D: cancelled has none; impact evidenced BLUE; completed GREEN (awaiting
// evidence); overdue RED; otherwise, with a start, a due date and a reported percentage, the
// percentage against the share of time elapsed: GREEN at ragGreenAt of it or more, AMBER at
// ragAmberAt, RED below; not started after its start date AMBER; otherwise GREEN.
std::optional<Rag> progressRag(const Action &action, std::optional<int> percent, const QDate &asOf,
                               const ActionSettings &settings = {});

// What the SMART check needs besides the action: its milestones, and its lead's agency.
struct SmartContext
{
    QList<Milestone> milestones; // the action's own
    qint64 leadAgencyId = 0;     // the agency the lead belongs to; 0: none or unknown
};

enum class SmartLetter { Specific, Measurable, Achievable, Relevant, Timed };
// "S", "M", "A", "R", "T".
QString smartLetterKey(SmartLetter letter);
QString smartLetterLabel(SmartLetter letter);
QList<SmartLetter> allSmartLetters();

// The verbs that on their own make a title vague: Review, Monitor, Consider, Explore, Look at.
QStringList vagueVerbs();

// The SMART check of one action: for each letter a pass or a reason, and beside them advice.
// It advises and never blocks saving.
struct SmartCheck
{
    std::array<QString, 5> reasons; // by SmartLetter; empty when the letter passes
    QStringList advice;             // what a QA chair would also say; never fails a letter

    bool passes(SmartLetter letter) const { return reasons[size_t(letter)].isEmpty(); }
    int score() const; // letters passed, 0 to 5
    // The reasons of the failed letters, in S, M, A, R, T order.
    QStringList problems() const;
};

// The letters: Specific fails with no description and a title that is only a vague verb;
// Measurable with no success measure; Achievable with no owner agency or no lead; Relevant with
// no source and no rationale; Timed with no due date, or a due date before the start.
// The advice: a success measure that only restates the title; a measure with no evidence named
// to show it; an action of more than three months with no milestone; a milestone outside the
// plan's dates; a lead who belongs to another agency; a due date on a weekend.
SmartCheck smartCheck(const Action &action, const SmartContext &context = {});

} // namespace assure
