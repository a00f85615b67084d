// Test helper: acting on a modal dialog that the code under test is about to show.
#pragma once

#include <QApplication>
#include <QTest>
#include <QTimer>

namespace assure::test {

// Runs action on the next modal dialog once it is up; exec() in the caller blocks until it closes.
template <class Dialog, class Action> void whenModal(Action action)
{
    QTimer::singleShot(0, [action] {
        QTRY_VERIFY(qobject_cast<Dialog *>(QApplication::activeModalWidget()));
        action(qobject_cast<Dialog *>(QApplication::activeModalWidget()));
    });
}

} // namespace assure::test
