// The Self-assessment page's "Export packs…" and "Import pack…": return packs out to a round's agencies, and back.
#include "gui/assessment/assessmentpackflow.h"

#include "gui/assessment/exportpacksdialog.h"
#include "gui/assessment/packpreviewdialog.h"
#include "workspace/assessment/assessmentedits.h"
#include "workspace/assessment/assessmentpackfiles.h"
#include "workspace/assessment/rounddata.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace assure {

AssessmentPackFlow::AssessmentPackFlow(Workspace *workspace, QWidget *page)
    : QObject(page), m_workspace(workspace), m_page(page)
{
}

void AssessmentPackFlow::chooseExport(qint64 roundId)
{
    const RoundData round(*m_workspace, roundId, false);
    if (!round.isValid() || round.agencies().empty()) {
        QMessageBox::information(m_page, tr("Export self-assessment packs"),
                                 tr("No agency is invited to this round, so there is no pack to send."));
        return;
    }
    ExportPacksDialog dialog(round, m_page);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path;
    if (dialog.roundAgencyId() == 0) {
        path = QFileDialog::getExistingDirectory(m_page, tr("Folder for the self-assessment packs"), folder);
    } else {
        const RoundAgency *invited = round.invitation(dialog.roundAgencyId());
        path = QFileDialog::getSaveFileName(
            m_page, tr("Export self-assessment pack"),
            QDir(folder).filePath(assessmentPackFileName(invited ? round.agencyName(*invited) : QString())),
            tr("Excel workbook (*.xlsx)"));
        if (!path.isEmpty() && QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0)
            path += QStringLiteral(".xlsx");
    }
    if (!path.isEmpty())
        exportPacks(roundId, dialog.roundAgencyId(), path);
}

bool AssessmentPackFlow::exportPacks(qint64 roundId, qint64 roundAgencyId, const QString &path)
{
    const RoundData round(*m_workspace, roundId);
    QList<const RoundAgency *> agencies;
    for (const RoundAgency &a : round.agencies())
        if (roundAgencyId == 0 || a.id == roundAgencyId)
            agencies << &a;
    QProgressDialog progress(tr("Writing the self-assessment packs…"), tr("Cancel"), 0,
                             static_cast<int>(agencies.size()), m_page);
    progress.setWindowTitle(tr("Export self-assessment packs"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(roundAgencyId == 0 ? 0 : 1000);
    int written = 0;
    for (const RoundAgency *a : std::as_const(agencies)) {
        if (progress.wasCanceled()) {
            Q_EMIT statusMessage(tr("Export cancelled after %n packs; those written are in %1", nullptr, written)
                                     .arg(QDir::toNativeSeparators(path)));
            return false;
        }
        const QString name = round.agencyName(*a);
        progress.setLabelText(tr("Writing the pack of %1…").arg(name));
        const QString file = roundAgencyId ? path : QDir(path).filePath(assessmentPackFileName(name));
        QString error;
        if (!exportAssessmentPack(*m_workspace, round, a->id, file, &error)) {
            progress.cancel();
            QMessageBox::warning(m_page, tr("Export self-assessment packs"), error);
            return false;
        }
        progress.setValue(++written);
    }
    Q_EMIT statusMessage(
        tr("Wrote %n self-assessment packs to %1", nullptr, written).arg(QDir::toNativeSeparators(path)));
    return written > 0;
}

void AssessmentPackFlow::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        m_page, tr("Import self-assessment pack"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        importPack(path);
}

bool AssessmentPackFlow::importPack(const QString &path)
{
    const AssessmentPackPlan plan = planAssessmentPack(*m_workspace, path);
    if (!plan.isUsable()) {
        QMessageBox::warning(m_page, tr("Import self-assessment pack"), plan.refusal);
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    PackPreviewDialog preview(plan, name, m_workspace->isReadOnly(), m_page);
    if (preview.exec() != QDialog::Accepted)
        return false;
    QString error;
    if (!AssessmentEdits(*m_workspace).applyPack(plan, QDate::currentDate(), name, &error)) {
        QMessageBox::warning(m_page, tr("Import self-assessment pack"), error);
        return false;
    }
    Q_EMIT imported(plan.round.id, plan.roundAgencyId);
    Q_EMIT statusMessage(tr("Imported %n answers from %1; Edit > Undo takes them all back.", nullptr,
                            static_cast<int>(plan.changes.size()))
                             .arg(name));
    return true;
}

} // namespace assure
