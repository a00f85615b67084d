// assure-cli audits FILE [--json]: the board's audits, with their cases, grades, findings,
// recommendations and the agreement between auditors.
#pragma once

#include "cli/boardverb.h"

namespace assure {

class AuditsVerb final : public BoardVerb
{
public:
    AuditsVerb() : BoardVerb(Damage::Unusable) {}
    QString name() const override { return QStringLiteral("audits"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
