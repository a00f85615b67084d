// Starts a self-assessment round: a framework (one of the board's, or a shipped one, which is
// added to the board first), the year, the deadline and the agencies invited (the active ones
// under the Section 11 duty ticked to begin with).
#pragma once

#include <QDate>
#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class StartRoundDialog;
}

namespace assure {

class Workspace;

class StartRoundDialog final : public QDialog
{
    Q_OBJECT

public:
    StartRoundDialog(Workspace *workspace, const QDate &today, QWidget *parent = nullptr);
    ~StartRoundDialog() override;

    Ui::StartRoundDialog *form() const { return m_ui.get(); }
    // Starts the round as chosen (adding a shipped framework first: two undo steps); false, with
    // the reason, when it cannot. The new round's id in *id.
    bool start(QString *error, qint64 *id);

private:
    void showLabel();

    std::unique_ptr<Ui::StartRoundDialog> m_ui;
    Workspace *m_workspace;
    QDate m_today;
};

} // namespace assure
