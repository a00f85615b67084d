// Lets libxlsxwriter and QuaZip share one process (see minizipbridge.cpp for why that needs help).
#pragma once

namespace assure::detail {

// Frees the files the bridge opened for libxlsxwriter. Call after workbook_close(); it also
// makes sure the bridge is linked into every program that writes workbooks.
void releaseBridgedZipFiles();

} // namespace assure::detail
