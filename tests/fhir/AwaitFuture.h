#pragma once

// Waits for a client call in a unit test: the event loop runs until the future resolves.

#include <QFuture>
#include <QTest>

namespace sijil::test {

template <typename T>
T await(QFuture<T> future) {
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20'000))
        qFatal("request never finished");
    return future.result();
}

} // namespace sijil::test
