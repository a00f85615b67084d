// assure-cli programme FILE --year 2026/27 [--as-of DATE] [--json]: the audit programme's
// occurrences in a financial year and where each stands on a day.
#pragma once

#include "cli/boardverb.h"

namespace assure {

class ProgrammeVerb final : public BoardVerb
{
public:
    ProgrammeVerb() : BoardVerb(Damage::Unusable) {}
    QString name() const override { return QStringLiteral("programme"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
