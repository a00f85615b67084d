// A report as PDF: A4 pages with the running head, the marking and "Page X of Y" on each, optionally PDF/A-1b.
#pragma once

#include "reports/report.h"
#include "reports/reportdocument.h"

#include <QIODevice>
#include <QString>

namespace assure {

struct PdfOptions
{
    bool pdfA = false;       // PDF/A-1b, for the archive
    ReportProgress progress; // told of each part placed and each page drawn; false stops the writing
};

// Writes the PDF to device; false with the reason when it cannot. The contents page gets the page
// each section starts on.
bool writePdf(const ReportDocument &report, QIODevice *device, const PdfOptions &options, QString *error);

} // namespace assure
