// Board papers from the desktop: choose the report, its period, format and marking, preview it, and
// write it where the user says; the choices are offered again next time.
#pragma once

#include "core/period.h"
#include "reports/report.h"

#include <QDialog>

#include <memory>

class QTextDocument;

namespace Ui {
class ReportDialog;
}

namespace assure {

class PeriodChooser;
class Settings;
class Workspace;

class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    // settings may be null (nothing is remembered then).
    ReportDialog(Workspace *workspace, Settings *settings, const Period &period, QWidget *parent = nullptr);
    ~ReportDialog() override;

    ReportRequest request() const;
    Ui::ReportDialog *form() const { return m_ui.get(); }
    PeriodChooser *periodChooser() const { return m_period; }

    // Builds the chosen report into the preview.
    void showPreview();
    // Writes the chosen report to path, remembers the choices, and says what went wrong in error.
    bool exportTo(const QString &path, QString *error);
    // A name for the file: "Westmere … - Board pack - 2026-27 Q2.pdf".
    QString suggestedFileName() const;
    // The file the last export wrote; empty before one has.
    QString writtenPath() const { return m_written; }

private:
    void updateChoices();
    void chooseFileAndExport();

    std::unique_ptr<Ui::ReportDialog> m_ui;
    Workspace *m_workspace;
    Settings *m_settings;
    PeriodChooser *m_period;
    QString m_written;
    bool m_cancelled = false;                   // the last export was stopped by the user
    QTextDocument *m_previewDocument = nullptr; // the preview shown, owned here
};

} // namespace assure
