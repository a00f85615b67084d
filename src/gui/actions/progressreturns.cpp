// The Actions page's File > Import and Export entries for progress returns: packs out to agencies, and back.
#include "gui/actions/progressreturns.h"

#include "gui/actions/exportreturnsdialog.h"
#include "gui/actions/returnspreviewdialog.h"
#include "workspace/actions/actionedits.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/actions/actionreturnpacks.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace assure {

namespace {

// A file name from an agency's name that every file system takes.
QString packName(const QString &agency)
{
    QString name;
    for (const QChar c : agency) {
        if (c == QLatin1Char('\'') || c == QChar(0x2019))
            continue;
        name += c.isLetterOrNumber() || c == QLatin1Char('-') ? c : QLatin1Char(' ');
    }
    return name.simplified() + QStringLiteral(" progress return.xlsx");
}

} // namespace

ProgressReturns::ProgressReturns(Workspace *workspace, QWidget *page)
    : QObject(page), m_workspace(workspace), m_page(page)
{
    auto *exportAction = new QAction(tr("Export progress &returns…"), this);
    exportAction->setToolTip(tr("Write a workbook per agency of its open actions, for its leads to report progress"));
    connect(exportAction, &QAction::triggered, this, &ProgressReturns::chooseExport);
    auto *importAction = new QAction(tr("Import progress re&turns…"), this);
    importAction->setToolTip(tr("Read an agency's filled-in progress return and show what it changes"));
    importAction->setEnabled(!workspace->isReadOnly());
    connect(importAction, &QAction::triggered, this, &ProgressReturns::chooseImport);
    m_actions = {exportAction, importAction};
}

void ProgressReturns::chooseExport()
{
    if (agenciesOwingActions(*m_workspace).isEmpty()) {
        QMessageBox::information(m_page, tr("Export progress returns"),
                                 tr("No agency owns an open action, so there is no return to ask for."));
        return;
    }
    ExportReturnsDialog dialog(*m_workspace, QDate::currentDate(), m_page);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path;
    if (dialog.agencyId() == 0) {
        path = QFileDialog::getExistingDirectory(m_page, tr("Folder for the progress returns"), folder);
    } else {
        const Agency *agency = m_workspace->items<Agency>().find(dialog.agencyId());
        path = QFileDialog::getSaveFileName(m_page, tr("Export progress return"),
                                            QDir(folder).filePath(packName(agency ? agency->name : QString())),
                                            tr("Excel workbook (*.xlsx)"));
        if (!path.isEmpty() && QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0)
            path += QStringLiteral(".xlsx");
    }
    if (!path.isEmpty())
        exportPacks(dialog.agencyId(), path, dialog.deadline());
}

bool ProgressReturns::exportPacks(qint64 agencyId, const QString &path, const QDate &deadline)
{
    const QList<qint64> agencies = agencyId ? QList<qint64>{agencyId} : agenciesOwingActions(*m_workspace);
    int written = 0;
    for (const qint64 id : agencies) {
        const Agency *agency = m_workspace->items<Agency>().find(id);
        const QString file = agencyId ? path : QDir(path).filePath(packName(agency ? agency->name : QString()));
        QString error;
        if (!exportActionReturns(*m_workspace, id, deadline, file, &error)) {
            QMessageBox::warning(m_page, tr("Export progress returns"), error);
            return false;
        }
        ++written;
    }
    Q_EMIT statusMessage(tr("Wrote %1 progress returns to %2").arg(written).arg(QDir::toNativeSeparators(path)));
    return written > 0;
}

void ProgressReturns::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        m_page, tr("Import progress return"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        importPack(path);
}

bool ProgressReturns::importPack(const QString &path)
{
    const ActionReturnsPlan plan = planActionReturns(*m_workspace, path);
    if (!plan.isUsable()) {
        QMessageBox::warning(m_page, tr("Import progress returns"), plan.refusal);
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    ReturnsPreviewDialog preview(*m_workspace, plan, name, m_page);
    if (preview.exec() != QDialog::Accepted)
        return false;
    QString error;
    if (!ActionEdits(*m_workspace).applyReturns(plan, QDate::currentDate(), name, &error)) {
        QMessageBox::warning(m_page, tr("Import progress returns"), error);
        return false;
    }
    Q_EMIT statusMessage(tr("Imported %1 progress returns from %2; Edit > Undo takes them all back.")
                             .arg(plan.returns.size())
                             .arg(name));
    return true;
}

} // namespace assure
