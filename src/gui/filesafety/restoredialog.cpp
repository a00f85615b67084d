// File > Restore from Backup: the backups of a board, with when and what they hold, restored to a new file.
#include "gui/filesafety/restoredialog.h"

#include "core/valueformat.h"
#include "gui/selectedrow.h"

#include "ui_restoredialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace assure {

namespace {

QString triggerLabel(const QString &trigger)
{
    if (trigger == BackupStore::kOpen)
        return RestoreDialog::tr("On opening");
    if (trigger == BackupStore::kTimed)
        return RestoreDialog::tr("While editing");
    if (trigger == BackupStore::kBeforeUpgrade)
        return RestoreDialog::tr("Before an upgrade");
    if (trigger == BackupStore::kManual)
        return RestoreDialog::tr("By assure-cli");
    return trigger;
}

} // namespace

RestoreDialog::RestoreDialog(const BackupStore &store, const QString &currentFolder, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RestoreDialog>()), m_store(store)
{
    m_ui->setupUi(this);
    m_restoreButton = m_ui->buttonBox->addButton(tr("&Restore to New File…"), QDialogButtonBox::ActionRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setEnabled(false);
    m_ui->backupList->setObjectName(QStringLiteral("backupList"));
    QStringList folders = m_store.boardFolders();
    if (!currentFolder.isEmpty()) {
        folders.removeAll(currentFolder);
        folders.prepend(currentFolder);
    }
    for (const QString &folder : std::as_const(folders)) {
        // The board's name as its newest backup has it; the folder's name tells same-named boards apart.
        const QString newest = BoardFiles::backupsIn(folder).value(0).path;
        const QString boardName = newest.isEmpty() ? QString() : BoardFiles::glance(newest).boardName;
        const QString name =
            boardName.isEmpty() ? QDir(folder).dirName() : tr("%1 — %2").arg(boardName, QDir(folder).dirName());
        m_ui->boardCombo->addItem(folder == currentFolder ? tr("%1 (the open board)").arg(name) : name, folder);
    }
    connect(m_ui->boardCombo, &QComboBox::currentIndexChanged, this, &RestoreDialog::showFolder);
    connect(m_ui->backupList, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restoreButton->setEnabled(!selectedBackup().isEmpty()); });
    // Enter or a double-click restores the row it was on, selected first (see selectedrow.h).
    connect(m_ui->backupList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->isDisabled())
            return;
        m_ui->backupList->setCurrentItem(item);
        item->setSelected(true);
        chooseTarget();
    });
    connect(m_restoreButton, &QPushButton::clicked, this, &RestoreDialog::chooseTarget);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    if (folders.isEmpty())
        m_ui->noteLabel->setText(tr("There are no backups yet. Assure makes one each time a board is opened for "
                                    "editing, and every few minutes while it is edited, in %1.")
                                     .arg(QDir::toNativeSeparators(m_store.root())));
    showFolder(m_ui->boardCombo->currentIndex());
}

RestoreDialog::~RestoreDialog() = default;

void RestoreDialog::showFolder(int index)
{
    QTreeWidget *list = m_ui->backupList;
    list->clear();
    const QString folder = m_ui->boardCombo->itemData(index).toString();
    if (folder.isEmpty())
        return;
    const ValueFormat format;
    for (const BackupEntry &e : BoardFiles::backupsIn(folder)) {
        const BackupSummary summary = BoardFiles::glance(e.path);
        auto *item = new QTreeWidgetItem(list, {format.dateTime(e.time), triggerLabel(e.trigger), summary.describe(),
                                                format.dataSize(QFileInfo(e.path).size())});
        item->setData(0, Qt::UserRole, e.path);
        // A backup a crash left half-written has been rolled back by the look itself: say so.
        QString tip = summary.ok ? summary.boardName : summary.problem;
        if (!summary.notice.isEmpty())
            tip += QLatin1Char('\n') + summary.notice;
        item->setToolTip(2, tip);
        if (!summary.ok)
            item->setDisabled(true);
    }
    for (int c = 0; c < list->columnCount(); ++c)
        list->resizeColumnToContents(c);
    if (QTreeWidgetItem *first = list->topLevelItem(0); first && !first->isDisabled())
        list->setCurrentItem(first);
}

QString RestoreDialog::selectedBackup() const
{
    return selectedRow(m_ui->backupList).data(Qt::UserRole).toString();
}

void RestoreDialog::chooseTarget()
{
    const QString backup = selectedBackup();
    if (backup.isEmpty())
        return;
    const QString suggested =
        QDir(QDir::homePath()).filePath(tr("%1 restored.assure").arg(BoardFiles::glance(backup).boardName));
    QString target =
        QFileDialog::getSaveFileName(this, tr("Restore to a new board file"), suggested,
                                     tr("Assure board files (*.assure)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    if (!target.endsWith(QLatin1String(".assure"), Qt::CaseInsensitive))
        target += QStringLiteral(".assure");
    restoreTo(target);
}

bool RestoreDialog::restoreTo(const QString &target)
{
    QString error;
    if (!BoardFiles::restore(selectedBackup(), target, &error)) {
        QMessageBox::warning(this, tr("Not restored"), tr("The backup was not restored: %1").arg(error));
        return false;
    }
    const auto answer = QMessageBox::question(
        this, tr("Restored"), tr("The backup was restored to %1. Open it now?").arg(QDir::toNativeSeparators(target)));
    if (answer == QMessageBox::Yes) {
        m_restored = target;
        accept();
    }
    return true;
}

} // namespace assure
