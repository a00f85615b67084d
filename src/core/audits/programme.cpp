// The annual audit programme: names, the occurrences of a financial year, and their status on a day.
#include "core/audits/programme.h"

#include "core/enumnames.h"

#include <QCoreApplication>

#include <algorithm>

namespace assure {

namespace {

constexpr auto kCategoryNames = enumNames<ProgrammeCategory>(
    "assure::Programme",
    {
        {ProgrammeCategory::BoardPerformance, u"board_performance",
         QT_TRANSLATE_NOOP("assure::Programme", "Board performance")},
        {ProgrammeCategory::MonitoringAudit, u"monitoring_audit",
         QT_TRANSLATE_NOOP("assure::Programme", "Monitoring audits")},
        {ProgrammeCategory::QualityAssuranceReport, u"quality_assurance_report",
         QT_TRANSLATE_NOOP("assure::Programme", "Quality assurance reports")},
        {ProgrammeCategory::CommissionedScrutiny, u"commissioned_scrutiny",
         QT_TRANSLATE_NOOP("assure::Programme", "Commissioned scrutiny audits")},
        {ProgrammeCategory::Responsive, u"responsive", QT_TRANSLATE_NOOP("assure::Programme", "Responsive audits")},
    });

constexpr auto kFrequencyNames = enumNames<ProgrammeFrequency>(
    "assure::Programme",
    {
        {ProgrammeFrequency::Monthly, u"monthly", QT_TRANSLATE_NOOP("assure::Programme", "Monthly")},
        {ProgrammeFrequency::Quarterly, u"quarterly", QT_TRANSLATE_NOOP("assure::Programme", "Quarterly")},
        {ProgrammeFrequency::TwiceYearly, u"twice_yearly", QT_TRANSLATE_NOOP("assure::Programme", "Twice-yearly")},
        {ProgrammeFrequency::Annual, u"annual", QT_TRANSLATE_NOOP("assure::Programme", "Annual")},
        {ProgrammeFrequency::Rolling, u"rolling", QT_TRANSLATE_NOOP("assure::Programme", "Rolling")},
        {ProgrammeFrequency::Ongoing, u"ongoing", QT_TRANSLATE_NOOP("assure::Programme", "Ongoing")},
    });

constexpr auto kStatusNames = enumNames<OccurrenceStatus>(
    "assure::Programme", {
                             {OccurrenceStatus::Planned, u"planned", QT_TRANSLATE_NOOP("assure::Programme", "Planned")},
                             {OccurrenceStatus::Due, u"due", QT_TRANSLATE_NOOP("assure::Programme", "Due")},
                             {OccurrenceStatus::Overdue, u"overdue", QT_TRANSLATE_NOOP("assure::Programme", "Overdue")},
                             {OccurrenceStatus::Done, u"done", QT_TRANSLATE_NOOP("assure::Programme", "Done")},
                             {OccurrenceStatus::Skipped, u"skipped", QT_TRANSLATE_NOOP("assure::Programme", "Skipped")},
                         });

constexpr auto kOutcomeNames = enumNames<ProgrammeOccurrence::Outcome>(
    "assure::Programme",
    {
        {ProgrammeOccurrence::Outcome::Open, u"open", QT_TRANSLATE_NOOP("assure::Programme", "Open")},
        {ProgrammeOccurrence::Outcome::Done, u"done", QT_TRANSLATE_NOOP("assure::Programme", "Done")},
        {ProgrammeOccurrence::Outcome::Skipped, u"skipped", QT_TRANSLATE_NOOP("assure::Programme", "Skipped")},
    });

QString translated(const char *text)
{
    return QCoreApplication::translate("assure::Programme", text);
}

// The calendar month that is the n-th (0-based) of a financial year.
int monthOfYear(int n, int fyStartMonth)
{
    return (fyStartMonth - 1 + n) % 12 + 1;
}

} // namespace

QString programmeCategoryKey(ProgrammeCategory category)
{
    return kCategoryNames.key(category);
}
std::optional<ProgrammeCategory> programmeCategoryFromKey(const QString &key)
{
    return kCategoryNames.fromKey(key);
}
QString programmeCategoryLabel(ProgrammeCategory category)
{
    return kCategoryNames.label(category);
}
QList<ProgrammeCategory> allProgrammeCategories()
{
    return kCategoryNames.values();
}

QString programmeFrequencyKey(ProgrammeFrequency frequency)
{
    return kFrequencyNames.key(frequency);
}
std::optional<ProgrammeFrequency> programmeFrequencyFromKey(const QString &key)
{
    return kFrequencyNames.fromKey(key);
}
QString programmeFrequencyLabel(ProgrammeFrequency frequency)
{
    return kFrequencyNames.label(frequency);
}
QList<ProgrammeFrequency> allProgrammeFrequencies()
{
    return kFrequencyNames.values();
}

QString occurrenceStatusKey(OccurrenceStatus status)
{
    return kStatusNames.key(status);
}
QString occurrenceStatusLabel(OccurrenceStatus status)
{
    return kStatusNames.label(status);
}
QList<OccurrenceStatus> allOccurrenceStatuses()
{
    return kStatusNames.values();
}

QString occurrenceOutcomeKey(ProgrammeOccurrence::Outcome outcome)
{
    return kOutcomeNames.key(outcome);
}
std::optional<ProgrammeOccurrence::Outcome> occurrenceOutcomeFromKey(const QString &key)
{
    return kOutcomeNames.fromKey(key);
}

QStringList ProgrammeEntry::problems() const
{
    QStringList out;
    if (subject.trimmed().isEmpty())
        out << translated(QT_TRANSLATE_NOOP("assure::Programme", "A programme entry needs its subject."));
    for (int m : dueMonths)
        if (m < 1 || m > 12)
            out << translated(QT_TRANSLATE_NOOP("assure::Programme", "A month is from 1 to 12, not %1.")).arg(m);
    return out;
}

bool ProgrammeEntry::operator==(const ProgrammeEntry &o) const
{
    return id == o.id && subject == o.subject && criteria == o.criteria && category == o.category &&
           frequency == o.frequency && dueMonths == o.dueMonths && leadPersonId == o.leadPersonId &&
           leadSubgroupId == o.leadSubgroupId && lead == o.lead && reportingRoute == o.reportingRoute &&
           comment == o.comment;
}

QStringList ProgrammeOccurrence::problems() const
{
    QStringList out;
    if (entryId == 0)
        out << translated(QT_TRANSLATE_NOOP("assure::Programme", "An occurrence belongs to a programme entry."));
    if (!due.isValid() || due.day() != 1)
        out << translated(QT_TRANSLATE_NOOP("assure::Programme", "An occurrence falls due in a month."));
    if (moved.isValid() && moved.day() != 1)
        out << translated(QT_TRANSLATE_NOOP("assure::Programme", "An occurrence is moved to a month."));
    if (outcome == Outcome::Skipped && skipReason.trimmed().isEmpty())
        out << translated(QT_TRANSLATE_NOOP("assure::Programme", "A skipped occurrence needs the reason."));
    return out;
}

bool ProgrammeOccurrence::operator==(const ProgrammeOccurrence &o) const
{
    return id == o.id && entryId == o.entryId && due == o.due && moved == o.moved && outcome == o.outcome &&
           auditId == o.auditId && doneOn == o.doneOn && skipReason == o.skipReason;
}

QList<int> dueMonthsOf(ProgrammeFrequency frequency, int fyStartMonth)
{
    QList<int> out;
    switch (frequency) {
    case ProgrammeFrequency::Monthly:
        for (int n = 0; n < 12; ++n)
            out << monthOfYear(n, fyStartMonth);
        break;
    case ProgrammeFrequency::Quarterly:
        for (int n = 2; n < 12; n += 3)
            out << monthOfYear(n, fyStartMonth);
        break;
    case ProgrammeFrequency::TwiceYearly: out << monthOfYear(5, fyStartMonth) << monthOfYear(11, fyStartMonth); break;
    case ProgrammeFrequency::Annual: out << monthOfYear(11, fyStartMonth); break;
    case ProgrammeFrequency::Rolling:
    case ProgrammeFrequency::Ongoing: break;
    }
    return out;
}

QList<QDate> dueDates(const ProgrammeEntry &entry, int startYear, int fyStartMonth)
{
    const QList<int> months = entry.dueMonths.isEmpty() ? dueMonthsOf(entry.frequency, fyStartMonth)
                                                        : monthListFromText(monthListText(entry.dueMonths));
    QList<QDate> out;
    for (int n = 0; n < 12; ++n) {
        const int month = monthOfYear(n, fyStartMonth);
        if (months.contains(month))
            out << QDate(month >= fyStartMonth ? startYear : startYear + 1, month, 1);
    }
    return out;
}

QList<ProgrammeOccurrence> occurrencesInYear(const ProgrammeEntry &entry, const QList<ProgrammeOccurrence> &stored,
                                             int startYear, int fyStartMonth)
{
    const QDate first(startYear, fyStartMonth, 1);
    const QDate end = first.addYears(1);
    QList<ProgrammeOccurrence> out;
    for (const ProgrammeOccurrence &o : stored)
        if (o.entryId == entry.id && o.due >= first && o.due < end)
            out << o;
    for (const QDate &due : dueDates(entry, startYear, fyStartMonth)) {
        const bool have =
            std::any_of(out.cbegin(), out.cend(), [&](const ProgrammeOccurrence &o) { return o.due == due; });
        if (!have) {
            ProgrammeOccurrence o;
            o.entryId = entry.id;
            o.due = due;
            out << o;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ProgrammeOccurrence &a, const ProgrammeOccurrence &b) {
        return a.month() != b.month() ? a.month() < b.month() : a.due < b.due;
    });
    return out;
}

OccurrenceStatus occurrenceStatus(const ProgrammeOccurrence &occurrence, const QDate &asOf)
{
    if (occurrence.outcome == ProgrammeOccurrence::Outcome::Done)
        return OccurrenceStatus::Done;
    if (occurrence.outcome == ProgrammeOccurrence::Outcome::Skipped)
        return OccurrenceStatus::Skipped;
    const QDate month = occurrence.month();
    if (asOf < month)
        return OccurrenceStatus::Planned;
    if (asOf < month.addMonths(1))
        return OccurrenceStatus::Due;
    return OccurrenceStatus::Overdue;
}

QString monthListText(const QList<int> &months)
{
    QList<int> sorted;
    for (int m : months)
        if (m >= 1 && m <= 12 && !sorted.contains(m))
            sorted << m;
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (int m : sorted)
        parts << QString::number(m);
    return parts.join(QLatin1Char(','));
}

QList<int> monthListFromText(const QString &text)
{
    QList<int> months;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int m = part.trimmed().toInt(&ok);
        if (ok && m >= 1 && m <= 12 && !months.contains(m))
            months << m;
    }
    std::sort(months.begin(), months.end());
    return months;
}

} // namespace assure
