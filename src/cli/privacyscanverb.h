// assure-cli privacy-scan FILE|--stdin [--json]: what looks like personal data in a board's case
// material and narrative (less the hits accepted in the app, with a reason), or in each line of
// standard input.
#pragma once

#include "cli/boardverb.h"

namespace assure {

class PrivacyScanVerb final : public BoardVerb
{
public:
    PrivacyScanVerb() : BoardVerb(Damage::Unusable) {}
    QString name() const override { return QStringLiteral("privacy-scan"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;

private:
    int scanInput(bool json, CliStreams io) const;
    int scanBoard(const QString &path, bool json, CliStreams io) const;
};

} // namespace assure
