// assure-cli check FILE: integrity and foreign keys; exit 3 when the file is damaged.
#pragma once

#include "cli/boardverb.h"

namespace assure {

class CheckVerb final : public BoardVerb
{
public:
    CheckVerb() : BoardVerb(Damage::Reported) {}
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
