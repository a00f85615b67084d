// An audit's cases beside the case audit form, with moderation.
#include "gui/audits/casespanel.h"

#include "core/audits/grades.h"
#include "core/valueformat.h"
#include "gui/audits/caseform.h"
#include "gui/privacy/privacycheck.h"
#include "gui/selectedrow.h"
#include "models/audits/casemodel.h"
#include "workspace/audits/auditedits.h"
#include "workspace/audits/caseedits.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace assure {

namespace {

// Below this many moderated cases a kappa says little: the panel shows it, and says so.
constexpr int kFewModerated = 5;

} // namespace

CasesPanel::CasesPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_ws(workspace), m_edits(std::make_unique<CaseEdits>(*workspace)),
      m_model(new CaseModel(workspace, this)), m_proxy(new AuditCaseProxy(this)), m_table(new QTableView(this)),
      m_form(new CaseForm(this)), m_share(new QSpinBox(this)), m_agreement(new QLabel(this)), m_tool(new QLabel(this)),
      m_message(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaseModel::Reference, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the form; the arrows move in it

    m_share->setRange(0, 100);
    m_share->setSuffix(tr("%"));
    m_share->setValue(20);
    m_share->setAccessibleName(tr("Share of cases for a second auditor"));
    auto *shareLabel = new QLabel(tr("&Drawn for a second auditor:"), this);
    shareLabel->setBuddy(m_share);
    m_agreement->setWordWrap(true);
    m_tool->setWordWrap(true);
    m_tool->setForegroundRole(QPalette::PlaceholderText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    auto *shareRow = new QHBoxLayout;
    shareRow->addWidget(shareLabel);
    shareRow->addWidget(m_share);
    shareRow->addStretch(1);
    leftLayout->addLayout(shareRow);
    leftLayout->addWidget(m_agreement);
    leftLayout->addWidget(m_tool);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(m_form, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    // The form is where the auditor works: it has the larger share, the list of cases what is left.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({300, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showCase(current.isValid() ? m_proxy->caseIdAt(current.row()) : 0); });
    // Ctrl+Return (or Enter on the keypad) saves from anywhere in the panel, the last field included.
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &CasesPanel::save);
    }
    connect(m_share, &QSpinBox::valueChanged, this, &CasesPanel::redraw);
    m_ws->notifier()->subscribe({kindOf<AuditCase>(), kindOf<Audit>()}, this, [this] { refresh(); });
    m_message->hide();
}

CasesPanel::~CasesPanel() = default;

void CasesPanel::setAudit(qint64 auditId)
{
    m_auditId = auditId;
    m_proxy->setAuditId(auditId);
    m_message->hide();
    redraw();
    const qint64 first = nextUngraded(0);
    if (first)
        selectCase(first);
    else if (m_proxy->rowCount() > 0)
        selectCase(m_proxy->caseIdAt(0));
    else
        showCase(0);
}

void CasesPanel::showCase(qint64 caseId)
{
    m_shownId = caseId;
    const AuditCase *c = m_ws->items<AuditCase>().find(caseId);
    const Audit *audit = c ? m_ws->items<Audit>().find(c->auditId) : nullptr;
    if (!c || !audit) {
        m_form->clear();
        return;
    }
    m_form->showCase(*c, m_edits->questionnaireOf(audit->id), GradeScale::fromText(audit->gradeScale));
    // Tab goes from the table through the form's fields in order, then on to the moderation share:
    // the fields are made after the rest of the panel, so the chain is set here.
    QWidget *previous = m_table;
    for (QWidget *field : m_form->fieldsInOrder()) {
        QWidget::setTabOrder(previous, field);
        previous = field;
    }
    QWidget::setTabOrder(previous, m_share);
}

void CasesPanel::selectCase(qint64 caseId)
{
    const int row = m_proxy->rowOfCase(caseId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    if (m_shownId != caseId)
        showCase(caseId);
}

qint64 CasesPanel::nextUngraded(qint64 after) const
{
    // In the order the table shows, from the row after the case just saved, round to the top.
    const int rows = m_proxy->rowCount();
    const int start = after ? m_proxy->rowOfCase(after) + 1 : 0;
    for (int i = 0; i < rows; ++i) {
        const qint64 id = m_proxy->caseIdAt((start + i) % rows);
        const AuditCase *c = m_ws->items<AuditCase>().find(id);
        if (c && id != after && c->grade.isEmpty())
            return id;
    }
    return 0;
}

void CasesPanel::save()
{
    if (!m_shownId)
        return;
    QString error;
    const std::optional<AuditCase> edited = m_form->edited(&error);
    // Case material is checked for what looks like personal data before it is saved.
    const auto field = [&edited](const char *column, const QString &label, const QString &text) {
        return PrivacyField{{QStringLiteral("audit_case"), edited->id, {}, QString::fromLatin1(column)}, label, text};
    };
    if (!edited ||
        !PrivacyCheck::save(
            this, m_ws,
            {field("ref", tr("Case reference"), edited->ref), field("answers", tr("Answers"), edited->answers),
             field("strengths", tr("Strengths"), edited->strengths),
             field("areas", tr("Areas for improvement"), edited->areas)},
            [&](QString *e, qint64 *) { return m_edits->saveCase(*edited, e); }, &error)) {
        if (error.isEmpty())
            return; // the user went back to correct it: the form keeps what they typed
        m_message->setText(tr("Not saved: %1").arg(error));
        m_message->show();
        return;
    }
    m_message->hide();
    const qint64 saved = m_shownId;
    const qint64 next = nextUngraded(saved);
    selectCase(next ? next : saved);
    if (!next)
        showCase(saved); // every case graded: the form stays on this one, as saved
    if (QWidget *first = m_form->firstField())
        first->setFocus(Qt::TabFocusReason);
}

void CasesPanel::redraw()
{
    const QList<qint64> drawn = m_edits->drawnForModeration(m_auditId, m_share->value() / 100.0);
    m_model->setDrawn(QSet<qint64>(drawn.cbegin(), drawn.cend()));
    refresh();
}

void CasesPanel::refresh()
{
    const Audit *audit = m_ws->items<Audit>().find(m_auditId);
    if (!audit) {
        m_agreement->clear();
        m_tool->clear();
        return;
    }
    const Agreement a = AuditEdits(*m_ws).agreementOf(m_auditId);
    const ValueFormat format;
    QString text;
    if (a.cases == 0)
        text = tr("No case has a second auditor's grade yet.");
    else {
        text = tr("Agreement between auditors: %1 of the moderated cases graded alike")
                   .arg(format.percent(*a.percent * 100, 0));
        text += a.kappa ? tr("; Cohen's kappa %1 (n = %2).").arg(QLocale().toString(*a.kappa, 'f', 2)).arg(a.cases)
                        : tr("; Cohen's kappa cannot be worked out when both auditors gave every case the same "
                             "grade (n = %1).")
                              .arg(a.cases);
        if (a.cases < kFewModerated)
            text +=
                QLatin1Char(' ') + tr("Too few moderated cases to rely on: moderate at least %1.").arg(kFewModerated);
    }
    m_agreement->setText(text);
    const Questionnaire tool = m_edits->questionnaireOf(m_auditId);
    m_tool->setText(
        m_edits->hasOwnCopy(m_auditId)
            ? tr("Questions from this audit's own copy of “%1”.").arg(tool.name)
            : tr("Questions from “%1”: copied into the audit when its first case is saved.").arg(tool.name));
}

QString CasesPanel::agreementText() const
{
    return m_agreement->text();
}

QString CasesPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace assure
