// assure-cli history FILE [--csv OUT | --json] [--since DATE]: the change history, exported.
#pragma once

#include "cli/boardverb.h"

namespace assure {

class HistoryVerb final : public BoardVerb
{
public:
    HistoryVerb() : BoardVerb(Damage::Reported) {}
    QString name() const override { return QStringLiteral("history"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
