// assure-cli demo OUT [--scale small|large] [--seed N]: a fictional partnership.
#pragma once

#include "cli/verb.h"

namespace assure {

class DemoVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
