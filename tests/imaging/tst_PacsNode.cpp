// PacsNode::validate and DimseClient's checks of a query, which refuse bad input before any
// connection is attempted (the node's port is one nothing listens on: reaching the network would
// give imaging/pacs-unreachable instead).

#include <sijil/imaging/DimseClient.h>

#include <QTest>

using namespace sijil::imaging;

Q_DECLARE_METATYPE(sijil::imaging::StudyQuery)

class TestPacsNode : public QObject {
    Q_OBJECT

    static PacsNode validNode() {
        PacsNode node;
        node.aeTitle = QStringLiteral("PACS_CHU");
        node.host = QStringLiteral("127.0.0.1");
        node.port = 1; // tcpmux: never a PACS, and never reached by these tests
        return node;
    }

private slots:
    void validNodePasses() {
        QVERIFY(validNode().validate().ok());
        PacsNode node = validNode();
        node.aeTitle = QStringLiteral("SIXTEEN_CHARS_OK");
        node.callingAeTitle = QStringLiteral(" SIJIL-POSTE 2 "); // spaces around do not count
        node.port = 65535;
        QVERIFY(node.validate().ok());
    }

    void invalidNodeNamesTheField_data() {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("value");
        QTest::newRow("AE title of 17") << "aeTitle"
                                        << "SEVENTEEN_CHARS_X";
        QTest::newRow("empty AE title") << "aeTitle"
                                        << "";
        QTest::newRow("spaces only") << "aeTitle"
                                     << "    ";
        QTest::newRow("backslash") << "aeTitle"
                                   << "PACS\\1";
        QTest::newRow("non-ASCII") << "aeTitle" << QStringLiteral("PACS_\u00c9");
        QTest::newRow("control character") << "callingAeTitle"
                                           << "SIJIL\t";
        QTest::newRow("empty calling") << "callingAeTitle"
                                       << "";
        QTest::newRow("empty host") << "host"
                                    << "";
        QTest::newRow("host with a space") << "host"
                                           << "pacs chu";
        QTest::newRow("port 0") << "port"
                                << "0";
        QTest::newRow("port 65536") << "port"
                                    << "65536";
    }

    void invalidNodeNamesTheField() {
        QFETCH(QString, member);
        QFETCH(QString, value);
        PacsNode node = validNode();
        if (member == u"aeTitle")
            node.aeTitle = value;
        else if (member == u"callingAeTitle")
            node.callingAeTitle = value;
        else if (member == u"host")
            node.host = value;
        else
            node.port = value.toInt();
        const auto valid = node.validate();
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().code(), QByteArray("imaging/pacs-bad-node"));
        QCOMPARE(valid.error().field(), member);
        QVERIFY(!valid.error().userMessage().isEmpty());

        // The client refuses it the same way, before connecting.
        const auto echoed = DimseClient().echo(node);
        QVERIFY(!echoed.ok());
        QCOMPARE(echoed.error().code(), QByteArray("imaging/pacs-bad-node"));
    }

    void invalidQueryNamesTheField_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<StudyQuery>("query");
        StudyQuery q;
        q.patientId = QStringLiteral("A\\B"); // the multi-value separator
        QTest::newRow("backslash") << "patientId" << q;
        q = {};
        q.patientId = QString(65, u'9');
        QTest::newRow("patient ID of 65") << "patientId" << q;
        q = {};
        q.patientName = QStringLiteral("BENANI\nSALMA");
        QTest::newRow("newline in a name") << "patientName" << q;
        q = {};
        q.accessionNumber = QString(17, u'1');
        QTest::newRow("accession of 17") << "accessionNumber" << q;
        q = {};
        q.from = QDate(2024, 5, 2);
        q.to = QDate(2024, 5, 1);
        QTest::newRow("dates reversed") << "date" << q;
        q = {};
        q.maxResults = 0;
        QTest::newRow("no result wanted") << "maxResults" << q;
    }

    void invalidQueryNamesTheField() {
        QFETCH(QString, field);
        QFETCH(StudyQuery, query);
        const auto found = DimseClient().find(validNode(), query);
        QVERIFY(!found.ok());
        QCOMPARE(found.error().code(), QByteArray("imaging/pacs-bad-query"));
        QCOMPARE(found.error().field(), field);
    }
};

QTEST_GUILESS_MAIN(TestPacsNode)
#include "tst_PacsNode.moc"
