// assure-cli report FILE --kind performance|board-pack|agency --period LABEL [--agency NAME]
// [--format pdf|odt|html] [--marking TEXT] [--pdfa] [--as-of DATE] --out PATH: a board paper in one step.
#pragma once

#include "cli/boardverb.h"

namespace assure {

class ReportVerb final : public BoardVerb
{
public:
    ReportVerb() : BoardVerb(Damage::Unusable) {}
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
