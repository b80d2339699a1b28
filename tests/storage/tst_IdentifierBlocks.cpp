// Identifier blocks reserved for a site: numbers drawn in order, never twice (even across a
// restart), overlapping or empty ranges refused, exhaustion reported clearly.
#include <sijil/storage/Database.h>
#include <sijil/storage/IdentifierBlocks.h>

#include <QSqlDatabase>
#include <QSqlQuery>
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

    // Numbers a patient holds already (typed in, imported, received from the server) are
    // passed over, and count as used.
    void drawsPassOverNumbersHeld() {
        auto db = open(QStringLiteral("d.db"));
        IdentifierBlocks blocks(*db);
        QVERIFY(blocks.add(kIpp, 10, 14).ok());
        QSqlQuery q(QSqlDatabase::database(db->connectionName()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO identifiers_held(system, value, patient_id) "
                                      "VALUES ('urn:ipp', 'n11', 'p1'), ('urn:ipp', 'n12', 'p2'), "
                                      "('urn:other', 'n13', 'p3')")));
        const auto valueOf = [](qint64 n) {
            return QStringLiteral("n%1").arg(n);
        };
        QCOMPARE(blocks.holder(kIpp, QStringLiteral("n12")).value(), QStringLiteral("p2"));
        QCOMPARE(blocks.holder(kIpp, QStringLiteral("n13")).value(), QString());
        QCOMPARE(blocks.draw(kIpp, valueOf).value(), 10);
        QCOMPARE(blocks.draw(kIpp, 2, valueOf).value(), (QList<qint64>{13, 14}));
        QCOMPARE(blocks.remaining(kIpp).value(), 0);
    }

    // A store made before identifiers_held: its patients' IPPs are held from the migration on.
    void theMigrationHoldsTheIppsOfPatientsStoredBefore() {
        const QString name = QStringLiteral("m.db");
        {
            auto db = open(name);
            QSqlQuery q(QSqlDatabase::database(db->connectionName()));
            const QString patient = QStringLiteral(
                "{\"resourceType\":\"Patient\",\"id\":\"%1\",\"identifier\":[{\"system\":"
                "\"https://fhir.sante.gov.ma/sid/ipp\",\"value\":\"%2\"},{\"system\":"
                "\"urn:cnie\",\"value\":\"BE1\"}]}");
            for (const QString& sql :
                 {QStringLiteral("DROP TABLE identifiers_held"),
                  QStringLiteral("DROP TABLE unique_identifier_systems"),
                  QStringLiteral("DROP TABLE import_journal"),
                  QStringLiteral("DELETE FROM schema_history WHERE version >= 16"),
                  QStringLiteral("PRAGMA user_version = 15")}) {
                QVERIFY2(q.exec(sql), qPrintable(sql));
            }
            // Two patients holding one number (the defect this table closes): the first keeps it.
            for (const auto& [id, ipp] :
                 {std::pair{"p1", "000000001X"}, {"p2", "0000000028"}, {"p3", "0000000028"}}) {
                q.prepare(QStringLiteral("INSERT INTO resources(type, id, version_id, "
                                         "last_updated, local_state, patient_id, json, "
                                         "local_updated) VALUES ('Patient', ?, '1', '', 0, ?, ?, "
                                         "'')"));
                q.addBindValue(QString::fromLatin1(id));
                q.addBindValue(QString::fromLatin1(id));
                q.addBindValue(
                    patient.arg(QString::fromLatin1(id), QString::fromLatin1(ipp)).toUtf8());
                QVERIFY(q.exec());
            }
        }
        auto db = open(name);
        IdentifierBlocks blocks(*db);
        const QString ipp = QStringLiteral("https://fhir.sante.gov.ma/sid/ipp");
        QCOMPARE(blocks.holder(ipp, QStringLiteral("000000001X")).value(), QStringLiteral("p1"));
        QCOMPARE(blocks.holder(ipp, QStringLiteral("0000000028")).value(), QStringLiteral("p2"));
        QCOMPARE(blocks.holder(QStringLiteral("urn:cnie"), QStringLiteral("BE1")).value(),
                 QString());
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
