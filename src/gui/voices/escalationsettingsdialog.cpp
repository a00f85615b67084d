// The board's escalation levels and reasons, saved as one step.
#include "gui/voices/escalationsettingsdialog.h"

#include "workspace/voices/escalationedits.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace assure {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QListWidgetItem *editableItem(const QString &text, qint64 id, QListWidget *list)
{
    auto *item = new QListWidgetItem(text, list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    item->setData(kIdRole, id);
    return item;
}

// A list with Add and Delete beside it; Add starts editing the new row.
QGroupBox *listBox(const QString &title, const QString &hint, QListWidget *list, QPushButton *add, QPushButton *remove,
                   QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(box);
    auto *note = new QLabel(hint, box);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addLayout(row);
    return box;
}

} // namespace

EscalationSettingsDialog::EscalationSettingsDialog(Workspace *workspace, QWidget *parent)
    : ItemDialog(parent), m_workspace(workspace), m_levels(new QListWidget(this)), m_reasons(new QListWidget(this)),
      m_addLevel(new QPushButton(tr("Add &level"), this)), m_addReason(new QPushButton(tr("Add &reason"), this))
{
    setWindowTitle(tr("Escalation levels and reasons"));
    const EscalationSettings &settings = workspace->items<EscalationSettings>().value();
    for (int level = 1; level <= settings.highestLevel(); ++level)
        editableItem(settings.levelName(level), level, m_levels);
    for (const EscalationReason &r : workspace->items<EscalationReason>())
        editableItem(r.name, r.id, m_reasons);
    auto *removeLevel = new QPushButton(tr("Delete the &highest"), this);
    auto *removeReason = new QPushButton(tr("&Delete reason"), this);
    auto *problem = new QLabel(this);
    problem->setWordWrap(true);
    setProblemLabel(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *lists = new QHBoxLayout;
    lists->addWidget(listBox(tr("Levels, lowest first"),
                             tr("Double-click a level to rename it. The highest level an escalation may reach is "
                                "the last; from 1 to %1 levels.")
                                 .arg(kEscalationLevelsMax),
                             m_levels, m_addLevel, removeLevel, this));
    lists->addWidget(listBox(tr("Reasons"),
                             tr("Double-click a reason to rename it. A reason given by an escalation on record "
                                "cannot be deleted."),
                             m_reasons, m_addReason, removeReason, this));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(lists, 1);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    resize(860, 420);

    connect(m_addLevel, &QPushButton::clicked, this, [this] {
        if (m_levels->count() >= kEscalationLevelsMax)
            return;
        QListWidgetItem *item =
            editableItem(tr("Level %1").arg(m_levels->count() + 1), m_levels->count() + 1, m_levels);
        m_levels->setCurrentItem(item);
        m_levels->editItem(item);
    });
    connect(removeLevel, &QPushButton::clicked, this, [this] {
        if (m_levels->count() > 1)
            delete m_levels->takeItem(m_levels->count() - 1);
    });
    connect(m_addReason, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = editableItem(tr("New reason"), 0, m_reasons);
        m_reasons->setCurrentItem(item);
        m_reasons->editItem(item);
    });
    connect(removeReason, &QPushButton::clicked, this, [this] { delete m_reasons->takeItem(m_reasons->currentRow()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &EscalationSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EscalationSettingsDialog::reject);
    if (workspace->isReadOnly()) {
        for (QPushButton *b : {m_addLevel, m_addReason, removeLevel, removeReason})
            b->setEnabled(false);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    setSubmit([this](QString *error) { return save(error); });
}

bool EscalationSettingsDialog::save(QString *error)
{
    EscalationSettings settings;
    settings.levelNames.clear();
    for (int i = 0; i < m_levels->count(); ++i)
        settings.levelNames << m_levels->item(i)->text().simplified();
    QList<EscalationReason> reasons;
    for (int i = 0; i < m_reasons->count(); ++i)
        reasons.append({m_reasons->item(i)->data(kIdRole).toLongLong(), m_reasons->item(i)->text().simplified()});
    return EscalationEdits(*m_workspace).saveSettings(settings, reasons, error);
}

} // namespace assure
