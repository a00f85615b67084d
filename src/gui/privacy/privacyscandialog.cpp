// The anonymisation guard over the whole open board, with acceptances for what is meant to stay.
#include "gui/privacy/privacyscandialog.h"

#include "workspace/workspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assure {

namespace {

// A few words of the text either side of the match, so the row can be found and judged.
QString context(const QString &text, const PrivacyHit &hit)
{
    constexpr qsizetype kAround = 30;
    const qsizetype from = qMax<qsizetype>(0, hit.start - kAround);
    const qsizetype to = qMin(text.size(), hit.start + hit.text.size() + kAround);
    QString out = text.mid(from, to - from).simplified();
    if (from > 0)
        out.prepend(QStringLiteral("…"));
    if (to < text.size())
        out.append(QStringLiteral("…"));
    return out;
}

} // namespace

PrivacyScanDialog::PrivacyScanDialog(Workspace *workspace, QWidget *parent) : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Check for Personal Data"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("hitsTable"));
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("Field"), tr("Looks like"), tr("Text"), tr("In")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_accept = buttons->addButton(tr("&Accept Selected…"), QDialogButtonBox::ActionRole);
    m_accept->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &PrivacyScanDialog::reject);
    connect(m_accept, &QPushButton::clicked, this, &PrivacyScanDialog::askAndAccept);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_accept->setEnabled(!m_workspace->isReadOnly() && !m_table->selectionModel()->selectedRows().isEmpty());
    });
    resize(860, 460);
    rescan();
}

QString PrivacyScanDialog::summary() const
{
    return m_summary->text();
}

void PrivacyScanDialog::rescan()
{
    m_listed.clear();
    m_table->setRowCount(0);
    QString error;
    QList<QStringList> rows;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool read =
        PrivacyEdits(*m_workspace)
            .scanBoard(
                [&](const PrivacyFinding &f) {
                    const QString where = f.place.key.isEmpty()
                                              ? QStringLiteral("%1 %2").arg(f.place.table).arg(f.place.id)
                                              : QStringLiteral("%1 %2").arg(f.place.table, f.place.key);
                    for (const PrivacyHit &h : f.hits) {
                        m_listed.append({f.place, h});
                        rows.append({where, f.place.field, privacyKindLabel(h.kind), h.text, context(f.text, h)});
                    }
                    return true;
                },
                &error);
    QApplication::restoreOverrideCursor();
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    if (!read)
        m_summary->setText(tr("The board could not be read: %1").arg(error));
    else if (rows.isEmpty())
        m_summary->setText(tr("Nothing in this board's case material or narrative looks like personal data."));
    else
        m_summary->setText(tr("Looks like personal data in this board's case material and narrative: %1. Correct "
                              "each where it is written, or select those that may stay and accept them with a reason.")
                               .arg(QLocale().toString(rows.size())));
}

bool PrivacyScanDialog::acceptSelected(const QString &reason)
{
    QList<PrivacyAcceptance> chosen;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const Listed &l = m_listed.at(index.row());
        PrivacyAcceptance a;
        a.place = l.place;
        a.kind = l.hit.kind;
        a.matched = l.hit.text;
        a.reason = reason;
        chosen << a;
    }
    QString error;
    if (!PrivacyEdits(*m_workspace).accept(chosen, &error)) {
        QMessageBox::warning(this, tr("Not accepted"), error);
        return false;
    }
    rescan();
    return true;
}

void PrivacyScanDialog::askAndAccept()
{
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Accept Personal Data"), tr("Why may the selected text stay in the board file?"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        acceptSelected(reason);
}

} // namespace assure
