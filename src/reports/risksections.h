// The board pack's sections on the board's own business: its business plan priorities with their
// progress and its risk register with the heat map.
#pragma once

#include "reports/reportdocument.h"
#include "reports/riskdata.h"

namespace assure {

// "Business plan priorities" (level 2): each priority of the year, its lead, indicators green,
// actions on track and its progress, with the rule that rolls them up.
void addPriorities(ReportDocument &doc, const PrioritiesData &data, const QString &summary = QString());

// "Risk register" (level 2): the counts by rating, the 5x5 heat map as a table (impact 5 at the
// top), then each risk, highest score first, with its flags.
void addRiskRegister(ReportDocument &doc, const RiskRegisterData &data, const QString &summary = QString());

} // namespace assure
