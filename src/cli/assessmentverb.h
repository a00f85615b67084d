// assure-cli assessment rounds FILE [--json], assessment summary FILE --round LABEL [--moderated]
// [--json], assessment export-pack and import-pack: the board's self-assessment rounds, one round's
// returns, and the return packs agencies fill in.
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
    // In assessmentpackverb.cpp.
    int exportPack(const QStringList &args, CliStreams io);
    int importPack(const QStringList &args, CliStreams io);
};

} // namespace assure
