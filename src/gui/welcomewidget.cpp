// What the window shows with no board open: start a new board, open one, or a recent one.
#include "gui/welcomewidget.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace assure {

WelcomeWidget::WelcomeWidget(QWidget *parent) : QWidget(parent), m_recent(new QListWidget(this))
{
    auto *title = new QLabel(tr("Assure"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    title->setFont(big);
    auto *blurb = new QLabel(tr("Performance and quality assurance for safeguarding partnerships. "
                                "A board file holds one partnership's whole framework."),
                             this);
    blurb->setWordWrap(true);
    auto *newButton = new QPushButton(tr("&New board file…"), this);
    auto *openButton = new QPushButton(tr("&Open board file…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch(1);
    auto *recentLabel = new QLabel(tr("&Recent board files:"), this);
    recentLabel->setBuddy(m_recent);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addWidget(title);
    layout->addWidget(blurb);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addSpacing(16);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent, 1);

    connect(newButton, &QPushButton::clicked, this, &WelcomeWidget::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomeWidget::openRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentRequested(item->data(Qt::UserRole).toString()); });
}

void WelcomeWidget::setRecentFiles(const QStringList &files)
{
    m_recent->clear();
    for (const QString &path : files) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QFileInfo(path).fileName(),
                                                                         QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                                         m_recent);
        item->setData(Qt::UserRole, path);
    }
}

} // namespace assure
