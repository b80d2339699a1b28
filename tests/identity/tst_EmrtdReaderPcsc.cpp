// The eMRTD read over real PC/SC: pcscd with the vpcd virtual reader, and vsmartcard's ePass
// emulator as the chip (tests/peers/card-emulator.sh, fixture card_emulator). The emulator gets
// its MRZ on stdin; the test reads it back from DG1 under secure messaging.
#include <sijil/identity/EmrtdReader.h>
#include <sijil/identity/MrzParser.h>
#include <sijil/identity/PcscReaderPlugin.h>

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <PeerEnv.h>

using namespace sijil;
using namespace sijil::identity;

namespace {

QString detailOf(const core::Error& error) {
    return QString::fromLatin1(error.code()) + QStringLiteral(": ") + error.detail();
}

} // namespace

class tst_EmrtdReaderPcsc : public QObject {
    Q_OBJECT

private:
    QMap<QString, QString> m_env;
    QString m_reader;
    MrzData m_mrz;

    bool emulator(const QString& command) {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(QStringLiteral("bash"), {QStringLiteral(SIJIL_CARD_EMULATOR_SCRIPT), command,
                                               m_env.value(QStringLiteral("CARD_STATE_DIR"))});
        return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    }

    std::unique_ptr<CardConnection> connectCard() {
        PcscReaderPlugin plugin;
        auto connection = plugin.connect(m_reader);
        if (!connection.ok()) {
            qWarning().noquote() << detailOf(connection.error());
            return nullptr;
        }
        return std::move(connection).value();
    }

private slots:
    void initTestCase() {
        const QString envFile = qEnvironmentVariable("SIJIL_CARD_EMULATOR_ENV");
        QVERIFY2(!envFile.isEmpty(), "SIJIL_CARD_EMULATOR_ENV is not set: run through ctest "
                                     "(fixture card_emulator)");
        m_env = sijil::testing::readPeerEnv(envFile);
        QVERIFY2(m_env.contains(QStringLiteral("PCSCLITE_CSOCK_NAME")),
                 qPrintable(QStringLiteral("no emulator described in %1").arg(envFile)));
        // pcsc-lite reads it at the first call: our own pcscd, not the system's.
        qputenv("PCSCLITE_CSOCK_NAME", m_env.value(QStringLiteral("PCSCLITE_CSOCK_NAME")).toUtf8());
        m_reader = m_env.value(QStringLiteral("CARD_READER"));
        const auto mrz = MrzParser::parse(m_env.value(QStringLiteral("CARD_MRZ")));
        QVERIFY2(mrz.ok(), qPrintable(mrz.ok() ? QString() : detailOf(mrz.error())));
        m_mrz = *mrz;
    }

    void pluginListsTheReaderAndTheCard() {
        PcscReaderPlugin plugin;
        QCOMPARE(plugin.pluginId(), QStringLiteral("pcsc"));
        const auto started = plugin.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : detailOf(started.error())));
        const QList<ReaderInfo> readers = plugin.readers();
        const auto it = std::find_if(readers.begin(), readers.end(),
                                     [&](const ReaderInfo& r) { return r.name == m_reader; });
        QVERIFY2(it != readers.end(), qPrintable(m_reader));
        QVERIFY(it->cardPresent);
        QVERIFY(it->atr.size() >= 2);
        QCOMPARE(it->capabilities, quint32(ReaderInfo::SmartCard));
        plugin.stop();
        QVERIFY(!plugin.isRunning());
        QVERIFY(plugin.readers().isEmpty());
    }

    void readsDg1UnderSecureMessaging() {
        auto connection = connectCard();
        QVERIFY(connection);
        QCOMPARE(connection->readerName(), m_reader);
        EmrtdReader reader(*connection);
        const auto key = BacKey::fromMrz(m_mrz);
        QVERIFY(key.ok());
        const auto data = reader.read(*key);
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : detailOf(data.error())));
        QVERIFY(reader.secureMessagingActive());
        QCOMPARE(data->mrzText, m_env.value(QStringLiteral("CARD_MRZ")));
        QCOMPARE(data->mrz.documentNumber, m_mrz.documentNumber);
        QCOMPARE(data->mrz.familyName, m_mrz.familyName);
        QCOMPARE(data->mrz.givenNames, m_mrz.givenNames);
        QCOMPARE(data->mrz.birthDate, m_mrz.birthDate);
        QCOMPARE(data->mrz.expiryDate, m_mrz.expiryDate);
        QCOMPARE(data->ldsVersion, QStringLiteral("0107"));
        QVERIFY(data->dataGroups.contains(1));
        // SELECT EF.CardAccess, SELECT MF, SELECT EF.CardAccess again (the ePass card has a
        // master file but no EF.CardAccess: BAC), SELECT, GET CHALLENGE, EXTERNAL AUTHENTICATE;
        // SELECT and two READ BINARY per file; then SELECT EF.SOD, which vsmartcard's ePass card
        // lacks (it files an empty one as 010D): tolerated without a trust store.
        QVERIFY(data->sod.isEmpty());
        QVERIFY(!data->passiveAuthentication);
        QCOMPARE(reader.maxReadLength(), 231);
        QCOMPARE(data->accessProtocol, AccessProtocol::Bac);
        QCOMPARE(reader.apduCount(), 13);
    }

    void wrongMrzIsRefused() {
        auto connection = connectCard();
        QVERIFY(connection);
        EmrtdReader reader(*connection);
        auto key = BacKey::fromMrz(m_mrz);
        QVERIFY(key.ok());
        BacKey wrong = *key;
        wrong.birthDate =
            wrong.birthDate.left(4) +
            (wrong.birthDate.endsWith(u'1') ? QStringLiteral("02") : QStringLiteral("01"));
        const auto data = reader.read(wrong);
        QVERIFY(!data.ok());
        QCOMPARE(data.error().code(), QByteArray("identity/bac-refused"));
        QVERIFY2(data.error().detail().contains(QStringLiteral("6988")) ||
                     data.error().detail().contains(QStringLiteral("6300")),
                 qPrintable(data.error().detail()));
        QVERIFY(!data.error().userMessage().isEmpty());
        QVERIFY(!reader.secureMessagingActive());
        QCOMPARE(reader.apduCount(), 6);

        // The right key still opens it afterwards.
        EmrtdReader again(*connection);
        QVERIFY(again.read(*key).ok());
    }

    // vsmartcard answers errors in plain, without MAC: the session goes on after them.
    void missingFileThenMore() {
        auto connection = connectCard();
        QVERIFY(connection);
        EmrtdReader reader(*connection);
        QVERIFY(reader.selectApplication().ok());
        QVERIFY(reader.authenticate(*BacKey::fromMrz(m_mrz)).ok());
        const auto missing = reader.readFile(0x0103); // DG3: fingerprints, absent
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), QByteArray("identity/file-not-found"));
        const auto dg1 = reader.readFile(0x0101);
        QVERIFY2(dg1.ok(), qPrintable(dg1.ok() ? QString() : detailOf(dg1.error())));
        QVERIFY(dg1->contains(m_env.value(QStringLiteral("CARD_MRZ")).toLatin1()));
    }

    // The card taken away and laid down again, as the worker thread sees it through
    // SCardGetStatusChange.
    void cardRemovedAndInserted() {
        PcscReaderPlugin plugin;
        QVERIFY(plugin.start().ok());
        QSignalSpy removed(&plugin, &ReaderPlugin::cardRemoved);
        QSignalSpy inserted(&plugin, &ReaderPlugin::cardInserted);

        QVERIFY(emulator(QStringLiteral("remove")));
        QVERIFY(removed.wait(15000) || removed.count() > 0);
        QCOMPARE(removed.first().first().toString(), m_reader);
        const auto gone = plugin.connect(m_reader);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code(), QByteArray("identity/no-card"));
        QVERIFY(!gone.error().userMessage().isEmpty());

        QVERIFY(emulator(QStringLiteral("insert")));
        QVERIFY(inserted.wait(15000) || inserted.count() > 0);
        QCOMPARE(inserted.first().first().toString(), m_reader);
        const auto readers = plugin.readers();
        QVERIFY(std::any_of(readers.begin(), readers.end(), [&](const ReaderInfo& r) {
            return r.name == m_reader && r.cardPresent;
        }));
        auto connection = plugin.connect(m_reader);
        QVERIFY(connection.ok());
        EmrtdReader reader(**connection);
        QVERIFY(reader.read(*BacKey::fromMrz(m_mrz)).ok());
    }

    // pcscd stopped and started again: the worker loses the service, reports the readers gone,
    // retries, and reports them back with the card.
    void serviceGoesAndComesBack() {
        PcscReaderPlugin plugin;
        QVERIFY(plugin.start().ok());
        QVERIFY(!plugin.readers().isEmpty());
        QSignalSpy readerRemoved(&plugin, &ReaderPlugin::readerRemoved);
        QSignalSpy readerAdded(&plugin, &ReaderPlugin::readerAdded);
        QSignalSpy cardRemoved(&plugin, &ReaderPlugin::cardRemoved);
        QSignalSpy cardInserted(&plugin, &ReaderPlugin::cardInserted);
        QSignalSpy serviceChanged(&plugin, &ReaderPlugin::serviceChanged);
        QVERIFY(!plugin.serviceProblem());

        QVERIFY(emulator(QStringLiteral("service-stop")));
        QTRY_VERIFY_WITH_TIMEOUT(plugin.readers().isEmpty(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(serviceChanged.count(), 1, 15000);
        QVERIFY(plugin.serviceProblem());
        QCOMPARE(plugin.serviceProblem()->code(), QByteArray("identity/pcsc-no-service"));
        QCOMPARE(cardRemoved.count(), 1);
        QCOMPARE(cardRemoved.first().first().toString(), m_reader);
        QVERIFY(readerRemoved.count() >= 1);
        QVERIFY(std::any_of(
            readerRemoved.begin(), readerRemoved.end(),
            [&](const QList<QVariant>& args) { return args.first().toString() == m_reader; }));
        const auto noService = plugin.connect(m_reader);
        QVERIFY(!noService.ok());
        QCOMPARE(noService.error().code(), QByteArray("identity/pcsc-no-service"));

        QVERIFY(emulator(QStringLiteral("service-start")));
        QTRY_VERIFY_WITH_TIMEOUT(cardInserted.count() >= 1, 15000);
        QCOMPARE(serviceChanged.count(), 2);
        QVERIFY(!plugin.serviceProblem());
        QCOMPARE(cardInserted.last().first().toString(), m_reader);
        QVERIFY(
            std::any_of(readerAdded.begin(), readerAdded.end(), [&](const QList<QVariant>& args) {
                return args.first().toString() == m_reader;
            }));
        auto connection = plugin.connect(m_reader);
        QVERIFY(connection.ok());
        EmrtdReader reader(**connection);
        QVERIFY(reader.read(*BacKey::fromMrz(m_mrz)).ok());
    }

    void unknownReader() {
        PcscReaderPlugin plugin;
        const auto connection = plugin.connect(QStringLiteral("No such reader 00 00"));
        QVERIFY(!connection.ok());
        QCOMPARE(connection.error().code(), QByteArray("identity/reader-unavailable"));
    }
};

QTEST_GUILESS_MAIN(tst_EmrtdReaderPcsc)
#include "tst_EmrtdReaderPcsc.moc"
