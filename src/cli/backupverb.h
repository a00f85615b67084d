// assure-cli backup: a consistent copy of a board file, even while it is open elsewhere.
#pragma once

#include "cli/boardverb.h"

namespace assure {

class BackupVerb final : public BoardVerb
{
public:
    BackupVerb() : BoardVerb(Damage::Reported) {}
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
