// assure-cli actions-pack FILE --agency NAME --out PACK.xlsx | --all --out DIR [--deadline DATE]: progress return
// packs.
#pragma once

#include "cli/boardverb.h"

namespace assure {

class ActionsPackVerb final : public BoardVerb
{
public:
    ActionsPackVerb() : BoardVerb(Damage::Unusable) {}
    QString name() const override { return QStringLiteral("actions-pack"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
