// A drop-down answered with one key.
#include "gui/audits/choicefield.h"

#include "core/audits/questionnaire.h"

#include <QKeyEvent>

namespace assure {

ChoiceField::ChoiceField(QWidget *parent) : QComboBox(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    // The blank entry: not answered. Delete or Backspace goes back to it.
    addItem(QString(), QString());
    m_shortcuts << QString();
}

void ChoiceField::addChoice(const QString &label, const QString &key, const QString &shortcuts)
{
    addItem(shortcuts.isEmpty() ? label : tr("%1  (%2)").arg(label, shortcuts.left(1)), key);
    m_shortcuts << shortcuts.toUpper();
}

void ChoiceField::addGrades(const QList<std::pair<QString, QString>> &labelsAndKeys)
{
    QString initials;
    for (int i = 0; i < labelsAndKeys.size(); ++i) {
        const auto &[label, key] = labelsAndKeys.at(i);
        QString shortcuts = i < 9 ? QString::number(i + 1) : QString();
        const QChar initial = label.isEmpty() ? QChar() : label.at(0).toUpper();
        if (!initial.isNull() && initial.isLetter() && !initials.contains(initial)) {
            shortcuts += initial;
            initials += initial;
        }
        addChoice(label, key, shortcuts);
    }
}

void ChoiceField::addYesNo()
{
    const std::pair<YesNo, QString> choices[] = {{YesNo::Yes, tr("Y", "the key for yes")},
                                                 {YesNo::Partial, tr("P", "the key for partial")},
                                                 {YesNo::No, tr("N", "the key for no")},
                                                 {YesNo::NotApplicable, tr("A", "the key for not applicable")}};
    for (const auto &[answer, shortcut] : choices)
        addChoice(yesNoLabel(answer), yesNoKey(answer), shortcut);
}

QString ChoiceField::key() const
{
    return currentData().toString();
}

void ChoiceField::setKey(const QString &key)
{
    const int i = findData(key);
    setCurrentIndex(i >= 0 ? i : 0);
}

void ChoiceField::keyPressEvent(QKeyEvent *event)
{
    const QString typed = event->text().toUpper();
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
        QComboBox::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        setCurrentIndex(0);
        event->accept();
        return;
    }
    if (typed.size() == 1 && typed.at(0).isPrint() && !typed.at(0).isSpace()) {
        for (int i = 1; i < m_shortcuts.size(); ++i)
            if (m_shortcuts.at(i).contains(typed.at(0))) {
                setCurrentIndex(i);
                event->accept();
                return;
            }
        // A key that picks nothing is swallowed: it must not jump to an entry by its first letter.
        event->accept();
        return;
    }
    QComboBox::keyPressEvent(event);
}

} // namespace assure
