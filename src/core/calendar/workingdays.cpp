// Working days: the bank holidays of England and Wales worked out from their rules, and counting.
#include "core/calendar/workingdays.h"

#include <algorithm>

namespace assure {

namespace {

// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

bool isWeekend(const QDate &day)
{
    return day.dayOfWeek() >= Qt::Saturday;
}

QDate firstMonday(int year, int month)
{
    QDate d(year, month, 1);
    while (d.dayOfWeek() != Qt::Monday)
        d = d.addDays(1);
    return d;
}

QDate lastMonday(int year, int month)
{
    QDate d(year, month, QDate(year, month, 1).daysInMonth());
    while (d.dayOfWeek() != Qt::Monday)
        d = d.addDays(-1);
    return d;
}

} // namespace

QList<QDate> bankHolidays(int year)
{
    if (year < kBankHolidaysFrom || year > kBankHolidaysTo)
        return {};
    QList<QDate> days;
    const QDate easter = easterSunday(year);
    days << easter.addDays(-2) << easter.addDays(1);

    // Royal and national occasions moved or added a day by proclamation.
    if (year == 2020)
        days << QDate(2020, 5, 8); // VE Day's 75th anniversary, in place of Monday 4 May
    else
        days << firstMonday(year, 5);
    if (year == 2022)
        days << QDate(2022, 6, 2) << QDate(2022, 6, 3) // the Platinum Jubilee, in place of 30 May
             << QDate(2022, 9, 19);                    // the State Funeral of Queen Elizabeth II
    else
        days << lastMonday(year, 5);
    if (year == 2023)
        days << QDate(2023, 5, 8); // the Coronation of King Charles III
    days << lastMonday(year, 8);

    // A fixed day at a weekend gives the next weekday not already a holiday: Christmas on a
    // Sunday moves to Tuesday 27th because Boxing Day has Monday.
    const QList<QDate> fixed{QDate(year, 1, 1), QDate(year, 12, 25), QDate(year, 12, 26)};
    for (const QDate &d : fixed)
        if (!isWeekend(d))
            days << d;
    for (const QDate &d : fixed) {
        if (!isWeekend(d))
            continue;
        QDate substitute = d;
        while (isWeekend(substitute) || days.contains(substitute))
            substitute = substitute.addDays(1);
        days << substitute;
    }
    std::sort(days.begin(), days.end());
    return days;
}

WorkingDays::WorkingDays(const QList<QDate> &extraHolidays)
{
    for (int year = kBankHolidaysFrom; year <= kBankHolidaysTo; ++year)
        for (const QDate &d : bankHolidays(year))
            m_holidays.insert(d);
    for (const QDate &d : extraHolidays)
        if (d.isValid())
            m_holidays.insert(d);
}

bool WorkingDays::isWorkingDay(const QDate &day) const
{
    return day.isValid() && !isWeekend(day) && !m_holidays.contains(day);
}

int WorkingDays::between(const QDate &received, const QDate &responded) const
{
    if (!received.isValid() || !responded.isValid())
        return -1;
    int count = 0;
    for (QDate d = received.addDays(1); d <= responded; d = d.addDays(1))
        if (isWorkingDay(d))
            ++count;
    return count;
}

QDate WorkingDays::deadline(const QDate &received, int n) const
{
    if (!received.isValid())
        return {};
    QDate d = received;
    for (int counted = 0; counted < n;) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            ++counted;
    }
    return d;
}

} // namespace assure
