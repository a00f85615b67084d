// Reporting periods: financial years, quarters and months, printed and parsed as boards write them.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace assure {

class Period final
{
    Q_DECLARE_TR_FUNCTIONS(assure::Period)

public:
    enum class Kind { Month, Quarter, Year };

    Period() = default;

    // The financial year that starts in startYear (2026 for "2026/27").
    static Period year(int startYear, int fyStartMonth = 4);
    // Quarter 1..4 of the financial year that starts in startYear.
    static Period quarter(int startYear, int quarter, int fyStartMonth = 4);
    // A calendar month.
    static Period month(int calendarYear, int month, int fyStartMonth = 4);
    // The period of the given kind that holds the date.
    static Period containing(const QDate &date, Kind kind, int fyStartMonth = 4);

    // Reads "2026/27", "2026/27 Q2", "Q2 2026/27", "Sep 2026", "September 2026", "2026-09".
    // On failure returns nothing and, when error is given, says what was wrong.
    static std::optional<Period> parse(const QString &label, int fyStartMonth = 4, QString *error = nullptr);

    bool isValid() const { return m_startYear != 0; }
    Kind kind() const { return m_kind; }
    int fyStartMonth() const { return m_fyStartMonth; }
    // The calendar year in which this period's financial year starts.
    int financialYear() const { return m_startYear; }
    // 1-based: quarter 1..4 or month of the financial year 1..12; 1 for a year.
    int index() const { return m_index; }

    QDate start() const;
    QDate end() const;
    bool contains(const QDate &date) const { return date >= start() && date <= end(); }

    Period next() const { return offset(1); }
    Period previous() const { return offset(-1); }
    Period offset(int steps) const;
    // The year or quarter this period falls in (a year's year is itself).
    Period enclosing(Kind kind) const;

    QString label() const;
    // A stable key that sorts chronologically within a kind: "2026-Y", "2026-Q2", "2026-09".
    // For narrow places such as a chart's axis: "Q2 26/27", "Sep 26", "26/27" ("2026" for a
    // calendar year).
    QString shortLabel() const;
    QString key() const;
    static std::optional<Period> fromKey(const QString &key, int fyStartMonth = 4);

    static QString yearLabel(int startYear, int fyStartMonth = 4);

    bool operator==(const Period &other) const;
    bool operator!=(const Period &other) const { return !(*this == other); }
    bool operator<(const Period &other) const;

private:
    Period(Kind kind, int startYear, int index, int fyStartMonth);

    Kind m_kind = Kind::Year;
    int m_startYear = 0;
    int m_index = 1;
    int m_fyStartMonth = 4;
};

} // namespace assure
