// The Indicators page's File > Import and Export: measurements and definitions in and out as CSV or XLSX.
#include "gui/indicators/indicatortransfer.h"

#include "gui/indicators/importdialog.h"
#include "workspace/boardspreadsheets.h"
#include "workspace/indicators/boardexport.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QWidget>

namespace assure {

IndicatorTransfer::IndicatorTransfer(Workspace *workspace, QWidget *page, std::function<QStringList()> shownCodes,
                                     std::function<int()> indicatorCount)
    : QObject(page), m_workspace(workspace), m_page(page), m_shownCodes(std::move(shownCodes)),
      m_indicatorCount(std::move(indicatorCount))
{
    auto *importMeasurements = new QAction(tr("Import &Measurements…"), this);
    importMeasurements->setObjectName(QStringLiteral("importMeasurementsAction"));
    importMeasurements->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(importMeasurements, &QAction::triggered, this, [this] { importFile(true); });
    auto *importIndicators = new QAction(tr("Import &Indicator Definitions…"), this);
    connect(importIndicators, &QAction::triggered, this, [this] { importFile(false); });
    auto *exportMeasurements = new QAction(tr("&Export Measurements…"), this);
    exportMeasurements->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportMeasurements, &QAction::triggered, this, [this] { exportFile(true); });
    auto *exportIndicators = new QAction(tr("Export Indicator &Definitions…"), this);
    connect(exportIndicators, &QAction::triggered, this, [this] { exportFile(false); });
    auto *templateAction = new QAction(tr("Save a Measurements &Template…"), this);
    connect(templateAction, &QAction::triggered, this, &IndicatorTransfer::saveTemplate);
    importMeasurements->setEnabled(!m_workspace->isReadOnly());
    importIndicators->setEnabled(!m_workspace->isReadOnly());
    m_actions = {importMeasurements, importIndicators, exportMeasurements, exportIndicators, templateAction};
    // The shortcuts work wherever the page is on show; the File menu shows them too.
    for (QAction *a : std::as_const(m_actions))
        m_page->addAction(a);
}

void IndicatorTransfer::importFile(bool measurements)
{
    ImportDialog dialog(measurements ? ImportDialog::Kind::Measurements : ImportDialog::Kind::Indicators, m_workspace,
                        m_page);
    // The dialog opens on the file picker: importing starts with choosing the file.
    QTimer::singleShot(0, &dialog, &ImportDialog::choose);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(
            tr("Imported %n rows; Edit > Undo takes the whole import back.", nullptr, dialog.rowsWritten()));
}

QString IndicatorTransfer::chooseSpreadsheet(const QString &title, const QString &suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString csv = tr("CSV file (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    QString filter = xlsx;
    QString path =
        QFileDialog::getSaveFileName(m_page, title, QDir(folder).filePath(suggestedName + QStringLiteral(".xlsx")),
                                     xlsx + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        path += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    return path;
}

void IndicatorTransfer::exportFile(bool measurements)
{
    const QStringList codes = m_shownCodes();
    const int count = codes.isEmpty() ? m_indicatorCount() : int(codes.size());
    const QString title = measurements ? tr("Export measurements of %n indicators", nullptr, count)
                                       : tr("Export %n indicator definitions", nullptr, count);
    const QString path = chooseSpreadsheet(title, measurements ? tr("measurements") : tr("indicators"));
    if (path.isEmpty())
        return;
    QString error;
    const bool written = measurements ? exportBoardMeasurements(*m_workspace, path, codes, &error)
                                      : exportBoardIndicators(*m_workspace, path, codes, &error);
    if (!written) {
        QMessageBox::warning(m_page, tr("Not exported"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

void IndicatorTransfer::saveTemplate()
{
    const QString path = chooseSpreadsheet(tr("Save a measurements template"), tr("measurements template"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeMeasurementTemplate(*m_workspace, path, &error)) {
        QMessageBox::warning(m_page, tr("Not saved"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Saved the template as %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace assure
