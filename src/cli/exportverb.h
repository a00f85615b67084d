// assure-cli export FILE --measurements OUT | --indicators OUT [--codes A,B]: the importers' columns, as CSV or XLSX.
#pragma once

#include "cli/boardverb.h"

namespace assure {

class ExportVerb final : public BoardVerb
{
public:
    ExportVerb() : BoardVerb(Damage::Unusable) {}
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
