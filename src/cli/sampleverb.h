// assure-cli sample --candidates CASES.csv|.xlsx --size N --seed S [--stratify COLUMN
// [--per-stratum K | --proportional]] [--exclude LIST.csv]: a reproducible random sample of cases.
#pragma once

#include "cli/verb.h"

namespace assure {

class SampleVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("sample"); }
    QString summary() const override;
    int run(const QStringList &args, CliStreams io) override;
};

} // namespace assure
