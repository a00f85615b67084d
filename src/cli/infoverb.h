// assure-cli info FILE: the file's format and what it holds, as JSON.
#pragma once

#include "cli/boardverb.h"

namespace assure {

class InfoVerb final : public BoardVerb
{
public:
    InfoVerb() : BoardVerb(Damage::Unusable) {}
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
