// Adds or edits an entry of the feedback log (form: ui/feedbackdialog.ui).
#include "gui/voices/feedbackdialog.h"

#include "gui/risks/linkpicker.h"
#include "ui_feedbackdialog.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/board/boardkinds.h"
#include "workspace/workspace.h"

#include <QLineEdit>
#include <QListView>
#include <QPushButton>

namespace assure {

FeedbackDialog::FeedbackDialog(const Feedback &entry, const FeedbackLinks &links, const Workspace &workspace,
                               QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::FeedbackDialog>()), m_entry(entry)
{
    m_ui->setupUi(this);
    setWindowTitle(entry.id == 0 ? tr("Add feedback") : tr("Edit feedback"));
    setProblemLabel(m_ui->problemLabel);
    m_ui->dateEdit->setDate(entry.date.isValid() ? entry.date : QDate::currentDate());
    for (FeedbackVoice v : allFeedbackVoices())
        m_ui->voiceCombo->addItem(feedbackVoiceLabel(v), int(v));
    m_ui->voiceCombo->setCurrentIndex(qMax(0, m_ui->voiceCombo->findData(int(entry.voice))));
    for (FeedbackMethod m : allFeedbackMethods())
        m_ui->methodCombo->addItem(feedbackMethodLabel(m), int(m));
    m_ui->methodCombo->setCurrentIndex(qMax(0, m_ui->methodCombo->findData(int(entry.method))));
    m_ui->agencyCombo->addItem(tr("No agency named"), qint64(0));
    for (const Agency &a : workspace.items<Agency>())
        if (a.active || a.id == entry.agencyId)
            m_ui->agencyCombo->addItem(a.name, a.id);
    m_ui->agencyCombo->setCurrentIndex(qMax(0, m_ui->agencyCombo->findData(entry.agencyId)));
    m_ui->summaryEdit->setPlainText(entry.summary);
    m_ui->changedEdit->setPlainText(entry.whatChanged);

    QList<LinkPicker::Item> themes;
    for (const FeedbackTheme &t : workspace.items<FeedbackTheme>())
        themes.append({t.id, t.name});
    QList<LinkPicker::Item> actions;
    for (const Action &a : workspace.items<Action>())
        actions.append({a.id, a.ref + QLatin1Char(' ') + a.title});
    m_themes = new LinkPicker(themes, links.themeIds, tr("themes"), m_ui->themesBox);
    m_actions = new LinkPicker(actions, links.actionIds, tr("actions"), m_ui->actionsBox);
    m_ui->themesLayout->addWidget(m_themes);
    m_ui->actionsLayout->addWidget(m_actions);
    setTabOrder(m_ui->changedEdit, m_themes->searchEdit());
    setTabOrder(m_themes->searchEdit(), m_themes->view());
    setTabOrder(m_themes->view(), m_actions->searchEdit());
    setTabOrder(m_actions->searchEdit(), m_actions->view());

    // A summary is what an entry is: OK waits for one.
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(!entry.summary.trimmed().isEmpty());
    connect(m_ui->summaryEdit, &QPlainTextEdit::textChanged, ok,
            [this, ok] { ok->setEnabled(!m_ui->summaryEdit->toPlainText().trimmed().isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FeedbackDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FeedbackDialog::reject);
}

FeedbackDialog::~FeedbackDialog() = default;

Feedback FeedbackDialog::entry() const
{
    Feedback f = m_entry;
    f.date = m_ui->dateEdit->date();
    f.voice = FeedbackVoice(m_ui->voiceCombo->currentData().toInt());
    f.method = FeedbackMethod(m_ui->methodCombo->currentData().toInt());
    f.agencyId = m_ui->agencyCombo->currentData().toLongLong();
    f.summary = m_ui->summaryEdit->toPlainText().trimmed();
    f.whatChanged = m_ui->changedEdit->toPlainText().trimmed();
    return f;
}

FeedbackLinks FeedbackDialog::links() const
{
    return {m_themes->checkedIds(), m_actions->checkedIds()};
}

} // namespace assure
