// A dashboard tile: a count under a status word on its coloured chip, that opens what it counts.
#pragma once

#include <QAbstractButton>
#include <QColor>

namespace assure {

class DashboardTile final : public QAbstractButton
{
    Q_OBJECT

public:
    // word: the status ("Red", "Overdue"); noun: what is counted, for the tooltip and screen
    // readers ("indicators", "actions"); colour: the chip's (the word is written in the ink that
    // reads on it, so the tile reads in grey and without colour).
    DashboardTile(const QString &word, const QString &noun, const QColor &colour, QWidget *parent = nullptr);

    void setCount(int count);
    // A count out of a whole, shown "6/10" and said "6 of 10".
    void setCount(int count, int of);
    int count() const { return m_count; }
    int of() const { return m_of; }
    QString word() const { return m_word; }

    QSize sizeHint() const override;
    // Narrower than the size hint, so that a small window keeps every tile: the word and the
    // count still fit whole.
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void describe();

    QString m_word;
    QString m_noun;
    QColor m_colour;
    int m_count = 0;
    int m_of = -1; // -1: a count alone
};

} // namespace assure
