// A rating cell, shown as a chip and edited by picking a rating.
#include "gui/assessment/ratingdelegate.h"

#include "models/tablemodelbase.h"

#include <QComboBox>

#include <utility>

namespace assure {

namespace {

// Knows whether its list was opened: a rating picked from the list is written at once, while one
// stepped to with the arrow keys waits for Enter, so that passing over AMBER on the way to RED
// does not write it.
class RatingCombo final : public QComboBox
{
public:
    using QComboBox::QComboBox;
    void showPopup() override
    {
        m_listOpened = true;
        QComboBox::showPopup();
    }
    bool takeListOpened() { return std::exchange(m_listOpened, false); }

private:
    bool m_listOpened = false;
};

} // namespace

RatingDelegate::RatingDelegate(int colourRole, int textRole, QObject *parent)
    : QStyledItemDelegate(parent), m_chips(colourRole, textRole), m_choices()
{
}

void RatingDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    m_chips.paint(painter, option, index);
}

QSize RatingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return m_chips.sizeHint(option, index);
}

QWidget *RatingDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QVariant choices = index.data(TableModelBase::ChoicesRole);
    if (!choices.isValid())
        return m_choices.createEditor(parent, option, index);
    auto *combo = new RatingCombo(parent);
    for (const Choice &c : choices.value<QList<Choice>>())
        combo->addItem(c.label, c.value);
    auto *self = const_cast<RatingDelegate *>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        if (!combo->takeListOpened())
            return;
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void RatingDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    m_choices.setEditorData(editor, index);
}

void RatingDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    m_choices.setModelData(editor, model, index);
}

} // namespace assure
