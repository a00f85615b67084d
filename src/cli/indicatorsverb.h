// assure-cli indicators FILE --period LABEL [--json]: every indicator's standing for a period.
#pragma once

#include "cli/boardverb.h"

namespace assure {

class IndicatorsVerb final : public BoardVerb
{
public:
    IndicatorsVerb() : BoardVerb(Damage::Unusable) {}
    QString name() const override { return QStringLiteral("indicators"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
