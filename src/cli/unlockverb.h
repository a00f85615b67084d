// assure-cli unlock FILE [--force]: clears a lock left behind by a program that can no longer release it.
#pragma once

#include "cli/boardverb.h"

namespace assure {

class UnlockVerb final : public BoardVerb
{
public:
    UnlockVerb() : BoardVerb(Damage::Reported) {}
    QString name() const override { return QStringLiteral("unlock"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
