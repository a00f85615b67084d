// assure-cli import FILE --indicators DEFS | --measurements DATA [--dry-run] [--replace] [--all-or-nothing].
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
