// assure-cli check FILE: integrity and foreign keys; exit 3 when the file is damaged.
#pragma once

#include "cli/verb.h"

namespace assure {

class CheckVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
