// assure-cli indicator FILE --code CODE [--json]: one indicator's history with RAG and SPC.
#pragma once

#include "cli/boardverb.h"

namespace assure {

class IndicatorVerb final : public BoardVerb
{
public:
    IndicatorVerb() : BoardVerb(Damage::Unusable) {}
    QString name() const override { return QStringLiteral("indicator"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
