// References the app makes for what a board numbers by year.
#include "core/yearreference.h"

#include <algorithm>

namespace assure {

YearReference::YearReference(const QString &prefix, int year)
    : m_prefix(prefix), m_year(year),
      m_pattern(QStringLiteral("^%1-%2-(\\d+)$").arg(QRegularExpression::escape(prefix)).arg(year),
                QRegularExpression::CaseInsensitiveOption)
{
}

void YearReference::note(const QString &ref)
{
    const QRegularExpressionMatch m = m_pattern.match(ref.trimmed());
    if (m.hasMatch())
        m_highest = std::max(m_highest, m.captured(1).toLongLong());
}

QString YearReference::next() const
{
    return QStringLiteral("%1-%2-%3").arg(m_prefix).arg(m_year).arg(m_highest + 1, 3, 10, QLatin1Char('0'));
}

} // namespace assure
