// The anonymisation guard on save: the dialog that shows what looks like personal data, and the
// call editors make before they save.
#include "gui/privacy/privacycheck.h"

#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace assure {

QString markedPrivacyHtml(const QString &text, const QList<PrivacyHit> &hits)
{
    QString html;
    qsizetype at = 0;
    for (const PrivacyHit &h : hits) { // in text order, never overlapping (PrivacyGuard::scan)
        html += text.mid(at, h.start - at).toHtmlEscaped();
        html += QStringLiteral("<span style=\"background-color: #ffe08a; font-weight: 600;\">%1</span>")
                    .arg(h.text.toHtmlEscaped());
        at = h.start + h.text.size();
    }
    html += text.mid(at).toHtmlEscaped();
    return html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

PrivacyCheck::PrivacyCheck(const QList<PrivacyField> &fields, const QList<QList<PrivacyHit>> &hits, QWidget *parent)
    : QDialog(parent), m_fields(fields), m_hits(hits)
{
    setWindowTitle(tr("Personal data?"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<b>Some of what you are saving looks like personal data.</b> Names, dates of birth, "
                                "NHS numbers, addresses and contact details of the people in a case do not belong "
                                "in the board file. Go back and correct it, or say why it is acceptable."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("privacyText"));
    m_text->setAccessibleName(tr("What looks like personal data"));
    QStringList parts;
    for (int i = 0; i < m_fields.size(); ++i) {
        QStringList kinds;
        for (const PrivacyHit &h : m_hits.at(i))
            kinds << tr("“%1” looks like %2.").arg(h.text.toHtmlEscaped(), privacyKindPhrase(h.kind));
        parts << QStringLiteral("<p><b>%1</b></p><p style=\"margin-left: 12px;\">%2</p><p style=\"margin-left: "
                                "12px;\"><i>%3</i></p>")
                     .arg(m_fields.at(i).label.toHtmlEscaped(), markedPrivacyHtml(m_fields.at(i).text, m_hits.at(i)),
                          kinds.join(QLatin1Char(' ')));
    }
    m_text->setHtml(parts.join(QString()));
    layout->addWidget(m_text, 1);

    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Required to save it: e.g. the review is published and names them"));
    form->addRow(tr("&Why it is acceptable:"), m_reason);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(this);
    m_back = m_buttons->addButton(tr("&Go back and correct"), QDialogButtonBox::RejectRole);
    m_accept = m_buttons->addButton(tr("&Save, it is acceptable"), QDialogButtonBox::AcceptRole);
    m_back->setDefault(true);
    m_accept->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_accept->setEnabled(!t.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PrivacyCheck::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PrivacyCheck::reject);
    resize(620, 420);
}

QList<PrivacyAcceptance> PrivacyCheck::acceptances() const
{
    QList<PrivacyAcceptance> out;
    for (int i = 0; i < m_fields.size(); ++i)
        for (const PrivacyHit &h : m_hits.at(i)) {
            PrivacyAcceptance a;
            a.place = m_fields.at(i).place;
            a.kind = h.kind;
            a.matched = h.text;
            a.reason = m_reason->text().trimmed();
            out << a;
        }
    return out;
}

bool PrivacyCheck::confirm(QWidget *parent, Workspace *workspace, const QList<PrivacyField> &fields,
                           QList<PrivacyAcceptance> *accepted)
{
    const PrivacyEdits edits(*workspace);
    QList<PrivacyField> shown;
    QList<QList<PrivacyHit>> hits;
    for (const PrivacyField &f : fields) {
        QList<PrivacyHit> h = edits.unaccepted(f.place, f.text);
        if (h.isEmpty())
            continue;
        shown << f;
        hits << h;
    }
    accepted->clear();
    if (shown.isEmpty())
        return true;
    PrivacyCheck dialog(shown, hits, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *accepted = dialog.acceptances();
    return true;
}

bool PrivacyCheck::save(QWidget *parent, Workspace *workspace, const QList<PrivacyField> &fields,
                        const PrivacyEdits::Save &save, QString *error)
{
    QList<PrivacyAcceptance> accepted;
    if (!confirm(parent, workspace, fields, &accepted)) {
        if (error)
            error->clear();
        return false;
    }
    return PrivacyEdits(*workspace).saveWith(accepted, save, error);
}

} // namespace assure
