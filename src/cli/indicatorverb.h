// assure-cli indicator FILE --code CODE [--json]: one indicator's history with RAG and SPC.
#pragma once

#include "cli/verb.h"

namespace assure {

class IndicatorVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("indicator"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
