// assure-cli actions FILE [--agency NAME] [--lead NAME] [--status STATUS] [--overdue] [--due-soon]
// [--as-of DATE] [--json]: the board's actions and where each stands on a day.
#pragma once

#include "cli/boardverb.h"

namespace assure {

class ActionsVerb final : public BoardVerb
{
public:
    ActionsVerb() : BoardVerb(Damage::Unusable) {}
    QString name() const override { return QStringLiteral("actions"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
