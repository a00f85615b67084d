// Someone who leads, owns or chairs: an agency lead, a sub-group chair, an auditor.
#include "core/board/person.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace assure {

QStringList Person::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << QCoreApplication::translate("assure::Person", "The person needs a name.");
    if (!email.isEmpty() && !isPlausibleEmail(email))
        out << QCoreApplication::translate("assure::Person", "“%1” does not look like an email address.").arg(email);
    return out;
}

bool isPlausibleEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(email).hasMatch();
}

} // namespace assure
