// Audit tools…: the questionnaire builder.
#include "gui/audits/toolsdialog.h"

#include "workspace/audits/auditkinds.h"
#include "workspace/audits/caseedits.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace assure {

namespace {

QPushButton *button(const QString &text, QWidget *parent, QBoxLayout *row)
{
    auto *b = new QPushButton(text, parent);
    b->setAutoDefault(false);
    row->addWidget(b);
    return b;
}

} // namespace

ToolsDialog::ToolsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_ws(workspace), m_edits(std::make_unique<CaseEdits>(*workspace)),
      m_tools(new QListWidget(this)), m_name(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_tree(new QTreeWidget(this)), m_text(new QLineEdit(this)), m_guidance(new QPlainTextEdit(this)),
      m_answerKind(new QComboBox(this)), m_copies(new QLabel(this)), m_message(new QLabel(this)), m_up(nullptr),
      m_down(nullptr)
{
    setWindowTitle(tr("Audit Tools"));
    for (ToolKind k : allToolKinds())
        m_kind->addItem(toolKindLabel(k), toolKindKey(k));
    for (AnswerKind k : allAnswerKinds())
        m_answerKind->addItem(answerKindLabel(k), answerKindKey(k));
    m_tree->setColumnCount(2); // the question, its kind of answer
    m_tree->setHeaderHidden(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_guidance->setTabChangesFocus(true);
    m_guidance->setFixedHeight(m_guidance->fontMetrics().lineSpacing() * 4 + 12);
    m_guidance->installEventFilter(this);
    m_copies->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *toolsLabel = new QLabel(tr("&Tools"), left);
    toolsLabel->setBuddy(m_tools);
    leftLayout->addWidget(toolsLabel);
    leftLayout->addWidget(m_tools, 1);
    auto *toolButtons = new QHBoxLayout;
    connect(button(tr("&New tool"), left, toolButtons), &QPushButton::clicked, this, &ToolsDialog::addTool);
    connect(button(tr("Delete tool"), left, toolButtons), &QPushButton::clicked, this, &ToolsDialog::removeTool);
    leftLayout->addLayout(toolButtons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *toolForm = new QFormLayout;
    toolForm->addRow(tr("N&ame:"), m_name);
    toolForm->addRow(tr("&Kind:"), m_kind);
    rightLayout->addLayout(toolForm);
    rightLayout->addWidget(m_copies);
    rightLayout->addWidget(m_tree, 1);
    auto *treeButtons = new QHBoxLayout;
    connect(button(tr("Add &section"), right, treeButtons), &QPushButton::clicked, this, &ToolsDialog::addSection);
    connect(button(tr("Add &question"), right, treeButtons), &QPushButton::clicked, this, &ToolsDialog::addQuestion);
    connect(button(tr("&Remove"), right, treeButtons), &QPushButton::clicked, this, &ToolsDialog::removeItem);
    m_up = button(tr("Move &up"), right, treeButtons);
    m_down = button(tr("Move &down"), right, treeButtons);
    connect(m_up, &QPushButton::clicked, this, [this] { moveItem(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveItem(1); });
    treeButtons->addStretch(1);
    rightLayout->addLayout(treeButtons);
    auto *itemForm = new QFormLayout;
    itemForm->addRow(tr("&Words:"), m_text);
    itemForm->addRow(tr("&Guidance:"), m_guidance);
    itemForm->addRow(tr("A&nswer:"), m_answerKind);
    rightLayout->addLayout(itemForm);
    rightLayout->addWidget(m_message);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({220, 680});
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return in a field saves it; it must not close the dialog too.
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    close->button(QDialogButtonBox::Close)->setDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);
    resize(900, 620);

    connect(m_tools, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_filling && row >= 0)
            showTool(m_tools->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_filling)
            showItem();
    });
    connect(m_name, &QLineEdit::editingFinished, this, &ToolsDialog::saveFields);
    connect(m_text, &QLineEdit::editingFinished, this, &ToolsDialog::saveFields);
    connect(m_kind, &QComboBox::activated, this, &ToolsDialog::saveFields);
    connect(m_answerKind, &QComboBox::activated, this, &ToolsDialog::saveFields);
    // Undo and redo from the main window reach the dialog through the notifier.
    m_ws->notifier()->subscribe({kindOf<AuditTool>()}, this, [this] {
        if (!m_saving)
            refillTools(m_toolId);
    });
    refillTools(0);
}

ToolsDialog::~ToolsDialog() = default;

void ToolsDialog::open(Workspace *workspace, QWidget *parent)
{
    ToolsDialog dialog(workspace, parent);
    dialog.exec();
}

void ToolsDialog::refillTools(qint64 chosen)
{
    m_filling = true;
    m_tools->clear();
    int row = 0;
    for (const AuditTool &t : m_ws->items<AuditTool>()) {
        auto *item = new QListWidgetItem(t.questionnaire.name, m_tools);
        item->setData(Qt::UserRole, t.id);
        if (t.id == chosen)
            row = m_tools->count() - 1;
    }
    m_filling = false;
    if (m_tools->count() == 0) {
        m_toolId = 0;
        m_draft = Questionnaire();
        rebuildTree(-1, -1);
        return;
    }
    m_tools->setCurrentRow(row);
    showTool(m_tools->item(row)->data(Qt::UserRole).toLongLong());
}

void ToolsDialog::showTool(qint64 id)
{
    const AuditTool *tool = m_ws->items<AuditTool>().find(id);
    const std::pair<int, int> keep = id == m_toolId ? m_place : std::pair<int, int>{0, -1};
    m_toolId = tool ? id : 0;
    m_draft = tool ? tool->questionnaire : Questionnaire();
    m_filling = true;
    m_name->setText(m_draft.name);
    m_kind->setCurrentIndex(m_kind->findData(toolKindKey(m_draft.kind)));
    m_filling = false;
    const QStringList copies = m_edits->auditsCopying(m_draft.name);
    m_copies->setText(copies.isEmpty()
                          ? tr("No audit has taken a copy of this tool yet.")
                          : tr("Copied into %1. Changes here never reach those audits: each keeps the copy it "
                               "started with.")
                                .arg(QLocale().createSeparatedList(copies)));
    rebuildTree(keep.first, keep.second);
}

void ToolsDialog::rebuildTree(int section, int question)
{
    m_filling = true;
    m_tree->clear();
    QTreeWidgetItem *current = nullptr;
    for (int s = 0; s < m_draft.sections.size(); ++s) {
        const QuestionSection &sec = m_draft.sections.at(s);
        auto *top = new QTreeWidgetItem(m_tree, {tr("%1. %2").arg(s + 1).arg(sec.title)});
        if (s == section && question < 0)
            current = top;
        for (int q = 0; q < sec.questions.size(); ++q) {
            const Question &qu = sec.questions.at(q);
            auto *child =
                new QTreeWidgetItem(top, {tr("%1  %2").arg(m_draft.number(qu.id), qu.text), answerKindLabel(qu.kind)});
            if (s == section && q == question)
                current = child;
        }
    }
    m_tree->expandAll();
    if (!current && m_tree->topLevelItemCount() > 0)
        current = m_tree->topLevelItem(std::clamp(section, 0, m_tree->topLevelItemCount() - 1));
    m_tree->setCurrentItem(current);
    m_filling = false;
    showItem();
}

std::pair<int, int> ToolsDialog::place() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return {-1, -1};
    if (QTreeWidgetItem *parent = item->parent())
        return {m_tree->indexOfTopLevelItem(parent), parent->indexOfChild(item)};
    return {m_tree->indexOfTopLevelItem(item), -1};
}

void ToolsDialog::showItem()
{
    m_place = place();
    const auto [s, q] = m_place;
    const bool isSection = s >= 0 && q < 0;
    const bool isQuestion = s >= 0 && q >= 0;
    m_filling = true;
    m_text->setEnabled(s >= 0);
    m_guidance->setEnabled(isQuestion);
    m_answerKind->setEnabled(isQuestion);
    if (isSection) {
        m_text->setText(m_draft.sections.at(s).title);
        m_guidance->clear();
    } else if (isQuestion) {
        const Question &qu = m_draft.sections.at(s).questions.at(q);
        m_text->setText(qu.text);
        m_guidance->setPlainText(qu.guidance);
        m_answerKind->setCurrentIndex(m_answerKind->findData(answerKindKey(qu.kind)));
    } else {
        m_text->clear();
        m_guidance->clear();
    }
    m_up->setEnabled(s >= 0 && (q < 0 ? s > 0 : q > 0));
    m_down->setEnabled(s >= 0 &&
                       (q < 0 ? s + 1 < m_draft.sections.size() : q + 1 < m_draft.sections.at(s).questions.size()));
    m_filling = false;
}

bool ToolsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_guidance && event->type() == QEvent::FocusOut)
        saveFields();
    return QDialog::eventFilter(watched, event);
}

void ToolsDialog::saveFields()
{
    if (m_filling || !m_toolId)
        return;
    m_draft.name = m_name->text().trimmed();
    m_draft.kind = toolKindFromKey(m_kind->currentData().toString()).value_or(ToolKind::MultiAgency);
    const auto [s, q] = m_place;
    if (s >= 0 && s < m_draft.sections.size()) {
        QuestionSection &sec = m_draft.sections[s];
        if (q < 0) {
            sec.title = m_text->text().trimmed();
        } else if (q < sec.questions.size()) {
            Question &qu = sec.questions[q];
            qu.text = m_text->text().trimmed();
            qu.guidance = m_guidance->toPlainText().trimmed();
            qu.kind = answerKindFromKey(m_answerKind->currentData().toString()).value_or(AnswerKind::YesNo);
        }
    }
    save(s, q);
}

bool ToolsDialog::save(int section, int question)
{
    const AuditTool *stored = m_ws->items<AuditTool>().find(m_toolId);
    if (!stored)
        return false;
    if (stored->questionnaire == m_draft) {
        m_message->hide();
        return true;
    }
    QString error;
    m_saving = true;
    const bool ok = m_edits->updateTool(m_toolId, m_draft, &error);
    m_saving = false;
    if (!ok) {
        m_message->setText(tr("Not saved: %1").arg(error));
        m_message->show();
        return false;
    }
    m_message->hide();
    if (QListWidgetItem *item = m_tools->currentItem())
        item->setText(m_draft.name);
    rebuildTree(section, question);
    return true;
}

void ToolsDialog::addTool()
{
    const auto taken = [this](const QString &name) {
        for (const AuditTool &o : m_ws->items<AuditTool>())
            if (o.questionnaire.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    Questionnaire t;
    t.name = tr("New audit tool");
    for (int n = 2; taken(t.name); ++n)
        t.name = tr("New audit tool %1").arg(n);
    t.sections = {{tr("New section"), {{t.newQuestionId(), tr("New question"), QString(), AnswerKind::YesNo}}}};
    QString error;
    qint64 id = 0;
    m_saving = true;
    const bool ok = m_edits->addTool(t, &error, &id);
    m_saving = false;
    if (!ok) {
        m_message->setText(tr("Not added: %1").arg(error));
        m_message->show();
        return;
    }
    refillTools(id);
    m_name->setFocus();
    m_name->selectAll();
}

void ToolsDialog::removeTool()
{
    if (!m_toolId)
        return;
    QString error;
    m_saving = true;
    const bool ok = m_edits->removeTool(m_toolId, &error);
    m_saving = false;
    if (!ok) {
        m_message->setText(tr("Not deleted: %1").arg(error));
        m_message->show();
        return;
    }
    refillTools(0);
}

void ToolsDialog::addSection()
{
    if (!m_toolId)
        return;
    const int at = m_place.first >= 0 ? m_place.first + 1 : int(m_draft.sections.size());
    m_draft.sections.insert(at, QuestionSection{tr("New section"), {}});
    save(at, -1);
}

void ToolsDialog::addQuestion()
{
    if (!m_toolId)
        return;
    if (m_draft.sections.isEmpty())
        m_draft.sections.append(QuestionSection{tr("New section"), {}});
    const int s = std::max(0, m_place.first);
    QList<Question> &questions = m_draft.sections[s].questions;
    const int at = m_place.second >= 0 ? m_place.second + 1 : int(questions.size());
    questions.insert(at, Question{m_draft.newQuestionId(), tr("New question"), QString(), AnswerKind::YesNo});
    if (save(s, at)) {
        m_text->setFocus();
        m_text->selectAll();
    }
}

void ToolsDialog::removeItem()
{
    const auto [s, q] = m_place;
    if (!m_toolId || s < 0)
        return;
    if (q < 0)
        m_draft.sections.removeAt(s);
    else
        m_draft.sections[s].questions.removeAt(q);
    save(q < 0 ? std::max(0, s - 1) : s, q < 0 ? -1 : q - 1);
}

void ToolsDialog::moveItem(int by)
{
    const auto [s, q] = m_place;
    if (!m_toolId || s < 0)
        return;
    if (q < 0) {
        const int to = s + by;
        if (to < 0 || to >= m_draft.sections.size())
            return;
        m_draft.sections.move(s, to);
        save(to, -1);
    } else {
        QList<Question> &questions = m_draft.sections[s].questions;
        const int to = q + by;
        if (to < 0 || to >= questions.size())
            return;
        questions.move(q, to);
        save(s, to);
    }
}

QString ToolsDialog::copiesText() const
{
    return m_copies->text();
}

QString ToolsDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace assure
