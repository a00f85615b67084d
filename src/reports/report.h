// The reports a board publishes, built from a workspace and written as PDF, ODT or HTML in one call.
#pragma once

#include "core/period.h"
#include "reports/reportdocument.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace assure {

class Workspace;

enum class ReportKind { Performance, BoardPack, Agency, Audit };
enum class ReportFormat { Pdf, Odt, Html };

QString reportKindKey(ReportKind kind); // "performance", "board-pack", "agency", "audit"
std::optional<ReportKind> reportKindFromKey(const QString &key);
QString reportKindLabel(ReportKind kind); // "Quarterly performance report", "Board pack", "Action plan", "Audit report"
QList<ReportKind> allReportKinds();
QString reportFormatKey(ReportFormat format); // "pdf", "odt", "html"
std::optional<ReportFormat> reportFormatFromKey(const QString &key);

// The protective marking a report carries unless another is chosen.
QString defaultMarking();

struct ReportRequest
{
    ReportKind kind = ReportKind::BoardPack;
    Period period;
    QString agency;  // for ReportKind::Agency: the agency's name, as the board spells it
    QString audit;   // for ReportKind::Audit: the audit's reference (or id)
    QString marking; // empty: defaultMarking()
    QDate asOf;      // the day the actions stand on and the paper is dated; invalid: today
    ReportFormat format = ReportFormat::Pdf;
    bool pdfA = false;
};

// Told how far a long export has come, `done` of `total` steps (the total may grow as the pages are
// counted); answers false to stop it, and then no file is written.
using ReportProgress = std::function<bool(int done, int total)>;

// Why the request cannot be met for this board (an agency report without a known agency, an audit
// report without a known audit); empty when it can.
QString reportRefusal(const Workspace &ws, const ReportRequest &request);

// The report's blocks; call reportRefusal first.
ReportDocument buildReport(const Workspace &ws, const ReportRequest &request);

// Writes the document to path in the format asked for, all or nothing: on failure no file is left
// behind, and error says why.
// A stopped export fails with reportCancelledText() as its error.
bool writeReport(const ReportDocument &report, const ReportRequest &request, const QString &path, QString *error,
                 const ReportProgress &progress = {});

// What the app calls: builds the report of a kind for a period and writes it.
bool exportReport(const Workspace &ws, const ReportRequest &request, const QString &path, QString *error,
                  const ReportProgress &progress = {});

// The error of an export the user stopped.
QString reportCancelledText();

} // namespace assure
