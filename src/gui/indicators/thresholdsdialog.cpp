// RAG threshold versions: a new version rates periods ending on or after its date, never the ones before.
#include "gui/indicators/thresholdsdialog.h"

#include "core/valueformat.h"
#include "gui/selectedrow.h"

#include "ui_thresholdsdialog.h"
#include "workspace/indicators/indicatoredits.h"
#include "workspace/workspace.h"

#include <QHeaderView>
#include <QPushButton>

#include <cmath>

namespace assure {

namespace {

// A percentage typed to one decimal place as the fraction it means, without binary noise
// (94% is 0.94, not 0.9400000000000001), so versions compare and print as typed.
double fractionOf(double percentValue)
{
    return std::round(percentValue * 10) / 1000;
}

} // namespace

ThresholdsDialog::ThresholdsDialog(Workspace *workspace, qint64 indicatorId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ThresholdsDialog>()), m_workspace(workspace),
      m_indicatorId(indicatorId)
{
    m_ui->setupUi(this);
    const Indicator *indicator = workspace->items<Indicator>().find(indicatorId);
    if (indicator) {
        setWindowTitle(tr("RAG thresholds of %1").arg(indicator->code));
        m_ui->introLabel->setText(tr("Versions of %1's own thresholds, which override the board's. A version rates the "
                                     "periods that end on or after its date; earlier periods keep their rating.")
                                      .arg(indicator->code));
    } else {
        setWindowTitle(tr("The board's RAG thresholds"));
        m_ui->introLabel->setText(tr("The board's thresholds, for every indicator without its own. Without a version "
                                     "the board's rule applies: Green at 95% of target, Amber at 90%, Red below."));
    }
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: #a4262c; font-weight: 600;"));
    m_ui->versionTable->setColumnCount(5);
    m_ui->versionTable->setHorizontalHeaderLabels(
        {tr("From"), tr("Scheme"), tr("Green at"), tr("Amber at"), tr("BLUE at")});
    m_ui->versionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->versionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->versionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->versionTable->verticalHeader()->hide();
    m_ui->versionTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (RagScheme s : {RagScheme::PercentOfTarget, RagScheme::AbsoluteBands})
        m_ui->schemeCombo->addItem(ragSchemeLabel(s), ragSchemeKey(s));
    ThresholdVersion suggestion;
    suggestion.effectiveFrom = QDate::currentDate();
    setFormVersion(suggestion);

    const bool readOnly = workspace->isReadOnly();
    m_ui->newBox->setEnabled(!readOnly);
    m_ui->addButton->setEnabled(!readOnly);
    connect(m_ui->schemeCombo, &QComboBox::currentIndexChanged, this, &ThresholdsDialog::schemeChanged);
    connect(m_ui->blueCheck, &QCheckBox::toggled, m_ui->blueSpin, &QWidget::setEnabled);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ThresholdsDialog::addVersion);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ThresholdsDialog::removeSelectedVersion);
    connect(m_ui->versionTable, &QTableWidget::itemSelectionChanged, this, [this, readOnly] {
        m_ui->removeButton->setEnabled(!readOnly && selectedRow(m_ui->versionTable).isValid());
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Undo from the main window changes the list too.
    connect(workspace->notifier(), &Notifier::thresholdsChanged, this, &ThresholdsDialog::refill);
    refill();
}

ThresholdsDialog::~ThresholdsDialog() = default;

void ThresholdsDialog::refill()
{
    QList<StoredThresholds> versions;
    for (const StoredThresholds &t : m_workspace->items<StoredThresholds>())
        if (t.indicatorId == m_indicatorId)
            versions << t;
    std::sort(versions.begin(), versions.end(), [](const StoredThresholds &a, const StoredThresholds &b) {
        return a.version.effectiveFrom < b.version.effectiveFrom;
    });
    m_ui->versionTable->setRowCount(int(versions.size()));
    for (int row = 0; row < versions.size(); ++row) {
        const StoredThresholds &s = versions.at(row);
        const RagThresholds &t = s.version.thresholds;
        const bool bands = t.scheme == RagScheme::AbsoluteBands;
        const ValueFormat format;
        // Thresholds as the RAG chart labels them: a band's edge as set, a share of target as a percentage.
        const auto percent = [&](double fraction) { return format.fractionAsPercent(fraction); };
        const QStringList cells = {format.date(s.version.effectiveFrom), ragSchemeLabel(t.scheme),
                                   bands ? format.figure(t.greenValue) : percent(t.greenAt),
                                   bands ? format.figure(t.amberValue) : percent(t.amberAt),
                                   bands ? (t.blueValue ? format.figure(*t.blueValue) : tr("off"))
                                         : (t.blueMargin ? percent(1 + *t.blueMargin) : tr("off"))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, s.id);
            m_ui->versionTable->setItem(row, column, item);
        }
    }
    m_ui->removeButton->setEnabled(false);
}

void ThresholdsDialog::schemeChanged()
{
    const bool bands = ragSchemeFromKey(m_ui->schemeCombo->currentData().toString()) == RagScheme::AbsoluteBands;
    for (QDoubleSpinBox *spin : {m_ui->greenSpin, m_ui->amberSpin, m_ui->blueSpin})
        spin->setSuffix(bands ? QString() : tr("% of target"));
    m_ui->greenLabel->setText(bands ? tr("&Green value:") : tr("&Green at:"));
    m_ui->amberLabel->setText(bands ? tr("&Amber value:") : tr("&Amber at:"));
}

ThresholdVersion ThresholdsDialog::formVersion() const
{
    ThresholdVersion v;
    v.effectiveFrom = m_ui->fromEdit->date();
    RagThresholds &t = v.thresholds;
    t.scheme = ragSchemeFromKey(m_ui->schemeCombo->currentData().toString());
    if (t.scheme == RagScheme::AbsoluteBands) {
        t.greenValue = m_ui->greenSpin->value();
        t.amberValue = m_ui->amberSpin->value();
        if (m_ui->blueCheck->isChecked())
            t.blueValue = m_ui->blueSpin->value();
    } else {
        t.greenAt = fractionOf(m_ui->greenSpin->value());
        t.amberAt = fractionOf(m_ui->amberSpin->value());
        if (m_ui->blueCheck->isChecked())
            t.blueMargin = fractionOf(m_ui->blueSpin->value() - 100);
    }
    return v;
}

void ThresholdsDialog::setFormVersion(const ThresholdVersion &version)
{
    const RagThresholds &t = version.thresholds;
    m_ui->fromEdit->setDate(version.effectiveFrom);
    m_ui->schemeCombo->setCurrentIndex(m_ui->schemeCombo->findData(ragSchemeKey(t.scheme)));
    schemeChanged();
    const bool bands = t.scheme == RagScheme::AbsoluteBands;
    m_ui->greenSpin->setValue(bands ? t.greenValue : t.greenAt * 100);
    m_ui->amberSpin->setValue(bands ? t.amberValue : t.amberAt * 100);
    const bool blue = bands ? t.blueValue.has_value() : t.blueMargin.has_value();
    m_ui->blueCheck->setChecked(blue);
    m_ui->blueSpin->setEnabled(blue);
    m_ui->blueSpin->setValue(bands ? t.blueValue.value_or(0) : (1 + t.blueMargin.value_or(0.10)) * 100);
}

int ThresholdsDialog::versionCount() const
{
    return m_ui->versionTable->rowCount();
}

QString ThresholdsDialog::problem() const
{
    return m_ui->problemLabel->text();
}

bool ThresholdsDialog::addVersion()
{
    StoredThresholds s;
    s.indicatorId = m_indicatorId;
    s.version = formVersion();
    QString error;
    const bool saved = IndicatorEdits(*m_workspace).saveThresholds(s, &error);
    m_ui->problemLabel->setText(saved ? QString() : error);
    return saved;
}

bool ThresholdsDialog::removeSelectedVersion()
{
    const QModelIndex row = selectedRow(m_ui->versionTable);
    const QTableWidgetItem *item = row.isValid() ? m_ui->versionTable->item(row.row(), 0) : nullptr;
    if (!item)
        return false;
    QString error;
    const bool removed = m_workspace->remove<StoredThresholds>(item->data(Qt::UserRole).toLongLong(), &error);
    m_ui->problemLabel->setText(removed ? QString() : error);
    return removed;
}

} // namespace assure
