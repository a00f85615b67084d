// The anonymisation guard's kind: an acceptance of a hit, its traits (kindtraits.h) beside its
// table mapping (storage/privacy/privacymappings.h).
#pragma once

#include "storage/privacy/privacymappings.h"
#include "workspace/entitystore.h"
#include "workspace/kindtraits.h"

#include <QCoreApplication>

namespace assure {

class Workspace;

class PrivacyKinds final
{
    Q_DECLARE_TR_FUNCTIONS(assure::PrivacyKinds)

public:
    // Registers it with the workspace (kindregistry.h).
    static void registerAll();
};

template <> struct KindTraits<PrivacyAcceptance> : KindDefaults<PrivacyAcceptance>
{
    using Store = EntityStore<PrivacyAcceptance>;
    static QString name() { return PrivacyKinds::tr("Personal data accepted"); }
    static QString singular() { return PrivacyKinds::tr("acceptance of personal data"); }
    static QString plural() { return PrivacyKinds::tr("acceptances of personal data"); }
    static QString addText(const Workspace &, const PrivacyAcceptance &a)
    {
        return PrivacyKinds::tr("Accept %1 “%2”").arg(privacyKindLabel(a.kind).toLower(), a.matched);
    }
    static QString editText(const Workspace &, const PrivacyAcceptance &a)
    {
        return PrivacyKinds::tr("Edit the acceptance of “%1”").arg(a.matched);
    }
    static QString deleteText(const Workspace &, const PrivacyAcceptance &a)
    {
        return PrivacyKinds::tr("Withdraw the acceptance of “%1”").arg(a.matched);
    }
    static QString label(const PrivacyAcceptance &a) { return a.matched; }
};

} // namespace assure
