// Shorthand shared by the demo's indicator template files (demoindicatortemplates*.cpp), and the lists each adds.
#pragma once

#include "core/demo/demoindicatortemplates.h"

namespace assure::demo {

inline constexpr Unit kPct = Unit::Percent;
inline constexpr Polarity kHigher = Polarity::HigherIsBetter;
inline constexpr Polarity kLower = Polarity::LowerIsBetter;
inline constexpr Polarity kInfo = Polarity::None;
inline constexpr Frequency kMonthly = Frequency::Monthly;
inline constexpr Frequency kQuarterly = Frequency::Quarterly;
inline constexpr Frequency kAnnual = Frequency::Annual;

inline constexpr const char *kCaseSystem = "Children's social care case management system";
inline constexpr const char *kCinCensus = "Case management system; reported to DfE in the children in need census";
inline constexpr const char *kSsda903 =
    "Case management system; reported to DfE in the SSDA903 looked-after children return";
inline constexpr const char *kSac =
    "Adult social care case management system; reported to NHS England in the Safeguarding Adults Collection";

// Children's services: the front door, assessment, early help, child protection, looked-after children and care
// leavers.
void addChildrenTemplates(std::vector<Template> &t);
// The partnership's workforce, training and safer recruitment; adults; the yearly returns.
void addAdultsAndPartnershipTemplates(std::vector<Template> &t);

} // namespace assure::demo
