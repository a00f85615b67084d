// The meetings' editors: a member's seat (ui/membershipdialog.ui), a meeting (ui/meetingdialog.ui)
// and the board's attendance threshold (ui/meetingsettingsdialog.ui).
#pragma once

#include "core/meetings/meeting.h"
#include "gui/itemdialog.h"

#include <memory>

namespace Ui {
class MembershipDialog;
class MeetingDialog;
class MeetingSettingsDialog;
} // namespace Ui

namespace assure {

class Workspace;
struct PrivacyField;

class MembershipDialog final : public ItemDialog
{
    Q_OBJECT

public:
    MembershipDialog(const Membership &membership, const Workspace &workspace, QWidget *parent = nullptr);
    ~MembershipDialog() override;

    Membership membership() const;

private:
    std::unique_ptr<Ui::MembershipDialog> m_ui;
    Membership m_membership;
};

class MeetingDialog final : public ItemDialog
{
    Q_OBJECT

public:
    MeetingDialog(const Meeting &meeting, const Workspace &workspace, QWidget *parent = nullptr);
    ~MeetingDialog() override;

    Meeting meeting() const;
    // What the anonymisation guard reads before a meeting is saved: its title and notes.
    static QList<PrivacyField> privacyFields(const Meeting &meeting);

private:
    std::unique_ptr<Ui::MeetingDialog> m_ui;
    Meeting m_meeting;
};

// OK saves the threshold through the workspace as one undoable edit; a read-only board only shows it.
class MeetingSettingsDialog final : public ItemDialog
{
    Q_OBJECT

public:
    MeetingSettingsDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~MeetingSettingsDialog() override;

    MeetingSettings settings() const;

private:
    void update();

    std::unique_ptr<Ui::MeetingSettingsDialog> m_ui;
};

} // namespace assure
