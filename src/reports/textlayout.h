// A report laid out as a QTextDocument: real headings, tables with header rows, charts as vector objects.
#pragma once

#include "reports/reportdocument.h"

#include <QList>
#include <QTextDocument>

#include <memory>

namespace assure {

struct TextLayoutOptions
{
    // The page each section heading starts on, for the contents; empty: the contents has no page column.
    QList<int> sectionPages;
    // The sections the contents lists; empty: the report's own (a part of a report passes the whole's).
    QStringList contentsSections;
    // Charts drawn where they stand (PDF); when false only their descriptions stay (a format that
    // cannot hold a vector object).
    bool drawCharts = true;
};

struct LaidOutReport
{
    std::unique_ptr<QTextDocument> document;
    QList<int> sectionPositions; // where each section heading (level 2) begins, in document positions
};

LaidOutReport layOutReport(const ReportDocument &report, const TextLayoutOptions &options = {});

} // namespace assure
