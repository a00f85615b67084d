// assure-cli import FILE --KIND TABLE (the kinds are in tableimports.h) | --action-returns PACK [--dry-run]...
#pragma once

#include "cli/boardverb.h"

namespace assure {

class ImportVerb final : public BoardVerb
{
public:
    ImportVerb() : BoardVerb(Damage::Unusable) {}
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
