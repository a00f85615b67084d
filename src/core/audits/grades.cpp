// The grades a case audit gives, standard or an audit's own.
#include "core/audits/grades.h"

#include <QCoreApplication>

namespace assure {

GradeScale GradeScale::standard()
{
    GradeScale s;
    s.m_grades = {
        {QStringLiteral("outstanding"), QCoreApplication::translate("assure::GradeScale", "Outstanding")},
        {QStringLiteral("good"), QCoreApplication::translate("assure::GradeScale", "Good")},
        {QStringLiteral("requires_improvement"),
         QCoreApplication::translate("assure::GradeScale", "Requires improvement")},
        {QStringLiteral("inadequate"), QCoreApplication::translate("assure::GradeScale", "Inadequate")},
    };
    return s;
}

GradeScale GradeScale::fromText(const QString &text)
{
    GradeScale s;
    for (const QString &part : text.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const QString g = part.trimmed();
        if (!g.isEmpty() && !s.contains(g))
            s.m_grades.append({g, g});
    }
    return s.m_grades.isEmpty() ? standard() : s;
}

int GradeScale::indexOf(const QString &key) const
{
    for (int i = 0; i < m_grades.size(); ++i)
        if (m_grades.at(i).key == key)
            return i;
    return -1;
}

QString GradeScale::label(const QString &key) const
{
    const int i = indexOf(key);
    return i >= 0 ? m_grades.at(i).label : key;
}

} // namespace assure
