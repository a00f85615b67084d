// Test helper: a workspace open for changes on a fresh small demo board in a temporary folder.
#pragma once

#include "workspace/demo/demoboard.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace assure::test {

// Writes the demo into dir and opens it; a failure is reported through QtTest and leaves *out
// empty (check QTest::currentTestFailed()).
inline void openDemoWorkspace(const QTemporaryDir &dir, std::unique_ptr<Workspace> *out)
{
    out->reset();
    const QString path = dir.filePath(QStringLiteral("demo.assure"));
    QString error;
    QVERIFY2(writeDemoBoard(path, DemoOptions{}, &error), qPrintable(error));
    OpenResult r;
    *out = Workspace::open(path, BoardFile::Mode::ReadWrite, &r);
    QVERIFY2(*out, qPrintable(r.message));
}

} // namespace assure::test
