// References the app makes for what a board numbers by year: "A-2026-014" for an action,
// "AU-2026-003" for an audit. One rule for every kind that has them.
#pragma once

#include <QRegularExpression>
#include <QString>

namespace assure {

class YearReference final
{
public:
    YearReference(const QString &prefix, int year);

    // Notes a reference that is in use; others' prefixes and years are ignored (and case too).
    void note(const QString &ref);
    // The reference after the highest noted: three digits at least ("A-2026-001").
    QString next() const;

private:
    QString m_prefix;
    int m_year;
    QRegularExpression m_pattern;
    qint64 m_highest = 0;
};

} // namespace assure
