// Tolerant reading of the numbers and dates people type into spreadsheets, and the plain text of a number.
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace assure {

// A blank cell holds no value; that is not the same as holding something unreadable.
enum class CellState { Blank, Valid, Invalid };

struct ParsedNumber final
{
    CellState state = CellState::Blank;
    // As written: "87.5%" gives 87.5 with percent set, not 0.875.
    double value = 0.0;
    bool percent = false;
    // Why the text is not a number, for the user.
    QString error;

    bool isBlank() const { return state == CellState::Blank; }
    bool isValid() const { return state == CellState::Valid; }
};

struct ParsedDate final
{
    CellState state = CellState::Blank;
    QDate date;
    QString error;

    bool isBlank() const { return state == CellState::Blank; }
    bool isValid() const { return state == CellState::Valid; }
};

// Reads "1,234", "1234.5", " 12 ", "87.5%", "£1,200.50", "-3", "(12)" (accounting negative),
// "1.5E+3". Rejects "n/a", "-", "12abc", "12,34" (a decimal comma) with a reason.
ParsedNumber parseNumber(QStringView text);

// Reads UK day-first dates: "30/09/2026", "30-09-2026", "30.09.2026", "30/09/26",
// "2026-09-30", "30 Sep 2026", "30-Sep-2026", "30 September 2026", "Sep 30, 2026".
// A time after the date ("30/09/2026 00:00", "2026-09-30T00:00:00") is ignored.
ParsedDate parseDate(QStringView text);

// The shortest text that reads back as the same double, without an exponent for ordinary
// magnitudes: 1234 -> "1234", 87.5 -> "87.5", 1e-7 -> "1e-07".
QString formatNumber(double value);

// As Excel shows a number: rounded to 15 significant digits, so that binary noise from
// formulas ("0.30000000000000004") reads as the user sees it ("0.3"). decimalShift moves the
// decimal point right, exactly, so that 0.07 as a percentage is "7" and not "7.000000000000001".
QString formatExcelNumber(double value, int decimalShift = 0);

} // namespace assure
