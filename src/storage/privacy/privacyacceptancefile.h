// A board file's acceptances of the anonymisation guard's hits, read for a scan that has no
// workspace (assure-cli privacy-scan FILE).
#pragma once

#include "core/privacy/privacyacceptance.h"

#include <optional>

namespace assure {

class BoardFile;

// Every acceptance of the file; nothing, with the reason, when the read fails.
std::optional<PrivacyAcceptances> readPrivacyAcceptances(const BoardFile &file, QString *error = nullptr);

} // namespace assure
