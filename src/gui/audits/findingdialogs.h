// The small dialogs of the Findings and recommendations tab: a finding (its kind and words) and a
// recommendation (its words, owner agency and the day the board accepted it). OK sends the item
// on through setSubmit; a refusal stays in the dialog with its reason.
#pragma once

#include "core/audits/audit.h"
#include "gui/itemdialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace assure {

class Workspace;

class FindingDialog final : public ItemDialog
{
    Q_OBJECT

public:
    FindingDialog(const Finding &finding, QWidget *parent = nullptr);

    Finding finding() const;
    QComboBox *kindCombo() const { return m_kind; }
    QPlainTextEdit *textEdit() const { return m_text; }

private:
    Finding m_finding;
    QComboBox *m_kind;
    QPlainTextEdit *m_text;
};

class RecommendationDialog final : public ItemDialog
{
    Q_OBJECT

public:
    RecommendationDialog(const Recommendation &recommendation, const Workspace &workspace, QWidget *parent = nullptr);

    Recommendation recommendation() const;
    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *agencyCombo() const { return m_agency; }
    QCheckBox *acceptedCheck() const { return m_acceptedCheck; }
    QDateEdit *acceptedEdit() const { return m_accepted; }

private:
    Recommendation m_recommendation;
    QPlainTextEdit *m_text;
    QComboBox *m_agency;
    QCheckBox *m_acceptedCheck;
    QDateEdit *m_accepted;
};

} // namespace assure
