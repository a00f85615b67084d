// assure-cli history FILE [--csv OUT | --json] [--since DATE]: the change history, exported.
#pragma once

#include "cli/verb.h"

namespace assure {

class HistoryVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("history"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
