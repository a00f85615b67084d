// Test helpers: where GUI tests save what they show, and a screenshot taken once layout has settled.
#pragma once

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace assure::test {

inline QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("ASSURE_SCREENSHOT_DIR", QDir::tempPath() + QStringLiteral("/assure-screenshots"));
    QDir().mkpath(dir);
    return dir;
}

// What the user sees once pending layout work is done.
inline QPixmap shot(QWidget *w)
{
    QApplication::processEvents();
    return w->grab();
}

inline bool saveShot(QWidget *w, const QString &name)
{
    return shot(w).save(QDir(screenshotDir()).filePath(name + QStringLiteral(".png")));
}

} // namespace assure::test
