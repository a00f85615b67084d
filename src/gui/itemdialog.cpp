// What the add/edit dialogs share: OK sends the item on, and a refusal is shown in the dialog.
#include "gui/itemdialog.h"

namespace assure {

void ItemDialog::setProblemLabel(QLabel *label)
{
    m_problem = label;
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c; font-weight: 600;"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();
}

void ItemDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void ItemDialog::accept()
{
    QString error;
    if (m_submit && !m_submit(&error)) {
        showProblem(error);
        return;
    }
    QDialog::accept();
}

} // namespace assure
