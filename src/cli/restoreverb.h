// assure-cli restore: a backup checked and copied to a new board file.
#pragma once

#include "cli/boardverb.h"

namespace assure {

class RestoreVerb final : public BoardVerb
{
public:
    RestoreVerb() : BoardVerb(Damage::Reported) {}
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
