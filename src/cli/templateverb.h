// assure-cli indicators-template OUT.csv|OUT.xlsx: an empty measurements import template.
#pragma once

#include "cli/verb.h"

namespace assure {

class TemplateVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("indicators-template"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
