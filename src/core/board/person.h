// Someone who leads, owns or chairs: an agency lead, a sub-group chair, an auditor.
#pragma once

#include <QString>
#include <QStringList>

namespace assure {

struct Person
{
    qint64 id = 0;
    QString name;
    QString role;
    qint64 agencyId = 0; // 0: no agency
    QString email;

    QStringList problems() const;

    bool operator==(const Person &o) const
    {
        return id == o.id && name == o.name && role == o.role && agencyId == o.agencyId && email == o.email;
    }
    bool operator!=(const Person &o) const { return !(*this == o); }
};

// A loose check that catches typing slips, not a full RFC 5322 parser.
bool isPlausibleEmail(const QString &email);

} // namespace assure
