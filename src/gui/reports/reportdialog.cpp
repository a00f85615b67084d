// Board papers from the desktop: choices, a preview, and the export.
#include "gui/reports/reportdialog.h"

#include "core/valueformat.h"
#include "gui/narrative/narrativedialog.h"
#include "gui/periodchooser.h"
#include "reports/textlayout.h"
#include "ui_reportdialog.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/board/boardkinds.h"
#include "workspace/settings.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace assure {

ReportDialog::ReportDialog(Workspace *workspace, Settings *settings, const Period &period, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReportDialog>()), m_workspace(workspace), m_settings(settings)
{
    m_ui->setupUi(this);
    m_period = new PeriodChooser(period, m_ui->periodHolder);
    auto *holder = new QVBoxLayout(m_ui->periodHolder);
    holder->setContentsMargins(0, 0, 0, 0);
    holder->addWidget(m_period);
    m_period->setCaptionVisible(false); // the form's own label says "Period:"

    for (ReportKind kind : allReportKinds())
        m_ui->kindCombo->addItem(reportKindLabel(kind), reportKindKey(kind));
    m_ui->formatCombo->addItem(tr("PDF, to publish and print"), reportFormatKey(ReportFormat::Pdf));
    m_ui->formatCombo->addItem(tr("ODT, to edit in Word or LibreOffice"), reportFormatKey(ReportFormat::Odt));
    m_ui->formatCombo->addItem(tr("HTML, one file for a website"), reportFormatKey(ReportFormat::Html));
    // OFFICIAL-SENSITIVE is offered for papers that include case material.
    m_ui->markingCombo->addItems({defaultMarking(), QStringLiteral("OFFICIAL-SENSITIVE")});
    QStringList agencies;
    for (const Agency &a : workspace->items<Agency>())
        agencies << a.name;
    agencies.sort(Qt::CaseInsensitive);
    m_ui->agencyCombo->addItems(agencies);
    for (const Audit &a : workspace->items<Audit>())
        m_ui->auditCombo->addItem(tr("%1 · %2").arg(a.ref, a.title), a.ref);

    if (m_settings) {
        m_ui->kindCombo->setCurrentIndex(qMax(0, m_ui->kindCombo->findData(m_settings->reportKind())));
        m_ui->formatCombo->setCurrentIndex(qMax(0, m_ui->formatCombo->findData(m_settings->reportFormat())));
        if (!m_settings->reportMarking().isEmpty())
            m_ui->markingCombo->setCurrentText(m_settings->reportMarking());
        m_ui->pdfaCheck->setChecked(m_settings->reportPdfA());
    }

    QPushButton *exportButton = m_ui->buttonBox->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, &ReportDialog::chooseFileAndExport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The summaries under the section headings are written for the period chosen here.
    QPushButton *narrative = m_ui->buttonBox->addButton(tr("&Narrative…"), QDialogButtonBox::ActionRole);
    narrative->setToolTip(tr("Write the summary under each section heading for the period"));
    connect(narrative, &QPushButton::clicked, this, [this] {
        NarrativeDialog(m_workspace, m_period->period(), this).exec();
        updateChoices();
    });
    connect(m_ui->previewButton, &QPushButton::clicked, this, &ReportDialog::showPreview);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ReportDialog::updateChoices);
    connect(m_ui->auditCombo, &QComboBox::currentIndexChanged, this, &ReportDialog::updateChoices);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ReportDialog::updateChoices);
    connect(m_period, &PeriodChooser::periodChanged, this, &ReportDialog::updateChoices);
    updateChoices();
}

ReportDialog::~ReportDialog() = default;

ReportRequest ReportDialog::request() const
{
    ReportRequest r;
    r.kind = reportKindFromKey(m_ui->kindCombo->currentData().toString()).value_or(ReportKind::BoardPack);
    r.format = reportFormatFromKey(m_ui->formatCombo->currentData().toString()).value_or(ReportFormat::Pdf);
    r.period = m_period->period();
    if (r.kind == ReportKind::Agency)
        r.agency = m_ui->agencyCombo->currentText();
    // An audit's report is about the audit, not a period: its pages are headed with its title.
    if (r.kind == ReportKind::Audit) {
        r.audit = m_ui->auditCombo->currentData().toString();
        r.period = Period();
    }
    r.marking = m_ui->markingCombo->currentText().trimmed();
    r.pdfA = r.format == ReportFormat::Pdf && m_ui->pdfaCheck->isChecked();
    return r;
}

void ReportDialog::updateChoices()
{
    const ReportRequest r = request();
    const bool agency = r.kind == ReportKind::Agency;
    m_ui->agencyLabel->setEnabled(agency);
    m_ui->agencyCombo->setEnabled(agency);
    m_ui->auditLabel->setEnabled(r.kind == ReportKind::Audit);
    m_ui->auditCombo->setEnabled(r.kind == ReportKind::Audit);
    m_ui->periodLabel->setEnabled(r.kind != ReportKind::Audit);
    m_period->setEnabled(r.kind != ReportKind::Audit);
    m_ui->pdfaCheck->setEnabled(r.format == ReportFormat::Pdf);
    const QString refusal = reportRefusal(*m_workspace, r);
    m_ui->noteLabel->setText(refusal);
    for (QAbstractButton *b : m_ui->buttonBox->buttons())
        if (m_ui->buttonBox->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(refusal.isEmpty());
    m_ui->previewButton->setEnabled(refusal.isEmpty());
    // A preview of other choices would mislead: it is built again when asked for.
    m_ui->preview->setPlainText(tr("Press Preview to see the report before it is written."));
}

void ReportDialog::showPreview()
{
    const ReportRequest r = request();
    if (!reportRefusal(*m_workspace, r).isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    LaidOutReport laidOut = layOutReport(buildReport(*m_workspace, r));
    QTextDocument *document = laidOut.document.release();
    document->setParent(this);
    m_ui->preview->setDocument(document);
    // The editor deletes only its own first document; the previews before this one are ours.
    delete m_previewDocument;
    m_previewDocument = document;
    QApplication::restoreOverrideCursor();
}

QString ReportDialog::suggestedFileName() const
{
    const ReportRequest r = request();
    QString name = QStringLiteral("%1 - %2 - %3")
                       .arg(m_workspace->board().name, reportKindLabel(r.kind), ValueFormat::period(r.period));
    if (r.kind == ReportKind::Agency)
        name += QStringLiteral(" - ") + r.agency;
    if (r.kind == ReportKind::Audit)
        name = QStringLiteral("%1 - %2 - %3").arg(m_workspace->board().name, reportKindLabel(r.kind), r.audit);
    // Slashes ("2026/27") and other characters file systems refuse become hyphens.
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name)
        if (refused.contains(c))
            c = QLatin1Char('-');
    return name + QLatin1Char('.') + reportFormatKey(r.format);
}

bool ReportDialog::exportTo(const QString &path, QString *error)
{
    const ReportRequest r = request();
    if (const QString refusal = reportRefusal(*m_workspace, r); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    // A large report takes a while (the large demo's performance report, some seconds): say so before
    // the work starts, show how far it has come, and let the user stop it (nothing is written then).
    QProgressDialog progress(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show();
    QApplication::processEvents();
    const bool ok = exportReport(*m_workspace, r, path, error, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done); // a modal progress dialog lets Cancel be clicked here
        return !progress.wasCanceled();
    });
    m_cancelled = !ok && progress.wasCanceled();
    if (ok)
        m_written = path;
    if (ok && m_settings) {
        m_settings->setReportKind(reportKindKey(r.kind));
        m_settings->setReportFormat(reportFormatKey(r.format));
        m_settings->setReportMarking(r.marking);
        m_settings->setReportPdfA(m_ui->pdfaCheck->isChecked());
        m_settings->setLastFolder(QFileInfo(path).absolutePath());
    }
    return ok;
}

void ReportDialog::chooseFileAndExport()
{
    const ReportRequest r = request();
    const QString folder =
        m_settings && !m_settings->lastFolder().isEmpty() ? m_settings->lastFolder() : QDir::homePath();
    const QString filter = r.format == ReportFormat::Pdf   ? tr("PDF documents (*.pdf)")
                           : r.format == ReportFormat::Odt ? tr("OpenDocument text (*.odt)")
                                                           : tr("Web pages (*.html)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export board paper"),
                                                      QDir(folder).filePath(suggestedFileName()), filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error)) {
        if (m_cancelled)
            return; // the user stopped it and knows; the dialog stays for another try
        QMessageBox::warning(this, tr("Board paper not written"), tr("%1 was not written: %2").arg(path, error));
        return;
    }
    accept();
}

} // namespace assure
