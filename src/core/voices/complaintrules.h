// The rules of the complaints log (issue 19, part 2): the board's response target and its own
// days off, how long an answer took in working days and whether it was in time, and the figures
// for a span of days (a quarter, a year). Pure functions of their arguments.
#pragma once

#include "core/calendar/workingdays.h"
#include "core/voices/complaint.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

constexpr int kDefaultComplaintTargetDays = 20;
constexpr int kComplaintTargetDaysMax = 250; // about a working year

// The board's response target (one per board: Complaints > Settings…).
struct ComplaintSettings
{
    int targetDays = kDefaultComplaintTargetDays; // working days, counted as WorkingDays says

    // A target from 1 to 250 working days.
    QStringList problems() const;
    bool operator==(const ComplaintSettings &o) const { return targetDays == o.targetDays; }
    bool operator!=(const ComplaintSettings &o) const { return !(*this == o); }
};

// A day the board's agencies do not work on top of the bank holidays (a local holiday, a closure).
struct ComplaintHoliday
{
    qint64 id = 0;
    QDate day;
    QString name; // what it is, for people: "Council closure"

    QStringList problems() const;
    bool operator==(const ComplaintHoliday &o) const { return id == o.id && day == o.day && name == o.name; }
    bool operator!=(const ComplaintHoliday &o) const { return !(*this == o); }
};

// Open: not answered and its last day not passed; Overdue: not answered after its last day;
// InTime: answered within the target; Late: answered after it.
enum class Timeliness { Open, Overdue, InTime, Late };

// Keys: "open", "overdue", "in_time", "late".
QString timelinessKey(Timeliness t);
QString timelinessLabel(Timeliness t);
QList<Timeliness> allTimeliness();

struct ComplaintTiming
{
    int days = -1; // working days taken to answer; -1 while open
    QDate due;     // the last working day within the target
    Timeliness state = Timeliness::Open;
};

// asOf decides only between Open and Overdue for an entry not yet answered.
ComplaintTiming timingOf(const Complaint &c, const WorkingDays &days, int targetDays, const QDate &asOf);

// What the board is told about a span of days: every entry received in [from, to], by kind, by
// outcome (complaints only), by agency and by theme; of those answered by asOf (`to` when not
// given), how many within the target, and how many not answered and past it. A quarter judged on
// the year's as-of day adds up with the other quarters to the year.
struct ComplaintFigures
{
    int received = 0;
    QMap<ComplaintKind, int> byKind;
    QMap<ComplaintOutcome, int> byOutcome; // complaints with an outcome
    QHash<qint64, int> byAgency;           // agency id to count
    QMap<QString, int> byTheme;            // theme as written (trimmed); "" for none
    int responded = 0;
    int inTime = 0;
    int late = 0;
    int overdue = 0; // not answered by `to` and past the target

    // inTime / responded; none when nothing was answered.
    std::optional<double> inTimeFraction() const;
};

ComplaintFigures complaintFigures(const QList<Complaint> &all, const QDate &from, const QDate &to,
                                  const WorkingDays &days, int targetDays, const QDate &asOf = {});

// The themes used before, each once (the first spelling), in alphabetical order ignoring case:
// what the editor offers.
QStringList themesUsed(const QList<Complaint> &all);

} // namespace assure
