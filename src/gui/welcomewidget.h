// What the window shows with no board open: start a new board, open one, or a recent one.
#pragma once

#include <QWidget>

class QListWidget;

namespace assure {

class WelcomeWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeWidget(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &files);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace assure
