// The small dialogs of a programme occurrence: plan an audit, mark done, move, skip.
#include "gui/audits/occurrencedialogs.h"

#include "models/audits/programmeyear.h"
#include "workspace/audits/auditedits.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace assure {

namespace {

// The form above, then the problem line and OK / Cancel below, as every item dialog has them.
QFormLayout *frame(ItemDialog *dialog, QLabel **problem)
{
    auto *layout = new QVBoxLayout(dialog);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    *problem = new QLabel(dialog);
    (*problem)->setObjectName(QStringLiteral("problemLabel"));
    (*problem)->setWordWrap(true);
    layout->addWidget(*problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &ItemDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &ItemDialog::reject);
    layout->addWidget(buttons);
    return form;
}

// "Multi-agency case audit, due Dec 2026": what the dialog is about, in its first line.
QLabel *aboutLine(const Workspace &ws, const OccurrenceKey &key, QWidget *parent)
{
    const ProgrammeEntry *e = ws.items<ProgrammeEntry>().find(key.entryId);
    auto *label = new QLabel(
        ItemDialog::tr("%1, due %2").arg(e ? e->subject : QString(), ProgrammeYear::monthText(key.due)), parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

PlanAuditDialog::PlanAuditDialog(Workspace *workspace, const OccurrenceKey &key, const QDate &today, QWidget *parent)
    : ItemDialog(parent)
{
    setWindowTitle(tr("Plan audit"));
    QLabel *problem = nullptr;
    QFormLayout *form = frame(this, &problem);
    setProblemLabel(problem);
    form->addRow(tr("For:"), aboutLine(*workspace, key, this));
    m_type = new QComboBox(this);
    for (AuditType t : allAuditTypes())
        m_type->addItem(auditTypeLabel(t), int(t));
    form->addRow(tr("&Type:"), m_type);
    AuditEdits edits(*workspace);
    const ProgrammeOccurrence o = edits.occurrence(key.entryId, key.due);
    form->addRow(tr("Planned for:"), new QLabel(ProgrammeYear::monthText(o.month()), this));
    form->addRow(tr("Reference:"), new QLabel(edits.nextReference(today.year()), this));
    setSubmit([this, workspace, key, today](QString *error) {
        return AuditEdits(*workspace)
            .planFromOccurrence(key.entryId, key.due, AuditType(m_type->currentData().toInt()), today, error,
                                &m_auditId);
    });
}

MarkDoneDialog::MarkDoneDialog(Workspace *workspace, const OccurrenceKey &key, QWidget *parent) : ItemDialog(parent)
{
    setWindowTitle(tr("Mark done"));
    QLabel *problem = nullptr;
    QFormLayout *form = frame(this, &problem);
    setProblemLabel(problem);
    form->addRow(tr("For:"), aboutLine(*workspace, key, this));
    // The audits planned for this occurrence first, then the rest newest first: the one that did
    // it is near the top either way.
    const ProgrammeOccurrence o = AuditEdits(*workspace).occurrence(key.entryId, key.due);
    std::vector<const Audit *> audits;
    for (const Audit &a : workspace->items<Audit>())
        audits.push_back(&a);
    std::stable_sort(audits.begin(), audits.end(), [&o](const Audit *a, const Audit *b) {
        const bool forA = o.id != 0 && a->occurrenceId == o.id, forB = o.id != 0 && b->occurrenceId == o.id;
        return forA != forB ? forA : a->id > b->id;
    });
    m_audit = new QComboBox(this);
    m_audit->addItem(tr("None in the board (a report, or done elsewhere)"), qint64(0));
    for (const Audit *a : audits)
        m_audit->addItem(tr("%1 %2").arg(a->ref, a->title), a->id);
    // The audit that did it, or else the one planned for it, is offered first.
    if (o.auditId)
        m_audit->setCurrentIndex(qMax(0, m_audit->findData(o.auditId)));
    else if (!audits.empty() && o.id != 0 && audits.front()->occurrenceId == o.id)
        m_audit->setCurrentIndex(1);
    form->addRow(tr("Done by &audit:"), m_audit);
    m_date = new QDateEdit(o.doneOn.isValid() ? o.doneOn : QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    form->addRow(tr("Done &on:"), m_date);
    setSubmit([this, workspace, key](QString *error) {
        return AuditEdits(*workspace)
            .markDone(key.entryId, key.due, m_audit->currentData().toLongLong(), m_date->date(), error);
    });
}

MoveDialog::MoveDialog(Workspace *workspace, const OccurrenceKey &key, QWidget *parent) : ItemDialog(parent)
{
    setWindowTitle(tr("Move"));
    QLabel *problem = nullptr;
    QFormLayout *form = frame(this, &problem);
    setProblemLabel(problem);
    form->addRow(tr("For:"), aboutLine(*workspace, key, this));
    // Its year's months and the first half of the next: work slips, but not by years.
    const int fyStart = workspace->board().fyStartMonth;
    const QDate first(key.due.month() >= fyStart ? key.due.year() : key.due.year() - 1, fyStart, 1);
    m_month = new QComboBox(this);
    for (int n = 0; n < 18; ++n)
        m_month->addItem(ProgrammeYear::monthText(first.addMonths(n)), first.addMonths(n));
    const ProgrammeOccurrence o = AuditEdits(*workspace).occurrence(key.entryId, key.due);
    m_month->setCurrentIndex(qMax(0, m_month->findData(o.month())));
    form->addRow(tr("To &month:"), m_month);
    setSubmit([this, workspace, key](QString *error) {
        return AuditEdits(*workspace).move(key.entryId, key.due, m_month->currentData().toDate(), error);
    });
}

SkipDialog::SkipDialog(Workspace *workspace, const OccurrenceKey &key, QWidget *parent) : ItemDialog(parent)
{
    setWindowTitle(tr("Skip"));
    QLabel *problem = nullptr;
    QFormLayout *form = frame(this, &problem);
    setProblemLabel(problem);
    form->addRow(tr("For:"), aboutLine(*workspace, key, this));
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Why it is not done this time (needed)"));
    m_reason->setMinimumWidth(m_reason->fontMetrics().averageCharWidth() * 48);
    form->addRow(tr("&Reason:"), m_reason);
    setSubmit([this, workspace, key](QString *error) {
        return AuditEdits(*workspace).skip(key.entryId, key.due, m_reason->text(), error);
    });
}

} // namespace assure
