// assure-cli assessment rounds FILE [--json] and assessment summary FILE --round LABEL
// [--moderated] [--json]: the board's self-assessment rounds, and one round's returns.
#pragma once

#include "cli/boardverb.h"

namespace assure {

class Workspace;

class AssessmentVerb final : public BoardVerb
{
public:
    AssessmentVerb() : BoardVerb(Damage::Unusable) {}
    QString name() const override { return QStringLiteral("assessment"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;

private:
    int rounds(const QStringList &args, CliStreams io);
    int roundSummary(const QStringList &args, CliStreams io);
};

} // namespace assure
