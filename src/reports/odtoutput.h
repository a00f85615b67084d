// A report as ODT: Qt's ODF writer, with the report's headings made real headings (text:h) afterwards.
#pragma once

#include "reports/reportdocument.h"

#include <QByteArray>
#include <QString>

namespace assure {

// The ODT package, or empty with the reason in error.
QByteArray reportOdt(const ReportDocument &report, QString *error);

} // namespace assure
