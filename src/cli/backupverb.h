// assure-cli backup: a consistent copy of a board file, even while it is open elsewhere.
#pragma once

#include "cli/verb.h"

namespace assure {

class BackupVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
