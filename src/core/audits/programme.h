// The annual audit programme: its entries, their due occurrences in a financial year, and where
// each occurrence stands on a day (planned, due, overdue, done, skipped).
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

enum class ProgrammeCategory {
    BoardPerformance,
    MonitoringAudit,
    QualityAssuranceReport,
    CommissionedScrutiny,
    Responsive
};
// Keys: "board_performance", "monitoring_audit", "quality_assurance_report", "commissioned_scrutiny", "responsive".
QString programmeCategoryKey(ProgrammeCategory category);
std::optional<ProgrammeCategory> programmeCategoryFromKey(const QString &key);
QString programmeCategoryLabel(ProgrammeCategory category);
QList<ProgrammeCategory> allProgrammeCategories();

enum class ProgrammeFrequency { Monthly, Quarterly, TwiceYearly, Annual, Rolling, Ongoing };
// Keys: "monthly", "quarterly", "twice_yearly", "annual", "rolling", "ongoing".
QString programmeFrequencyKey(ProgrammeFrequency frequency);
std::optional<ProgrammeFrequency> programmeFrequencyFromKey(const QString &key);
QString programmeFrequencyLabel(ProgrammeFrequency frequency);
QList<ProgrammeFrequency> allProgrammeFrequencies();

enum class OccurrenceStatus { Planned, Due, Overdue, Done, Skipped };
// Keys: "planned", "due", "overdue", "done", "skipped".
QString occurrenceStatusKey(OccurrenceStatus status);
QString occurrenceStatusLabel(OccurrenceStatus status);
QList<OccurrenceStatus> allOccurrenceStatuses();

// One line of the programme, as seed 002's table has them.
struct ProgrammeEntry
{
    qint64 id = 0;
    QString subject; // the audit subject and criteria
    QString criteria;
    ProgrammeCategory category = ProgrammeCategory::MonitoringAudit;
    ProgrammeFrequency frequency = ProgrammeFrequency::Annual;
    QList<int> dueMonths;      // calendar months 1..12; empty: the frequency's own (dueMonthsOf)
    qint64 leadPersonId = 0;   // a person, or
    qint64 leadSubgroupId = 0; // a sub-group, or
    QString lead;              // anyone else ("County Community Safety Unit")
    QString reportingRoute;
    QString comment;

    QStringList problems() const;
    bool operator==(const ProgrammeEntry &o) const;
    bool operator!=(const ProgrammeEntry &o) const { return !(*this == o); }
};

// One due occurrence of an entry. Done names what did it; moved keeps the month it was due.
struct ProgrammeOccurrence
{
    enum class Outcome { Open, Done, Skipped };

    qint64 id = 0;
    qint64 entryId = 0;
    QDate due;   // the first of the month it falls due
    QDate moved; // the first of the month it was moved to; invalid when not moved
    Outcome outcome = Outcome::Open;
    qint64 auditId = 0; // the audit or report that did it (done)
    QDate doneOn;
    QString skipReason;

    // The month it is now expected in.
    QDate month() const { return moved.isValid() ? moved : due; }
    QStringList problems() const;
    bool operator==(const ProgrammeOccurrence &o) const;
    bool operator!=(const ProgrammeOccurrence &o) const { return !(*this == o); }
};

QString occurrenceOutcomeKey(ProgrammeOccurrence::Outcome outcome);
std::optional<ProgrammeOccurrence::Outcome> occurrenceOutcomeFromKey(const QString &key);

// The calendar months an entry falls due in a financial year when it names none: every month
// (monthly); each quarter's last month (quarterly); the half-years' last months (twice-yearly); the
// year's last month (annual); none for rolling and ongoing work, which is due only in the months it
// names.
QList<int> dueMonthsOf(ProgrammeFrequency frequency, int fyStartMonth = 4);

// The first days of the months an entry falls due in the financial year starting in startYear,
// in the year's order.
QList<QDate> dueDates(const ProgrammeEntry &entry, int startYear, int fyStartMonth = 4);

// The year's occurrences of an entry: those stored (due in the year), and one not yet stored
// (id 0) for every other month the entry falls due, sorted by the month they are expected in.
QList<ProgrammeOccurrence> occurrencesInYear(const ProgrammeEntry &entry, const QList<ProgrammeOccurrence> &stored,
                                             int startYear, int fyStartMonth = 4);

// Where an occurrence stands on a day: done or skipped as recorded; otherwise planned before its
// month, due in it, overdue after it.
OccurrenceStatus occurrenceStatus(const ProgrammeOccurrence &occurrence, const QDate &asOf);

// "6,12" and back; months outside 1..12 and repeats are dropped, the rest sorted.
QString monthListText(const QList<int> &months);
QList<int> monthListFromText(const QString &text);

} // namespace assure
