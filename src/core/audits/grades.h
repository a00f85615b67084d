// The grades a case audit gives: Outstanding, Good, Requires improvement, Inadequate by default, or
// an audit's own scale.
#pragma once

#include <QList>
#include <QString>

namespace assure {

struct Grade
{
    QString key;   // what a case holds and the JSON says: "requires_improvement", or an own grade as written
    QString label; // for people
};

class GradeScale final
{
public:
    // The standard four, best first.
    static GradeScale standard();
    // An audit's scale as it keeps it: "Good|Adequate|Poor", best first; empty or blank gives the
    // standard four. Own grades are their own keys and labels.
    static GradeScale fromText(const QString &text);

    const QList<Grade> &grades() const { return m_grades; }
    // -1 when the key is not a grade of this scale.
    int indexOf(const QString &key) const;
    bool contains(const QString &key) const { return indexOf(key) >= 0; }
    QString label(const QString &key) const;

private:
    QList<Grade> m_grades;
};

} // namespace assure
