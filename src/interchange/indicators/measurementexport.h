// Writes measurements and indicator definitions to CSV or XLSX in the columns the importers read, and empty templates.
#pragma once

#include "core/indicators/indicator.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace assure {

// Choices, so that an exported file imports back unchanged:
// - Headers are the importers' own names (measurementImportColumns(), indicatorImportColumns()),
//   in English whatever the language, as the file may travel between boards.
// - Unit, polarity, frequency and data quality are written as their stable keys ("percent",
//   "higher", "quarterly", "validated"), which every language's importer reads.
// - Numbers are written as numbers (a percentage indicator's 87.5 as 87.5, no % sign).
// - Periods as their labels ("Sep 2026", "2026/27 Q2", "2026/27").
// - A measurements file has one row per indicator and period holding a measurement or a target
//   set for that period (including a whole year's target), in the order of the indicators'
//   codes and then of the periods. The standing annual target is in the indicators file.
// - The path's suffix (.csv or .xlsx) chooses the format; an XLSX file has one sheet.

QStringList measurementExportHeader();
QStringList indicatorExportHeader();

// The rows as written; measurements and targets of indicators not in the list are left out.
QList<QVariantList> measurementExportRows(const QList<Indicator> &indicators, const QList<Measurement> &measurements,
                                          const QList<Target> &targets, int fyStartMonth = 4);
// agencyNames: owner agency id -> name.
QList<QVariantList> indicatorExportRows(const QList<Indicator> &indicators, const QHash<qint64, QString> &agencyNames);

bool exportMeasurements(const QString &path, const QList<Indicator> &indicators, const QList<Measurement> &measurements,
                        const QList<Target> &targets, int fyStartMonth = 4, QString *error = nullptr);
bool exportIndicators(const QString &path, const QList<Indicator> &indicators,
                      const QHash<qint64, QString> &agencyNames, QString *error = nullptr);

// An empty template: the header row only; an XLSX template adds a "Guidance" sheet saying what
// each column takes (its first sheet is the one an import reads).
bool writeMeasurementTemplate(const QString &path, int fyStartMonth = 4, QString *error = nullptr);
bool writeIndicatorTemplate(const QString &path, QString *error = nullptr);

} // namespace assure
