// Chooses the reporting period: month, quarter or year, stepped back and forward.
#pragma once

#include "core/period.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace assure {

class PeriodChooser final : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodChooser(const Period &period, QWidget *parent = nullptr);

    Period period() const { return m_period; }
    void setPeriod(const Period &period);
    // Its own "Period:" caption, hidden where a form's label already says it.
    void setCaptionVisible(bool visible);

Q_SIGNALS:
    void periodChanged(const assure::Period &period);

private:
    void refresh();

    Period m_period;
    QLabel *m_caption = nullptr;
    QComboBox *m_kind;
    QToolButton *m_back;
    QLabel *m_label;
    QToolButton *m_forward;
};

} // namespace assure
