// The Scorecard page's dialogs: a domain's summary line, and the board's list of domains.
#include "gui/scorecard/scorecarddialogs.h"

#include "core/scorecard/scorecarddomain.h"
#include "gui/confirmdelete.h"
#include "gui/privacy/privacycheck.h"
#include "workspace/scorecard/scorecard.h"
#include "workspace/scorecard/scorecardedits.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace assure {

SummaryDialog::SummaryDialog(Workspace *workspace, qint64 domainId, const Period &period, QWidget *parent)
    : ItemDialog(parent), m_text(new QLineEdit(this))
{
    const ScorecardDomain *domain = workspace->items<ScorecardDomain>().find(domainId);
    const QString name = domain ? domain->name : QString();
    setWindowTitle(tr("Summary of %1").arg(name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto *intro = new QLabel(tr("One line on how “%1” stood in %2, for the scorecard and the board pack. "
                                "Leave it blank to clear it.")
                                 .arg(name, period.label()),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_text->setMaxLength(kScorecardSummaryMaxLength);
    m_text->setText(ScorecardEdits::summary(*workspace, domainId, period));
    m_text->setMinimumWidth(480);
    form->addRow(tr("&Summary:"), m_text);
    auto *problem = new QLabel(this);
    problem->setWordWrap(true);
    layout->addWidget(problem);
    setProblemLabel(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ItemDialog::reject);
    layout->addWidget(buttons);

    setSubmit([this, workspace, domainId, period](QString *error) {
        const QString text = m_text->text().trimmed();
        const ScorecardSummary *stored = ScorecardEdits::findSummary(*workspace, domainId, period);
        const PrivacyField field{
            {QStringLiteral("scorecard_summary"), stored ? stored->id : 0, {}, QStringLiteral("text")},
            tr("Summary"),
            text};
        return PrivacyCheck::save(
            this, workspace, {field},
            [&](QString *e, qint64 *newId) {
                const bool saved = ScorecardEdits(*workspace).setSummary(domainId, period, text, e);
                if (const ScorecardSummary *s = ScorecardEdits::findSummary(*workspace, domainId, period))
                    *newId = s->id;
                return saved;
            },
            error);
    });
}

DomainsDialog::DomainsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_list(new QListWidget(this)), m_sets(new QComboBox(this)),
      m_rename(new QPushButton(tr("&Rename…"), this)), m_up(new QPushButton(tr("Move &up"), this)),
      m_down(new QPushButton(tr("Move &down"), this)), m_remove(new QPushButton(tr("De&lete…"), this))
{
    setWindowTitle(tr("Scorecard domains"));
    auto *add = new QPushButton(tr("&Add…"), this);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {add, m_rename, m_up, m_down, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(buttons);

    for (DomainSet set : allDomainSets())
        m_sets->addItem(domainSetLabel(set), int(set));
    auto *use = new QPushButton(tr("&Use this set…"), this);
    auto *setRow = new QHBoxLayout;
    auto *setLabel = new QLabel(tr("&Start again from:"), this);
    setLabel->setBuddy(m_sets);
    setRow->addWidget(setLabel);
    setRow->addWidget(m_sets, 1);
    setRow->addWidget(use);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The domains the scorecard groups indicators under, in the order it shows them. "
                                "Each change can be undone."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addLayout(setRow);
    layout->addWidget(close);
    resize(560, 380);

    const bool writable = !workspace->isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{add, m_rename, m_up, m_down, m_remove, m_sets, use})
        w->setEnabled(writable);
    connect(add, &QPushButton::clicked, this, &DomainsDialog::addDomain);
    connect(m_rename, &QPushButton::clicked, this, &DomainsDialog::renameDomain);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_remove, &QPushButton::clicked, this, &DomainsDialog::removeDomain);
    connect(use, &QPushButton::clicked, this, &DomainsDialog::useSet);
    connect(m_list, &QListWidget::itemActivated, this, &DomainsDialog::renameDomain);
    refill();
}

void DomainsDialog::refill(qint64 select)
{
    m_list->clear();
    for (const ScorecardDomain &d : orderedDomains(*m_workspace)) {
        auto *item = new QListWidgetItem(d.name, m_list);
        item->setData(Qt::UserRole, d.id);
        if (d.id == select)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

qint64 DomainsDialog::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void DomainsDialog::run(bool ok, const QString &error, qint64 select)
{
    if (!ok && !error.isEmpty())
        QMessageBox::warning(this, windowTitle(), error);
    refill(select);
}

void DomainsDialog::addDomain()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Add domain"), tr("Name of the domain:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QString error;
    qint64 id = 0;
    const bool added = ScorecardEdits(*m_workspace).addDomain(name, &error, &id);
    run(added, error, id);
}

void DomainsDialog::renameDomain()
{
    const qint64 id = currentId();
    const ScorecardDomain *d = m_workspace->items<ScorecardDomain>().find(id);
    if (!d || m_workspace->isReadOnly())
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename domain"), tr("Name of the domain:"), QLineEdit::Normal, d->name, &ok);
    if (!ok)
        return;
    QString error;
    const bool renamed = ScorecardEdits(*m_workspace).renameDomain(id, name, &error);
    run(renamed, error, id);
}

void DomainsDialog::move(int step)
{
    const qint64 id = currentId();
    QString error;
    const bool moved = ScorecardEdits(*m_workspace).moveDomain(id, step, &error);
    run(moved, error, id);
}

void DomainsDialog::removeDomain()
{
    const qint64 id = currentId();
    const ScorecardDomain *d = m_workspace->items<ScorecardDomain>().find(id);
    if (!d)
        return;
    const QString question = tr("Delete the domain “%1”?").arg(d->name);
    if (!confirmDelete(this, question, m_workspace->dependents<ScorecardDomain>(id)))
        return;
    QString error;
    const bool removed = ScorecardEdits(*m_workspace).removeDomain(id, &error);
    run(removed, error, 0);
}

void DomainsDialog::useSet()
{
    const auto set = DomainSet(m_sets->currentData().toInt());
    const int used = ScorecardEdits::indicatorsWithDomain(*m_workspace);
    QString question = tr("Replace the board's domains with %1?").arg(domainSetLabel(set).toLower());
    if (used > 0)
        question += QLatin1Char(' ') + tr("%n indicators will be left without a domain, and the domains' summaries "
                                          "go with them. This can be undone.",
                                          nullptr, used);
    if (QMessageBox::question(this, windowTitle(), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QString error;
    const bool done = ScorecardEdits(*m_workspace).useSet(set, &error);
    run(done, error, 0);
}

} // namespace assure
