// The import preview: nothing is written until the user has seen what every row will do.
#include "gui/indicators/importdialog.h"

#include "gui/statuschipdelegate.h"
#include "models/indicators/importpreviewmodel.h"
#include "models/searchproxymodel.h"
#include "ui_importdialog.h"
#include "workspace/indicators/indicatoredits.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace assure {

ImportDialog::ImportDialog(Kind kind, Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_kind(kind), m_workspace(workspace),
      m_model(new ImportPreviewModel(this)), m_proxy(new SearchProxyModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(kind == Kind::Measurements ? tr("Import Measurements") : tr("Import Indicator Definitions"));
    m_import = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    m_ui->replaceCheck->setVisible(kind == Kind::Measurements);
    m_ui->warningLabel->setStyleSheet(QStringLiteral("color: #7a4f00;"));
    m_ui->warningLabel->hide();
    m_ui->showCombo->addItem(tr("Every row"), int(Show::All));
    m_ui->showCombo->addItem(tr("Rows with a problem"), int(Show::Problems));
    m_ui->showCombo->addItem(tr("Rows that change the board"), int(Show::Changes));

    m_proxy->setSourceModel(m_model);
    QTableView *view = m_ui->previewView;
    view->setModel(m_proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(ImportPreviewModel::RowColumn, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->setItemDelegateForColumn(
        ImportPreviewModel::StatusColumn,
        new StatusChipDelegate(ImportPreviewModel::StatusColourRole, ImportPreviewModel::StatusTextRole, view));
    const std::pair<int, int> widths[] = {{ImportPreviewModel::RowColumn, 50},
                                          {ImportPreviewModel::StatusColumn, 100},
                                          {ImportPreviewModel::Code, 90},
                                          {ImportPreviewModel::What, 150},
                                          {ImportPreviewModel::Value, 110}};
    // Never narrower than the header's own words, which translations lengthen.
    for (const auto &[column, width] : widths)
        view->setColumnWidth(column, std::max(width, view->horizontalHeader()->sectionSizeHint(column)));
    view->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &ImportDialog::choose);
    connect(m_ui->replaceCheck, &QCheckBox::toggled, this, &ImportDialog::replan);
    connect(m_ui->allOrNothingCheck, &QCheckBox::toggled, this, &ImportDialog::showPlan);
    connect(m_ui->showCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::applyShow);
    showPlan();
}

ImportDialog::~ImportDialog() = default;

const ImportCounts &ImportDialog::counts() const
{
    return m_kind == Kind::Measurements ? m_measurementPlan.counts : m_indicatorPlan.counts;
}

QString ImportDialog::summary() const
{
    return m_ui->summaryLabel->text();
}

QTableView *ImportDialog::preview() const
{
    return m_ui->previewView;
}

void ImportDialog::setReplace(bool replace)
{
    m_ui->replaceCheck->setChecked(replace);
}

void ImportDialog::setAllOrNothing(bool allOrNothing)
{
    m_ui->allOrNothingCheck->setChecked(allOrNothing);
}

void ImportDialog::setShow(Show show)
{
    m_ui->showCombo->setCurrentIndex(m_ui->showCombo->findData(int(show)));
}

void ImportDialog::choose()
{
    const QString start =
        m_ui->fileEdit->text().isEmpty() ? QDir::homePath() : QFileInfo(m_ui->fileEdit->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, windowTitle(), start, tr("Spreadsheets (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportDialog::loadFile(const QString &path)
{
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    m_source = QFileInfo(path).fileName();
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_table = readSpreadsheet(path, &error);
    QApplication::restoreOverrideCursor();
    if (!m_table) {
        m_measurementPlan = MeasurementImportPlan{};
        m_indicatorPlan = IndicatorImportPlan{};
        m_measurementPlan.error = m_indicatorPlan.error = error;
        m_model->clear();
        showPlan();
        return false;
    }
    replan();
    return (m_kind == Kind::Measurements ? m_measurementPlan.isUsable() : m_indicatorPlan.isUsable());
}

void ImportDialog::replan()
{
    if (!m_table)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (m_kind == Kind::Measurements) {
        ImportOptions options;
        options.replace = m_ui->replaceCheck->isChecked();
        options.replaceHint = tr("tick “Replace stored values” to overwrite");
        m_measurementPlan = planMeasurementImport(*m_workspace, *m_table, options);
        m_model->setPlan(m_measurementPlan, *m_workspace);
    } else {
        m_indicatorPlan = planIndicatorImport(*m_workspace, *m_table);
        m_model->setPlan(m_indicatorPlan);
    }
    QApplication::restoreOverrideCursor();
    showPlan();
}

void ImportDialog::showPlan()
{
    const QString error = m_kind == Kind::Measurements ? m_measurementPlan.error : m_indicatorPlan.error;
    const QStringList warnings = m_kind == Kind::Measurements ? m_measurementPlan.warnings : m_indicatorPlan.warnings;
    const ImportCounts &c = counts();
    const bool blocked = m_ui->allOrNothingCheck->isChecked() && c.rejected > 0;
    QString text;
    QString style = QStringLiteral("font-weight: 600;");
    if (m_ui->fileEdit->text().isEmpty()) {
        text = tr("Choose the file to import. Nothing is written until you press Import.");
        style.clear();
    } else if (!error.isEmpty()) {
        text = tr("This file cannot be imported: %1").arg(error);
        style += QStringLiteral(" color: #a4262c;");
    } else if (c.total() == 0) {
        text = tr("The file has a header row but no rows to import.");
    } else {
        text = describeImportCounts(c) + QLatin1Char('.');
        if (blocked)
            text +=
                QLatin1Char(' ') + tr("Nothing will be imported while a row is rejected: correct the file, or untick "
                                      "“Import nothing if any row is rejected” to import the other rows.");
        else if (c.changing() == 0)
            text +=
                QLatin1Char(' ') + tr("There is nothing new to import: the board already holds every accepted row.");
        else if (c.rejected > 0)
            text += QLatin1Char(' ') +
                    tr("Rejected rows are left out; the others are imported as one change you can undo.");
        else
            text += QLatin1Char(' ') + tr("The rows are imported as one change you can undo.");
        if (c.rejected > 0)
            style += QStringLiteral(" color: #a4262c;");
    }
    m_ui->summaryLabel->setText(text);
    m_ui->summaryLabel->setStyleSheet(style);
    m_ui->warningLabel->setText(warnings.join(QLatin1Char('\n')));
    m_ui->warningLabel->setVisible(!warnings.isEmpty());
    const bool ready = error.isEmpty() && m_table && c.changing() > 0 && !blocked && !m_workspace->isReadOnly();
    m_import->setEnabled(ready);
    m_import->setText(ready ? tr("&Import %n rows", nullptr, c.changing()) : tr("&Import"));
    if (ready)
        m_import->setDefault(true);
    applyShow();
}

void ImportDialog::applyShow()
{
    const auto show = Show(m_ui->showCombo->currentData().toInt());
    m_proxy->setRowFilter([this, show](int row) {
        const ImportStatus s = m_model->statusAt(row);
        switch (show) {
        case Show::All: return true;
        case Show::Problems: return s == ImportStatus::Rejected;
        case Show::Changes: return s == ImportStatus::New || s == ImportStatus::Update || s == ImportStatus::Replace;
        }
        return true;
    });
}

void ImportDialog::accept()
{
    if (!m_import->isEnabled())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const int written = m_kind == Kind::Measurements
                            ? IndicatorEdits(*m_workspace).applyImport(m_measurementPlan, m_source, &error)
                            : IndicatorEdits(*m_workspace).applyImport(m_indicatorPlan, m_source, &error);
    QApplication::restoreOverrideCursor();
    if (written < 0) {
        QMessageBox::critical(this, tr("Not imported"),
                              tr("Nothing was imported, and the board is as it was.\n\n%1").arg(error));
        return;
    }
    m_written = written;
    QDialog::accept();
}

} // namespace assure
