// assure-cli restore: a backup checked and copied to a new board file.
#pragma once

#include "cli/verb.h"

namespace assure {

class RestoreVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
