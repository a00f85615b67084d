// A report as one self-contained HTML file: lang en-GB, real headings, header cells, charts as inline SVG.
#pragma once

#include "reports/reportdocument.h"

#include <QByteArray>

namespace assure {

// Well-formed XHTML served as HTML5, with its style sheet inside and every chart as an <svg> that
// carries its description (role="img", aria-label, <title>) and a visible caption.
QByteArray reportHtml(const ReportDocument &report);

} // namespace assure
