// Chooses the reporting period: month, quarter or year, stepped back and forward.
#include "gui/periodchooser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace assure {

PeriodChooser::PeriodChooser(const Period &period, QWidget *parent)
    : QWidget(parent), m_period(period), m_kind(new QComboBox(this)), m_back(new QToolButton(this)),
      m_label(new QLabel(this)), m_forward(new QToolButton(this))
{
    m_kind->addItem(tr("Month"), int(Period::Kind::Month));
    m_kind->addItem(tr("Quarter"), int(Period::Kind::Quarter));
    m_kind->addItem(tr("Year"), int(Period::Kind::Year));
    m_kind->setAccessibleName(tr("Period length"));
    m_back->setArrowType(Qt::LeftArrow);
    m_back->setToolTip(tr("Previous period (Alt+Left)"));
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_forward->setArrowType(Qt::RightArrow);
    m_forward->setToolTip(tr("Next period (Alt+Right)"));
    m_forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    m_label->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(QStringLiteral("2026/27 Q4")) + 12);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setObjectName(QStringLiteral("periodLabel"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_caption = new QLabel(tr("Period:"), this);
    layout->addWidget(m_caption);
    layout->addWidget(m_kind);
    layout->addWidget(m_back);
    layout->addWidget(m_label);
    layout->addWidget(m_forward);

    connect(m_back, &QToolButton::clicked, this, [this] { setPeriod(m_period.previous()); });
    connect(m_forward, &QToolButton::clicked, this, [this] { setPeriod(m_period.next()); });
    connect(m_kind, &QComboBox::activated, this, [this] {
        const auto kind = Period::Kind(m_kind->currentData().toInt());
        // Keep to the same stretch of time: the last month or the quarter of the year chosen.
        setPeriod(Period::containing(m_period.end(), kind, m_period.fyStartMonth()));
    });
    refresh();
}

void PeriodChooser::setCaptionVisible(bool visible)
{
    m_caption->setVisible(visible);
}

void PeriodChooser::setPeriod(const Period &period)
{
    if (period == m_period)
        return;
    m_period = period;
    refresh();
    Q_EMIT periodChanged(m_period);
}

void PeriodChooser::refresh()
{
    m_label->setText(m_period.label());
    m_kind->setCurrentIndex(m_kind->findData(int(m_period.kind())));
}

} // namespace assure
