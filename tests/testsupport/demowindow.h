// Test helper: the main window, shown and active, on a fresh small demo board dated 22 November 2026.
#pragma once

#include "gui/mainwindow.h"
#include "workspace/demo/demoboard.h"
#include "workspace/settings.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace assure::test {

struct DemoWindow
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<MainWindow> window;
};

// Fills *out; a failure is reported through QtTest (check QTest::currentTestFailed()).
inline void openDemoWindow(DemoWindow *out)
{
    out->dir = std::make_unique<QTemporaryDir>();
    const QString path = out->dir->filePath(QStringLiteral("Westmere.assure"));
    DemoOptions options;
    options.asOf = QDate(2026, 11, 22);
    QString error;
    QVERIFY2(writeDemoBoard(path, options, &error), qPrintable(error));
    out->settings = std::make_unique<Settings>(out->dir->filePath(QStringLiteral("settings.ini")));
    out->window = std::make_unique<MainWindow>(out->settings.get());
    out->window->resize(1280, 800);
    out->window->show();
    QApplication::setActiveWindow(out->window.get());
    QVERIFY(QTest::qWaitForWindowActive(out->window.get()));
    QVERIFY(out->window->openFile(path));
}

} // namespace assure::test
