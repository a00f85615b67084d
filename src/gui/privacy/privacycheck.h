// The anonymisation guard on save, in the app: before narrative is saved, what in it looks like
// personal data (and was not accepted before) is shown field by field, the match highlighted and
// its kind in words; the user goes back to correct it, or saves with a reason that is recorded with
// the save as one undo step.
#pragma once

#include "workspace/privacy/privacyedits.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace assure {

class Workspace;

class PrivacyCheck final : public QDialog
{
    Q_OBJECT

public:
    // The one call for an editor's save: checks fields, asks when something looks like personal
    // data, then runs save with the acceptances given (PrivacyEdits::saveWith). False with an empty
    // error when the user goes back to correct the text (the editor stays open, nothing saved);
    // false with the reason when the save fails.
    static bool save(QWidget *parent, Workspace *workspace, const QList<PrivacyField> &fields,
                     const PrivacyEdits::Save &save, QString *error = nullptr);
    // The check alone: true when the fields may be saved, with what the user accepted (and why) in
    // *accepted, to record with the save; false when they go back to correct them.
    static bool confirm(QWidget *parent, Workspace *workspace, const QList<PrivacyField> &fields,
                        QList<PrivacyAcceptance> *accepted);

    // The fields with hits no acceptance covers; the dialog shows these.
    PrivacyCheck(const QList<PrivacyField> &fields, const QList<QList<PrivacyHit>> &hits, QWidget *parent = nullptr);

    // One acceptance for each hit shown, with the reason typed.
    QList<PrivacyAcceptance> acceptances() const;

private:
    QList<PrivacyField> m_fields;
    QList<QList<PrivacyHit>> m_hits;
    QTextBrowser *m_text;
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
    QPushButton *m_back;
    QPushButton *m_accept;
};

// A text as rich text with the hits marked and the rest escaped.
QString markedPrivacyHtml(const QString &text, const QList<PrivacyHit> &hits);

} // namespace assure
