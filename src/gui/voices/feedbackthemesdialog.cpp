// The board's own list of feedback themes, each change an undoable edit.
#include "gui/voices/feedbackthemesdialog.h"

#include "gui/confirmdelete.h"
#include "workspace/voices/feedbackkinds.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace assure {

FeedbackThemesDialog::FeedbackThemesDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_list(new QListWidget(this)), m_add(new QPushButton(tr("&Add…"), this)),
      m_rename(new QPushButton(tr("&Rename…"), this)), m_remove(new QPushButton(tr("&Delete…"), this))
{
    setWindowTitle(tr("Feedback themes"));
    auto *intro = new QLabel(tr("The themes an entry of the feedback log can be tagged with. Renaming a theme "
                                "renames it on every entry."),
                             this);
    intro->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_rename);
    side->addWidget(m_remove);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(close);
    resize(460, 380);

    connect(m_add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add theme"), tr("&Name:"), QLineEdit::Normal, {}, &ok);
        if (ok)
            addTheme(name);
    });
    connect(m_rename, &QPushButton::clicked, this, &FeedbackThemesDialog::rename);
    connect(m_remove, &QPushButton::clicked, this, &FeedbackThemesDialog::remove);
    connect(m_list, &QListWidget::currentRowChanged, this, &FeedbackThemesDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &FeedbackThemesDialog::rename);
    workspace->notifier()->subscribe({kindOf<FeedbackTheme>()}, this, [this] { refill(); });
    refill();
}

qint64 FeedbackThemesDialog::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void FeedbackThemesDialog::refill()
{
    const qint64 shown = currentId();
    m_list->clear();
    for (const FeedbackTheme &t : m_workspace->items<FeedbackTheme>()) {
        auto *item = new QListWidgetItem(t.name, m_list);
        item->setData(Qt::UserRole, t.id);
        if (t.id == shown)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

void FeedbackThemesDialog::updateButtons()
{
    const bool writable = !m_workspace->isReadOnly();
    m_add->setEnabled(writable);
    m_rename->setEnabled(writable && currentId() != 0);
    m_remove->setEnabled(writable && currentId() != 0);
}

bool FeedbackThemesDialog::addTheme(const QString &name)
{
    FeedbackTheme t;
    t.name = name;
    QString error;
    if (m_workspace->add(t, &error))
        return true;
    QMessageBox::warning(this, tr("Not added"), error);
    return false;
}

void FeedbackThemesDialog::rename()
{
    const FeedbackTheme *t = m_workspace->items<FeedbackTheme>().find(currentId());
    if (!t || m_workspace->isReadOnly())
        return;
    bool ok = false;
    FeedbackTheme renamed = *t;
    renamed.name =
        QInputDialog::getText(this, tr("Rename theme"), tr("&Name:"), QLineEdit::Normal, t->name, &ok).trimmed();
    QString error;
    if (ok && !m_workspace->update(renamed, &error))
        QMessageBox::warning(this, tr("Not renamed"), error);
}

void FeedbackThemesDialog::remove()
{
    const qint64 id = currentId();
    const FeedbackTheme *t = m_workspace->items<FeedbackTheme>().find(id);
    if (!t || !confirmDelete(this, tr("Delete %1?").arg(KindTraits<FeedbackTheme>::deleteQuestion(*t)),
                             m_workspace->dependents<FeedbackTheme>(id)))
        return;
    QString error;
    if (!m_workspace->remove<FeedbackTheme>(id, &error))
        QMessageBox::warning(this, tr("Not deleted"), error);
}

} // namespace assure
