// What the add/edit dialogs share: OK sends the item on, and a refusal is shown in the dialog.
#pragma once

#include <QDialog>
#include <QLabel>

#include <functional>

namespace assure {

class ItemDialog : public QDialog
{
    Q_OBJECT

public:
    // Called on OK with the reason slot; returning false keeps the dialog open with the reason.
    using Submit = std::function<bool(QString *error)>;

    explicit ItemDialog(QWidget *parent) : QDialog(parent) {}
    void setSubmit(Submit submit) { m_submit = std::move(submit); }

    void accept() override;

protected:
    void setProblemLabel(QLabel *label);
    void showProblem(const QString &text);

private:
    Submit m_submit;
    QLabel *m_problem = nullptr;
};

} // namespace assure
