// Identifier blocks reserved for a site: numbers drawn in order, never twice (even across a
// restart), overlapping or empty ranges refused, exhaustion reported clearly.
#include <sijil/storage/Database.h>
#include <sijil/storage/IdentifierBlocks.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace sijil::storage;

class IdentifierBlocksTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString kIpp = QStringLiteral("urn:ipp");

    std::unique_ptr<Database> open(const QString& name) {
        return std::move(Database::open(m_dir.filePath(name))).value();
    }

private slots:
    void numbersAreDrawnInOrderAcrossBlocksAndRestarts() {
        auto db = open(QStringLiteral("a.db"));
        IdentifierBlocks blocks(*db);
        QVERIFY(blocks.add(kIpp, 1000, 1002).ok());
        QVERIFY(blocks.add(kIpp, 5000, 5001).ok());
        QVERIFY(blocks.add(QStringLiteral("urn:other"), 1, 10).ok()); // another system
        QCOMPARE(blocks.remaining(kIpp).value(), 5);
        QCOMPARE(blocks.draw(kIpp).value(), 1000);
        QCOMPARE(blocks.draw(kIpp).value(), 1001);
        db.reset();

        db = open(QStringLiteral("a.db"));
        IdentifierBlocks again(*db);
        QCOMPARE(again.draw(kIpp).value(), 1002);
        QCOMPARE(again.draw(kIpp).value(), 5000);
        QCOMPARE(again.draw(kIpp).value(), 5001);
        const auto exhausted = again.draw(kIpp);
        QVERIFY(!exhausted.ok());
        QCOMPARE(exhausted.error().code(), QByteArray("storage/identifiers-exhausted"));
        QCOMPARE(again.remaining(kIpp).value(), 0);
        QCOMPARE(again.blocks(kIpp).value().size(), 2);
        QCOMPARE(again.draw(QStringLiteral("urn:other")).value(), 1);
    }

    void manyAtOnceSpanBlocksAndFailWhole() {
        auto db = open(QStringLiteral("c.db"));
        IdentifierBlocks blocks(*db);
        QVERIFY(blocks.add(kIpp, 10, 12).ok());
        QVERIFY(blocks.add(kIpp, 100, 101).ok());
        QCOMPARE(blocks.draw(kIpp, 4).value(), (QList<qint64>{10, 11, 12, 100}));
        const auto tooMany = blocks.draw(kIpp, 2);
        QVERIFY(!tooMany.ok());
        QCOMPARE(tooMany.error().code(), QByteArray("storage/identifiers-exhausted"));
        QCOMPARE(blocks.draw(kIpp).value(), 101); // the failed draw took nothing
    }

    void badRangesAreRefused_data() {
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("empty") << qint64(10) << qint64(9)
                               << QByteArray("storage/identifier-block-invalid");
        QTest::newRow("zero") << qint64(0) << qint64(9)
                              << QByteArray("storage/identifier-block-invalid");
        QTest::newRow("inside") << qint64(150) << qint64(160)
                                << QByteArray("storage/identifier-block-overlap");
        QTest::newRow("over start")
            << qint64(50) << qint64(100) << QByteArray("storage/identifier-block-overlap");
        QTest::newRow("over end") << qint64(199) << qint64(300)
                                  << QByteArray("storage/identifier-block-overlap");
        QTest::newRow("around") << qint64(1) << qint64(1000)
                                << QByteArray("storage/identifier-block-overlap");
    }
    void badRangesAreRefused() {
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        QFETCH(QByteArray, code);
        auto db = open(QStringLiteral("b-%1.db").arg(QString::fromLatin1(QTest::currentDataTag())));
        IdentifierBlocks blocks(*db);
        QVERIFY(blocks.add(kIpp, 100, 199).ok());
        const auto s = blocks.add(kIpp, first, last);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code(), code);
        QVERIFY(!s.error().userMessage().isEmpty());
        QCOMPARE(blocks.blocks(kIpp).value().size(), 1);
        QVERIFY(blocks.add(kIpp, 200, 299).ok()); // adjacent is fine
    }
};

QTEST_GUILESS_MAIN(IdentifierBlocksTest)
#include "tst_IdentifierBlocks.moc"
