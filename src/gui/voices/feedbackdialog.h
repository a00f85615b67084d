// Adds or edits an entry of the feedback log (form: ui/feedbackdialog.ui): when and how it was
// heard, whose voice, the agency, the summary and what changed, its themes and its actions.
#pragma once

#include "gui/itemdialog.h"
#include "workspace/voices/feedbackedits.h"

#include <memory>

namespace Ui {
class FeedbackDialog;
}

namespace assure {

class LinkPicker;
class Workspace;

class FeedbackDialog final : public ItemDialog
{
    Q_OBJECT

public:
    FeedbackDialog(const Feedback &entry, const FeedbackLinks &links, const Workspace &workspace,
                   QWidget *parent = nullptr);
    ~FeedbackDialog() override;

    Feedback entry() const;
    FeedbackLinks links() const;
    Ui::FeedbackDialog *form() const { return m_ui.get(); }
    LinkPicker *themePicker() const { return m_themes; }
    LinkPicker *actionPicker() const { return m_actions; }

private:
    std::unique_ptr<Ui::FeedbackDialog> m_ui;
    Feedback m_entry;
    LinkPicker *m_themes;
    LinkPicker *m_actions;
};

} // namespace assure
