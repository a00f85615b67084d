// Working days for response targets: weekends and the bank holidays of England and Wales (2020 to
// 2030, from the public rules) are not worked, nor any day the board adds.
#pragma once

#include <QDate>
#include <QList>
#include <QSet>

namespace assure {

// The first and last years the built-in bank holidays cover; outside them only weekends and the
// board's own days are skipped, so a board past 2030 adds its holidays itself.
constexpr int kBankHolidaysFrom = 2020;
constexpr int kBankHolidaysTo = 2030;

// The bank holidays of England and Wales in a year from 2020 to 2030, in date order: New Year's
// Day, Good Friday, Easter Monday, the early May and spring bank holidays, the summer bank holiday,
// Christmas Day and Boxing Day, each moved to the next free weekday when it falls at a weekend, and
// the one-off days (8 May 2020 in place of 4 May; 2 and 3 June 2022 in place of 30 May; 19 Sep
// 2022; 8 May 2023). Empty for any other year.
QList<QDate> bankHolidays(int year);

// How a response is counted: the day a complaint is received is day 0 whatever day it is, and day
// 1 is the first working day after it. A reply on the day of receipt took 0 working days; one
// received on Friday and answered on Monday took 1. So a target of 20 working days is met by a
// reply on or before the 20th working day after receipt.
class WorkingDays final
{
public:
    // extraHolidays: the board's own days off (a local holiday, a closure), on top of the bank holidays.
    explicit WorkingDays(const QList<QDate> &extraHolidays = {});

    bool isWorkingDay(const QDate &day) const;
    // The working days after `received` up to and including `responded`; 0 when responded is on
    // or before received (the rules refuse the latter), -1 when either date is not valid.
    int between(const QDate &received, const QDate &responded) const;
    // The nth working day after `received` (n >= 1): the last day to respond within a target of
    // n days. `received` itself for n of 0 or less; invalid for an invalid date.
    QDate deadline(const QDate &received, int n) const;

private:
    QSet<QDate> m_holidays;
};

} // namespace assure
