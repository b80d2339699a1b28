#include <sijil/imaging/FrameCache.h>

#include <QTest>

using sijil::imaging::FrameCache;

namespace {

FrameCache::Entry frameOf(qsizetype bytes, char fill) {
    FrameCache::Entry e;
    e.pixels.data = QByteArray(bytes, fill);
    return e;
}

} // namespace

class tst_FrameCache : public QObject {
    Q_OBJECT
private slots:
    void keepsAndFinds();
    void dropsTheLeastRecentlyUsed();
    void replacesTheSameFrame();
    void refusesAFrameLargerThanTheBound();
};

void tst_FrameCache::keepsAndFinds() {
    FrameCache cache(1000);
    QCOMPARE(cache.maxBytes(), 1000);
    cache.insert(QStringLiteral("a.dcm"), 0, frameOf(100, 'a'));
    cache.insert(QStringLiteral("a.dcm"), 1, frameOf(100, 'b'));
    const auto first = cache.find(QStringLiteral("a.dcm"), 0);
    QVERIFY(first);
    QCOMPARE(first->pixels.data, QByteArray(100, 'a'));
    QCOMPARE(cache.find(QStringLiteral("a.dcm"), 1)->pixels.data, QByteArray(100, 'b'));
    QVERIFY(!cache.find(QStringLiteral("a.dcm"), 2));
    QVERIFY(!cache.find(QStringLiteral("b.dcm"), 0));
    QCOMPARE(cache.bytes(), 200);
    QCOMPARE(cache.count(), 2);
}

void tst_FrameCache::dropsTheLeastRecentlyUsed() {
    FrameCache cache(300);
    cache.insert(QStringLiteral("1"), 0, frameOf(100, '1'));
    cache.insert(QStringLiteral("2"), 0, frameOf(100, '2'));
    cache.insert(QStringLiteral("3"), 0, frameOf(100, '3'));
    QVERIFY(cache.find(QStringLiteral("1"), 0)); // 1 is now the most recently used
    cache.insert(QStringLiteral("4"), 0, frameOf(100, '4'));
    QVERIFY(!cache.find(QStringLiteral("2"), 0));
    QVERIFY(cache.find(QStringLiteral("1"), 0));
    QVERIFY(cache.find(QStringLiteral("3"), 0));
    QVERIFY(cache.find(QStringLiteral("4"), 0));
    QCOMPARE(cache.bytes(), 300);
    // One large frame pushes out as many as it needs, oldest first.
    cache.insert(QStringLiteral("5"), 0, frameOf(250, '5'));
    QCOMPARE(cache.count(), 1);
    QVERIFY(cache.bytes() <= cache.maxBytes());
    QVERIFY(cache.find(QStringLiteral("5"), 0));
}

void tst_FrameCache::replacesTheSameFrame() {
    FrameCache cache(1000);
    cache.insert(QStringLiteral("a"), 0, frameOf(100, 'x'));
    cache.insert(QStringLiteral("a"), 0, frameOf(300, 'y'));
    QCOMPARE(cache.count(), 1);
    QCOMPARE(cache.bytes(), 300);
    QCOMPARE(cache.find(QStringLiteral("a"), 0)->pixels.data, QByteArray(300, 'y'));
}

void tst_FrameCache::refusesAFrameLargerThanTheBound() {
    FrameCache cache(100);
    cache.insert(QStringLiteral("small"), 0, frameOf(60, 's'));
    cache.insert(QStringLiteral("big"), 0, frameOf(101, 'b'));
    QVERIFY(!cache.find(QStringLiteral("big"), 0));
    QVERIFY(cache.find(QStringLiteral("small"), 0)); // not evicted for nothing
    QCOMPARE(cache.bytes(), 60);
    FrameCache none(0);
    none.insert(QStringLiteral("any"), 0, frameOf(1, 'a'));
    QCOMPARE(none.count(), 0);
}

QTEST_GUILESS_MAIN(tst_FrameCache)
#include "tst_FrameCache.moc"
