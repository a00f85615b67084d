// The narrative editor: a period's section summaries, kept one undo step per change, with the
// anonymisation guard's warning on what looks like personal data.
#include "gui/narrative/narrativedialog.h"

#include "gui/periodchooser.h"
#include "ui_narrativedialog.h"
#include "workspace/narrative/narrativeedits.h"
#include "workspace/workspace.h"

#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace assure {

NarrativeDialog::NarrativeDialog(Workspace *workspace, const Period &period, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NarrativeDialog>()), m_workspace(workspace), m_shownPeriod(period)
{
    m_ui->setupUi(this);
    m_period = new PeriodChooser(period, m_ui->periodHolder);
    auto *holder = new QVBoxLayout(m_ui->periodHolder);
    holder->setContentsMargins(0, 0, 0, 0);
    holder->addWidget(m_period);
    m_period->setCaptionVisible(false); // the dialog's own label says "Period:"
    for (NarrativeSection s : allNarrativeSections()) {
        auto *item = new QListWidgetItem(narrativeSectionLabel(s), m_ui->sectionList);
        item->setData(Qt::UserRole, int(s));
    }
    QFont bold = m_ui->privacyLabel->font();
    bold.setBold(true);
    m_ui->privacyLabel->setFont(bold);
    m_ui->privacyLabel->setVisible(false);
    m_ui->textEdit->setReadOnly(workspace->isReadOnly());

    // The window's Edit menu is out of reach while the dialog is open: its own Undo and Redo.
    m_undo = m_ui->buttonBox->addButton(tr("&Undo"), QDialogButtonBox::ActionRole);
    m_redo = m_ui->buttonBox->addButton(tr("&Redo"), QDialogButtonBox::ActionRole);
    QUndoStack *stack = workspace->undoStack();
    const auto describe = [this, stack] {
        m_undo->setEnabled(stack->canUndo());
        m_undo->setToolTip(stack->undoText());
        m_redo->setEnabled(stack->canRedo());
        m_redo->setToolTip(stack->redoText());
    };
    connect(stack, &QUndoStack::indexChanged, this, describe);
    describe();
    connect(m_undo, &QPushButton::clicked, this, &NarrativeDialog::undo);
    connect(m_redo, &QPushButton::clicked, this, [this, stack] {
        if (keep())
            stack->redo();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->sectionList, &QListWidget::currentRowChanged, this, &NarrativeDialog::showSection);
    connect(m_period, &PeriodChooser::periodChanged, this, &NarrativeDialog::periodChosen);
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, &NarrativeDialog::checkPrivacy);
    workspace->notifier()->subscribe({kindOf<Narrative>()}, this, [this] { storedChanged(); });

    markWritten();
    m_ui->sectionList->setCurrentRow(0);
    m_ui->textEdit->setFocus();
}

NarrativeDialog::~NarrativeDialog() = default;

bool NarrativeDialog::keep()
{
    const QString typed = m_ui->textEdit->toPlainText().trimmed();
    if (typed == m_loaded || m_workspace->isReadOnly())
        return true;
    QString error;
    if (!NarrativeEdits(*m_workspace).setSummary(m_shownPeriod, m_section, typed, &error)) {
        QMessageBox::warning(this, tr("Summary not kept"), error);
        return false;
    }
    m_loaded = typed;
    markWritten();
    return true;
}

void NarrativeDialog::done(int result)
{
    keep();
    QDialog::done(result);
}

void NarrativeDialog::showSection(int row)
{
    if (row < 0)
        return;
    const auto chosen = NarrativeSection(m_ui->sectionList->item(row)->data(Qt::UserRole).toInt());
    if (chosen == m_section && !m_loaded.isNull())
        return;
    if (!keep()) {
        // Stay on the section whose words were refused, so that they are not lost.
        const QSignalBlocker block(m_ui->sectionList);
        m_ui->sectionList->setCurrentRow(int(allNarrativeSections().indexOf(m_section)));
        return;
    }
    m_section = chosen;
    load();
}

void NarrativeDialog::periodChosen(const Period &period)
{
    if (period == m_shownPeriod)
        return;
    keep();
    m_shownPeriod = period;
    markWritten();
    load();
}

void NarrativeDialog::load()
{
    m_loaded = NarrativeEdits::summary(*m_workspace, m_shownPeriod, m_section);
    if (m_loaded.isNull())
        m_loaded = QLatin1String("");
    m_ui->textLabel->setText(
        tr("&Summary under “%1”, %2:").arg(narrativeSectionLabel(m_section), m_shownPeriod.label()));
    m_ui->textEdit->setPlainText(m_loaded);
}

void NarrativeDialog::storedChanged()
{
    markWritten();
    if (m_ui->textEdit->toPlainText().trimmed() == m_loaded)
        load();
}

void NarrativeDialog::markWritten()
{
    for (int row = 0; row < m_ui->sectionList->count(); ++row) {
        QListWidgetItem *item = m_ui->sectionList->item(row);
        const auto s = NarrativeSection(item->data(Qt::UserRole).toInt());
        const bool written = NarrativeEdits::find(*m_workspace, m_shownPeriod, s) != nullptr;
        // Written sections stand out in weight, not only in colour; the tooltip says it in words.
        QFont f = m_ui->sectionList->font();
        f.setBold(written);
        item->setFont(f);
        item->setToolTip(written ? tr("Written for %1").arg(m_shownPeriod.label())
                                 : tr("Not written for %1").arg(m_shownPeriod.label()));
    }
}

void NarrativeDialog::checkPrivacy()
{
    const QList<PrivacyHit> hits = NarrativeEdits::privacyHits(m_ui->textEdit->toPlainText());
    m_ui->privacyLabel->setVisible(!hits.isEmpty());
    if (hits.isEmpty()) {
        m_ui->privacyLabel->clear();
        return;
    }
    QStringList found;
    for (const PrivacyHit &h : hits)
        found << tr("“%1” (%2)").arg(h.text, privacyKindLabel(h.kind).toLower());
    m_ui->privacyLabel->setText(tr("This may hold personal data: %1. Board papers are published: take it out or "
                                   "anonymise it before they go out.")
                                    .arg(found.join(QStringLiteral(", "))));
}

void NarrativeDialog::undo()
{
    if (!keep())
        return;
    m_workspace->undoStack()->undo();
    load();
}

} // namespace assure
