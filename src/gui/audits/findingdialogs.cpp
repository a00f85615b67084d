// The finding and recommendation dialogs of the Findings and recommendations tab.
#include "gui/audits/findingdialogs.h"

#include "models/board/personmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace assure {

namespace {

QPlainTextEdit *wordsEdit(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QStringLiteral("textEdit"));
    edit->setTabChangesFocus(true);
    edit->setMinimumWidth(420);
    return edit;
}

// The form, the problem line and OK / Cancel, with OK only when there are words to save.
void finish(ItemDialog *dialog, QFormLayout *form, QPlainTextEdit *words)
{
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    auto *problem = new QLabel(dialog);
    problem->setObjectName(QStringLiteral("problemLabel"));
    problem->setWordWrap(true);
    layout->addWidget(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    const auto update = [ok, words] { ok->setEnabled(!words->toPlainText().trimmed().isEmpty()); };
    update();
    QObject::connect(words, &QPlainTextEdit::textChanged, dialog, update);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &ItemDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &ItemDialog::reject);
}

} // namespace

FindingDialog::FindingDialog(const Finding &finding, QWidget *parent)
    : ItemDialog(parent), m_finding(finding), m_kind(new QComboBox(this)), m_text(wordsEdit(this))
{
    setWindowTitle(finding.id == 0 ? tr("Add finding") : tr("Edit finding"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (FindingKind k : allFindingKinds())
        m_kind->addItem(findingKindLabel(k), int(k));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(finding.kind))));
    m_text->setPlainText(finding.text);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Finding:"), m_text);
    finish(this, form, m_text);
    setProblemLabel(findChild<QLabel *>(QStringLiteral("problemLabel")));
}

Finding FindingDialog::finding() const
{
    Finding f = m_finding;
    f.kind = FindingKind(m_kind->currentData().toInt());
    f.text = m_text->toPlainText().trimmed();
    return f;
}

RecommendationDialog::RecommendationDialog(const Recommendation &recommendation, const Workspace &workspace,
                                           QWidget *parent)
    : ItemDialog(parent), m_recommendation(recommendation), m_text(wordsEdit(this)), m_agency(new QComboBox(this)),
      m_acceptedCheck(new QCheckBox(tr("&Accepted by the board on:"), this)), m_accepted(new QDateEdit(this))
{
    setWindowTitle(recommendation.id == 0 ? tr("Add recommendation") : tr("Edit recommendation"));
    m_agency->setObjectName(QStringLiteral("agencyCombo"));
    m_acceptedCheck->setObjectName(QStringLiteral("acceptedCheck"));
    m_accepted->setObjectName(QStringLiteral("acceptedEdit"));
    m_accepted->setCalendarPopup(true);
    m_accepted->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_accepted->setAccessibleName(tr("Date accepted"));
    for (const Choice &c : agencyChoices(workspace))
        m_agency->addItem(c.label, c.value);
    m_text->setPlainText(recommendation.text);
    m_agency->setCurrentIndex(qMax(0, m_agency->findData(recommendation.ownerAgencyId)));
    m_acceptedCheck->setChecked(recommendation.accepted.isValid());
    m_accepted->setDate(recommendation.accepted.isValid() ? recommendation.accepted : QDate::currentDate());
    m_accepted->setEnabled(m_acceptedCheck->isChecked());
    connect(m_acceptedCheck, &QCheckBox::toggled, m_accepted, &QDateEdit::setEnabled);
    auto *form = new QFormLayout;
    form->addRow(tr("&Recommendation:"), m_text);
    form->addRow(tr("&Owner agency:"), m_agency);
    form->addRow(m_acceptedCheck, m_accepted);
    finish(this, form, m_text);
    setProblemLabel(findChild<QLabel *>(QStringLiteral("problemLabel")));
}

Recommendation RecommendationDialog::recommendation() const
{
    Recommendation r = m_recommendation;
    r.text = m_text->toPlainText().trimmed();
    r.ownerAgencyId = m_agency->currentData().toLongLong();
    r.accepted = m_acceptedCheck->isChecked() ? m_accepted->date() : QDate();
    return r;
}

} // namespace assure
