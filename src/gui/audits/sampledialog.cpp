// Draws a reproducible random sample of cases for an audit and adds it with its seed.
#include "gui/audits/sampledialog.h"

#include "core/audits/privacyguard.h"
#include "core/privacy/privacyacceptance.h"
#include "ui_sampledialog.h"
#include "workspace/audits/auditedits.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>

namespace assure {

namespace {

// A seed short enough to read out and write down; any whole number up to 2^64 - 1 may be typed.
QString freshSeed()
{
    return QString::number(QRandomGenerator::system()->bounded(100000, 1000000));
}

} // namespace

SampleDialog::SampleDialog(Workspace *workspace, qint64 auditId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SampleDialog>()), m_workspace(workspace), m_auditId(auditId)
{
    m_ui->setupUi(this);
    const Audit *audit = workspace->items<Audit>().find(auditId);
    setWindowTitle(audit ? tr("Draw a sample of cases for %1").arg(audit->ref) : tr("Draw a sample of cases"));
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: #a4262c; font-weight: 600;"));
    m_ui->problemLabel->setAccessibleName(tr("Problem"));
    m_ui->problemLabel->hide();
    m_ui->previewTable->setColumnCount(3);
    m_ui->previewTable->setHorizontalHeaderLabels({tr("Order drawn"), tr("Case reference"), tr("Stratum")});
    m_ui->previewTable->verticalHeader()->hide();
    QHeaderView *header = m_ui->previewTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->stratifyCombo->addItem(tr("Nothing: one draw from every case"), -1);
    m_ui->clearImportButton->setEnabled(false);
    // A seed recorded with the audit is offered again, so that its sample can be drawn again.
    m_ui->seedEdit->setText(audit && !audit->samplingSeed.isEmpty() ? audit->samplingSeed : freshSeed());
    m_add = m_ui->buttonBox->addButton(tr("&Add to audit"), QDialogButtonBox::AcceptRole);
    m_add->setAutoDefault(false);
    m_add->setEnabled(false);

    connect(m_ui->importButton, &QPushButton::clicked, this, &SampleDialog::chooseFile);
    connect(m_ui->clearImportButton, &QPushButton::clicked, this, &SampleDialog::clearImport);
    connect(m_ui->newSeedButton, &QPushButton::clicked, this, &SampleDialog::offerNewSeed);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &SampleDialog::showPreview);
    connect(m_add, &QPushButton::clicked, this, &SampleDialog::addToAudit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SampleDialog::reject);
    for (QPlainTextEdit *edit : {m_ui->candidatesEdit, m_ui->excludeEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &SampleDialog::invalidate);
    for (QLineEdit *edit : {m_ui->sizeEdit, m_ui->seedEdit, m_ui->perStratumEdit})
        connect(edit, &QLineEdit::textChanged, this, &SampleDialog::invalidate);
    connect(m_ui->recentCheck, &QCheckBox::toggled, this, &SampleDialog::updateChoices);
    connect(m_ui->recentMonths, &QSpinBox::valueChanged, this, &SampleDialog::invalidate);
    connect(m_ui->stratifyCombo, &QComboBox::currentIndexChanged, this, &SampleDialog::updateChoices);
    connect(m_ui->perStratumRadio, &QRadioButton::toggled, this, &SampleDialog::updateChoices);
    updateChoices();
}

SampleDialog::~SampleDialog() = default;

bool SampleDialog::drawFor(Workspace *workspace, qint64 auditId, QWidget *parent)
{
    SampleDialog dialog(workspace, auditId, parent);
    return dialog.exec() == QDialog::Accepted;
}

QString SampleDialog::problem() const
{
    return m_ui->problemLabel->isVisible() ? m_ui->problemLabel->text() : QString();
}

void SampleDialog::showProblem(const QString &text)
{
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->setVisible(!text.isEmpty());
}

void SampleDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import candidate cases"), QString(), tr("Spreadsheets (*.csv *.xlsx)"));
    if (!path.isEmpty())
        importFile(path);
}

bool SampleDialog::importFile(const QString &path)
{
    QString error;
    std::optional<SampleSource> table = SampleSource::read(path, &error);
    if (!table) {
        showProblem(error);
        return false;
    }
    m_table = std::move(table);
    const QSignalBlocker block(m_ui->stratifyCombo);
    while (m_ui->stratifyCombo->count() > 1)
        m_ui->stratifyCombo->removeItem(1);
    const int refs = m_table->refColumn();
    for (int c = 0; c < m_table->columnCount(); ++c)
        if (c != refs)
            m_ui->stratifyCombo->addItem(m_table->columnName(c), c);
    const QString name = QFileInfo(path).fileName();
    m_ui->candidatesLabel->setText(tr("%1: %2 cases, references from “%3”.")
                                       .arg(name, QLocale().toString(m_table->rowCount()), m_table->columnName(refs)));
    m_ui->candidatesEdit->setEnabled(false);
    m_ui->candidatesEdit->setPlaceholderText(tr("The candidates are imported from %1.").arg(name));
    m_ui->clearImportButton->setEnabled(true);
    showProblem({});
    updateChoices();
    return true;
}

void SampleDialog::clearImport()
{
    m_table.reset();
    const QSignalBlocker block(m_ui->stratifyCombo);
    while (m_ui->stratifyCombo->count() > 1)
        m_ui->stratifyCombo->removeItem(1);
    m_ui->candidatesLabel->clear();
    m_ui->candidatesEdit->setEnabled(true);
    m_ui->candidatesEdit->setPlaceholderText(tr("C-2026-0001\nC-2026-0002\n…"));
    m_ui->clearImportButton->setEnabled(false);
    updateChoices();
}

void SampleDialog::offerNewSeed()
{
    m_ui->seedEdit->setText(freshSeed());
}

void SampleDialog::updateChoices()
{
    const bool stratified = m_ui->stratifyCombo->currentData().toInt() >= 0;
    const bool perStratum = stratified && m_ui->perStratumRadio->isChecked();
    m_ui->perStratumRadio->setEnabled(stratified);
    m_ui->proportionalRadio->setEnabled(stratified);
    m_ui->perStratumEdit->setEnabled(perStratum);
    m_ui->sizeEdit->setEnabled(!perStratum);
    m_ui->recentMonths->setEnabled(m_ui->recentCheck->isChecked());
    invalidate();
}

void SampleDialog::invalidate()
{
    m_drawn = {};
    m_ui->previewTable->setRowCount(0);
    m_ui->summaryLabel->clear();
    m_add->setEnabled(false);
}

std::optional<QList<SampleCandidate>> SampleDialog::candidates(QString *error) const
{
    std::optional<QList<SampleCandidate>> out;
    QString fromWhere;
    if (m_table) {
        out = m_table->candidates(m_ui->stratifyCombo->currentData().toInt(), error);
        if (!out)
            return out;
        fromWhere = QFileInfo(m_table->fileName()).fileName();
    } else {
        out = SampleSource::fromText(m_ui->candidatesEdit->toPlainText());
    }
    if (out->isEmpty()) {
        *error = tr("There are no candidate cases: paste their references or import them.");
        return std::nullopt;
    }
    // References are stored in the board file: one that looks like personal data stops the draw.
    for (const SampleCandidate &c : std::as_const(*out)) {
        const QList<PrivacyHit> hits = PrivacyGuard::scan(c.ref);
        if (hits.isEmpty())
            continue;
        const QString where = fromWhere.isEmpty() ? tr("Line %1").arg(QLocale().toString(c.row))
                                                  : tr("Row %1 of %2").arg(QLocale().toString(c.row), fromWhere);
        *error = tr("%1: the case reference “%2” holds %3 (%4). Case references must be anonymised: correct the "
                    "list, then draw again.")
                     .arg(where, c.ref, privacyKindPhrase(hits.constFirst().kind), hits.constFirst().text);
        return std::nullopt;
    }
    return out;
}

std::optional<SampleRequest> SampleDialog::request(QString *error) const
{
    SampleRequest r;
    const std::optional<quint64> seed = CaseSampling::seedFromText(m_ui->seedEdit->text());
    if (!seed) {
        *error = tr("Seed: “%1” is not a whole number from 0 to %2.")
                     .arg(m_ui->seedEdit->text(), QLocale().toString(std::numeric_limits<quint64>::max()));
        return std::nullopt;
    }
    r.seed = *seed;
    const bool stratified = m_ui->stratifyCombo->currentData().toInt() >= 0;
    if (m_ui->sizeEdit->isEnabled()) {
        const std::optional<int> size = CaseSampling::countFromText(m_ui->sizeEdit->text());
        if (!size) {
            *error = tr("Sample size: “%1” is not a whole number.").arg(m_ui->sizeEdit->text());
            return std::nullopt;
        }
        r.size = *size;
        r.stratification = stratified ? Stratification::Proportional : Stratification::None;
    } else {
        const std::optional<int> k = CaseSampling::countFromText(m_ui->perStratumEdit->text());
        if (!k) {
            *error = tr("From each stratum: “%1” is not a whole number.").arg(m_ui->perStratumEdit->text());
            return std::nullopt;
        }
        r.perStratum = *k;
        r.stratification = Stratification::PerStratum;
    }
    std::optional<QList<SampleCandidate>> list = candidates(error);
    if (!list)
        return std::nullopt;
    r.candidates = std::move(*list);
    const QList<SampleCandidate> pasted = SampleSource::fromText(m_ui->excludeEdit->toPlainText());
    for (const SampleCandidate &c : pasted)
        r.excluded << c.ref;
    if (m_ui->recentCheck->isChecked())
        r.excluded
            << AuditEdits(*m_workspace).auditedSince(QDate::currentDate().addMonths(-m_ui->recentMonths->value()));
    return r;
}

void SampleDialog::showPreview()
{
    invalidate();
    QString error;
    std::optional<SampleRequest> r = request(&error);
    if (r) {
        m_drawn = CaseSampling::draw(*r);
        error = m_drawn.error;
    }
    showProblem(error);
    if (!r || !m_drawn.ok()) {
        m_drawn = {};
        return;
    }
    m_drawnFrom = std::move(*r);
    QHash<QString, QString> strata;
    for (const SampleCandidate &c : std::as_const(m_drawnFrom.candidates))
        strata.insert(c.ref.trimmed(), c.stratum);
    auto *table = m_ui->previewTable;
    table->setRowCount(int(m_drawn.refs.size()));
    for (int i = 0; i < m_drawn.refs.size(); ++i) {
        const QString &ref = m_drawn.refs.at(i);
        table->setItem(i, 0, new QTableWidgetItem(QLocale().toString(i + 1)));
        table->setItem(i, 1, new QTableWidgetItem(ref));
        table->setItem(i, 2, new QTableWidgetItem(strata.value(ref)));
    }
    table->setColumnHidden(2, m_drawnFrom.stratification == Stratification::None);
    m_ui->summaryLabel->setText(tr("%1 of %2 candidates drawn with seed %3.")
                                    .arg(QLocale().toString(m_drawn.refs.size()),
                                         QLocale().toString(m_drawnFrom.candidates.size()),
                                         QString::number(m_drawnFrom.seed)));
    m_add->setEnabled(!m_workspace->isReadOnly());
}

void SampleDialog::addToAudit()
{
    if (m_drawn.refs.isEmpty())
        return;
    QString error;
    if (!AuditEdits(*m_workspace).recordSample(m_auditId, m_drawn.refs, m_drawnFrom.seed, &error)) {
        showProblem(error);
        return;
    }
    accept();
}

} // namespace assure
