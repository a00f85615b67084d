// A drop-down answered with one key: a grade by its number (1 for the best) or its initial, yes /
// no / partial / not applicable by Y, N, P or A; so a case form is filled in without the mouse.
#pragma once

#include <QComboBox>

namespace assure {

class ChoiceField final : public QComboBox
{
    Q_OBJECT

public:
    explicit ChoiceField(QWidget *parent = nullptr);

    // A choice: what people read, the key it stands for, and the keys that pick it ("1G").
    void addChoice(const QString &label, const QString &key, const QString &shortcuts);
    // The grades of a scale, best first: 1, 2, 3... and each grade's initial where no earlier grade has it.
    void addGrades(const QList<std::pair<QString, QString>> &labelsAndKeys);
    // Yes, partial, no, not applicable: Y, P, N, A.
    void addYesNo();

    // The chosen key; empty when nothing is chosen (the first, blank, entry).
    QString key() const;
    void setKey(const QString &key);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QList<QString> m_shortcuts; // per item
};

} // namespace assure
