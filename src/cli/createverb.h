// assure-cli create FILE: a new, empty board file.
#pragma once

#include "cli/verb.h"

namespace assure {

class CreateVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("create"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
