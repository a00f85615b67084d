// The one question asked before something is deleted.
#include "gui/confirmdelete.h"

#include "workspace/dependents.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace assure {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::ConfirmDelete)
};

} // namespace

bool confirmDelete(QWidget *parent, const QString &question, const QString &dependents)
{
    QMessageBox box(QMessageBox::Question, Tr::tr("Delete"), question, QMessageBox::Cancel, parent);
    box.setInformativeText((dependents.isEmpty() ? Tr::tr("Nothing else refers to it.") : dependents) +
                           QLatin1Char(' ') + Tr::tr("You can undo this."));
    QPushButton *remove = box.addButton(Tr::tr("Delete"), QMessageBox::DestructiveRole);
    // A slip of Return keeps what is there.
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(remove);
}

bool confirmDelete(QWidget *parent, const QString &question, const Dependents &dependents)
{
    // Asking first and refusing after the answer would waste the user's decision.
    if (const QString refusal = dependents.refusal(); !refusal.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, Tr::tr("Cannot delete"), refusal, QMessageBox::Ok, parent);
        box.setInformativeText(Tr::tr("Nothing was deleted."));
        box.exec();
        return false;
    }
    return confirmDelete(parent, question, dependents.describe());
}

} // namespace assure
