// How acceptances of the anonymisation guard's hits map to their table (migration 0009).
#pragma once

#include "core/privacy/privacyacceptance.h"
#include "storage/tablemapping.h"

namespace assure {

template <> struct TableMapping<PrivacyAcceptance> : RowIdKey
{
    static QString table() { return QStringLiteral("privacy_acceptance"); }
    static QStringList columns()
    {
        return {QStringLiteral("table_name"), QStringLiteral("row_id"),      QStringLiteral("row_key"),
                QStringLiteral("field"),      QStringLiteral("kind"),        QStringLiteral("matched"),
                QStringLiteral("reason"),     QStringLiteral("accepted_by"), QStringLiteral("accepted_on")};
    }
    static auto values(const PrivacyAcceptance &a)
    {
        return columnValues(a.place.table, a.place.id, a.place.key, a.place.field, privacyKindKey(a.kind), a.matched,
                            a.reason, a.acceptedBy, a.acceptedOn.toString(Qt::ISODate));
    }
    static PrivacyAcceptance read(const Row &r)
    {
        PrivacyAcceptance a;
        a.id = r.integer(0);
        a.place.table = r.text(1);
        a.place.id = r.integer(2);
        a.place.key = r.text(3);
        a.place.field = r.text(4);
        a.kind = privacyKindFromKey(r.text(5)).value_or(PrivacyKind::NhsNumber);
        a.matched = r.text(6);
        a.reason = r.text(7);
        a.acceptedBy = r.text(8);
        a.acceptedOn = QDate::fromString(r.text(9), Qt::ISODate);
        return a;
    }
};

} // namespace assure
