// The framework editor: a framework's standards and criteria with the evidence expected, added, edited and reordered,
// and saved as one undo step; a version some round uses is never changed under it: saving makes the next version.
#include "gui/assessment/frameworkdialog.h"

#include "core/assessment/assessmentrules.h"
#include "ui_frameworkdialog.h"
#include "workspace/assessment/assessmentedits.h"
#include "workspace/workspace.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>

namespace assure {

namespace {

constexpr int kStandardRole = Qt::UserRole;
constexpr int kCriterionRole = Qt::UserRole + 1;

} // namespace

FrameworkDialog::FrameworkDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FrameworkDialog>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_save = m_ui->buttonBox->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    connect(m_save, &QPushButton::clicked, this, &FrameworkDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->frameworkCombo, &QComboBox::activated, this, [this] {
        const qint64 wanted = m_ui->frameworkCombo->currentData().toLongLong();
        if (wanted != m_frameworkId && changesMayGo())
            showFramework(wanted);
        else
            m_ui->frameworkCombo->setCurrentIndex(m_ui->frameworkCombo->findData(m_frameworkId));
    });
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, &FrameworkDialog::markChanged);
    connect(m_ui->tree, &QTreeWidget::currentItemChanged, this, &FrameworkDialog::showDetail);
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, &FrameworkDialog::textEdited);
    connect(m_ui->guidanceEdit, &QPlainTextEdit::textChanged, this, &FrameworkDialog::textEdited);
    connect(m_ui->addStandardButton, &QPushButton::clicked, this, &FrameworkDialog::addStandard);
    connect(m_ui->addCriterionButton, &QPushButton::clicked, this, &FrameworkDialog::addCriterion);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &FrameworkDialog::remove);

    const bool readOnly = workspace->isReadOnly();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->nameEdit), static_cast<QWidget *>(m_ui->addStandardButton),
                       static_cast<QWidget *>(m_ui->addCriterionButton), static_cast<QWidget *>(m_ui->removeButton)})
        w->setEnabled(!readOnly);
    m_ui->textEdit->setReadOnly(readOnly);
    m_ui->guidanceEdit->setReadOnly(readOnly);
    refillFrameworks(0);
    showFramework(m_ui->frameworkCombo->currentData().toLongLong());
}

FrameworkDialog::~FrameworkDialog() = default;

void FrameworkDialog::refillFrameworks(qint64 select)
{
    const QSignalBlocker blocker(m_ui->frameworkCombo);
    m_ui->frameworkCombo->clear();
    for (const AssessmentFramework &f : m_workspace->items<AssessmentFramework>())
        m_ui->frameworkCombo->addItem(KindTraits<AssessmentFramework>::label(f), f.id);
    m_ui->frameworkCombo->setCurrentIndex(std::max(0, m_ui->frameworkCombo->findData(select)));
}

bool FrameworkDialog::inUse() const
{
    return frameworkInUse(m_frameworkId, m_workspace->items<AssessmentRound>().items());
}

void FrameworkDialog::showFramework(qint64 frameworkId)
{
    m_frameworkId = frameworkId;
    m_draft = AssessmentEdits(*m_workspace).contentOf(frameworkId);
    m_ui->frameworkCombo->setCurrentIndex(m_ui->frameworkCombo->findData(frameworkId));
    m_ui->nameEdit->setText(m_draft.framework.name);
    int rounds = 0;
    for (const AssessmentRound &r : m_workspace->items<AssessmentRound>())
        rounds += r.frameworkId == frameworkId ? 1 : 0;
    const int next = nextFrameworkVersion(m_draft.framework.name, m_workspace->items<AssessmentFramework>().items());
    if (frameworkId == 0)
        m_ui->versionNote->setText(tr("The board has no framework yet."));
    else if (inUse())
        m_ui->versionNote->setText(tr("Version %1 is used by %n self-assessment rounds and is kept as it is for "
                                      "them. Saving your changes makes version %2, for rounds started later.",
                                      nullptr, rounds)
                                       .arg(m_draft.framework.version)
                                       .arg(next));
    else
        m_ui->versionNote->setText(
            tr("No round uses version %1 yet, so your changes are saved into it.").arg(m_draft.framework.version));
    m_save->setText(inUse() ? tr("&Save as version %1").arg(next) : tr("&Save"));
    m_changed = false;
    m_save->setEnabled(false);
    rebuildTree(0, -1);
}

void FrameworkDialog::rebuildTree(int standard, int criterion)
{
    const QSignalBlocker blocker(m_ui->tree);
    m_ui->tree->clear();
    QTreeWidgetItem *select = nullptr;
    for (int s = 0; s < m_draft.standards.size(); ++s) {
        FrameworkContent::Standard &st = m_draft.standards[s];
        st.standard.number = s + 1; // the place is the number
        auto *item = new QTreeWidgetItem(m_ui->tree, {tr("Standard %1: %2").arg(s + 1).arg(st.standard.title)});
        item->setData(0, kStandardRole, s);
        item->setData(0, kCriterionRole, -1);
        if (s == standard && criterion < 0)
            select = item;
        for (int c = 0; c < st.criteria.size(); ++c) {
            st.criteria[c].number = c + 1;
            auto *child = new QTreeWidgetItem(
                item, {QStringLiteral("%1  %2").arg(criterionCode(s + 1, c + 1), st.criteria.at(c).text.simplified())});
            child->setData(0, kStandardRole, s);
            child->setData(0, kCriterionRole, c);
            child->setToolTip(0, st.criteria.at(c).text);
            if (s == standard && c == criterion)
                select = child;
        }
    }
    m_ui->tree->expandAll();
    m_ui->tree->setCurrentItem(select ? select : m_ui->tree->topLevelItem(0));
    showDetail();
}

QPair<int, int> FrameworkDialog::current() const
{
    const QTreeWidgetItem *item = m_ui->tree->currentItem();
    if (!item)
        return {-1, -1};
    return {item->data(0, kStandardRole).toInt(), item->data(0, kCriterionRole).toInt()};
}

void FrameworkDialog::showDetail()
{
    const auto [s, c] = current();
    const QSignalBlocker text(m_ui->textEdit), guidance(m_ui->guidanceEdit);
    const bool any = s >= 0;
    const bool criterion = any && c >= 0;
    m_ui->textLabel->setText(criterion ? tr("Criterion &text:") : tr("Standard &title:"));
    m_ui->textEdit->setPlainText(!any        ? QString()
                                 : criterion ? m_draft.standards.at(s).criteria.at(c).text
                                             : m_draft.standards.at(s).standard.title);
    m_ui->guidanceEdit->setPlainText(criterion ? m_draft.standards.at(s).criteria.at(c).evidenceGuidance : QString());
    const bool writable = !m_workspace->isReadOnly();
    m_ui->textEdit->setEnabled(any);
    m_ui->guidanceEdit->setEnabled(criterion);
    m_ui->guidanceLabel->setEnabled(criterion);
    m_ui->addCriterionButton->setEnabled(writable && any);
    m_ui->removeButton->setEnabled(writable && any);
    const int count = !any        ? 0
                      : criterion ? int(m_draft.standards.at(s).criteria.size())
                                  : int(m_draft.standards.size());
    const int at = criterion ? c : s;
    m_ui->upButton->setEnabled(writable && any && at > 0);
    m_ui->downButton->setEnabled(writable && any && at < count - 1);
}

void FrameworkDialog::textEdited()
{
    const auto [s, c] = current();
    if (s < 0)
        return;
    QTreeWidgetItem *item = m_ui->tree->currentItem();
    if (c >= 0) {
        AssessmentCriterion &criterion = m_draft.standards[s].criteria[c];
        criterion.text = m_ui->textEdit->toPlainText();
        criterion.evidenceGuidance = m_ui->guidanceEdit->toPlainText();
        item->setText(0, QStringLiteral("%1  %2").arg(criterionCode(s + 1, c + 1), criterion.text.simplified()));
    } else {
        m_draft.standards[s].standard.title = m_ui->textEdit->toPlainText().simplified();
        item->setText(0, tr("Standard %1: %2").arg(s + 1).arg(m_draft.standards.at(s).standard.title));
    }
    markChanged();
}

void FrameworkDialog::addStandard()
{
    FrameworkContent::Standard standard;
    standard.standard.title = tr("New standard");
    m_draft.standards.append(standard);
    rebuildTree(int(m_draft.standards.size()) - 1, -1);
    markChanged();
    m_ui->textEdit->setFocus();
    m_ui->textEdit->selectAll();
}

void FrameworkDialog::addCriterion()
{
    const auto [s, c] = current();
    if (s < 0)
        return;
    AssessmentCriterion criterion;
    criterion.text = tr("New criterion");
    QList<AssessmentCriterion> &criteria = m_draft.standards[s].criteria;
    // After the criterion chosen, or last when the standard is.
    const int at = c >= 0 ? c + 1 : int(criteria.size());
    criteria.insert(at, criterion);
    rebuildTree(s, at);
    markChanged();
    m_ui->textEdit->setFocus();
    m_ui->textEdit->selectAll();
}

void FrameworkDialog::move(int by)
{
    const auto [s, c] = current();
    if (s < 0)
        return;
    if (c >= 0) {
        QList<AssessmentCriterion> &criteria = m_draft.standards[s].criteria;
        if (c + by < 0 || c + by >= criteria.size())
            return;
        criteria.swapItemsAt(c, c + by);
        rebuildTree(s, c + by);
    } else {
        if (s + by < 0 || s + by >= m_draft.standards.size())
            return;
        m_draft.standards.swapItemsAt(s, s + by);
        rebuildTree(s + by, -1);
    }
    markChanged();
}

void FrameworkDialog::remove()
{
    const auto [s, c] = current();
    if (s < 0)
        return;
    if (c >= 0) {
        m_draft.standards[s].criteria.removeAt(c);
        rebuildTree(s, std::min(c, int(m_draft.standards.at(s).criteria.size()) - 1));
    } else {
        m_draft.standards.removeAt(s);
        rebuildTree(std::min(s, int(m_draft.standards.size()) - 1), -1);
    }
    markChanged();
}

void FrameworkDialog::markChanged()
{
    m_changed = true;
    m_save->setEnabled(!m_workspace->isReadOnly() && m_frameworkId != 0);
}

bool FrameworkDialog::save()
{
    m_draft.framework.name = m_ui->nameEdit->text().trimmed();
    QString error;
    qint64 id = 0;
    bool newVersion = false;
    if (!AssessmentEdits(*m_workspace).saveFramework(m_frameworkId, m_draft, &error, &id, &newVersion)) {
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    refillFrameworks(id);
    showFramework(id);
    if (newVersion)
        m_ui->versionNote->setText(tr("Saved as version %1. The rounds that used the earlier version keep it; "
                                      "rounds started from now on take this one.")
                                       .arg(m_draft.framework.version));
    return true;
}

bool FrameworkDialog::changesMayGo()
{
    if (!m_changed)
        return true;
    return QMessageBox::question(this, windowTitle(),
                                 tr("Drop the changes to “%1” that are not saved?").arg(m_draft.framework.name)) ==
           QMessageBox::Yes;
}

void FrameworkDialog::reject()
{
    if (changesMayGo())
        QDialog::reject();
}

} // namespace assure
