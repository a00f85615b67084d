// assure-cli export FILE --measurements OUT | --indicators OUT [--codes A,B]: the importers' columns, as CSV or XLSX.
#pragma once

#include "cli/verb.h"

namespace assure {

class ExportVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
