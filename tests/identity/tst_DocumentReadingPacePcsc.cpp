// The desk's reading of a PACE ID card over real PC/SC: pcscd with the vpcd virtual reader, and
// the PACE chip of PaceChipSimulator.h behind it (sijil_chip_sim, started by
// tests/peers/card-emulator.sh with CARD_KIND=pace, fixture card_emulator_pace). The CAN opens
// it; EF.SOD is signed under the CSCA the simulator wrote to CARD_TRUST_DIR.
#include <sijil/identity/DocumentReading.h>
#include <sijil/identity/MrzParser.h>
#include <sijil/identity/PcscReaderPlugin.h>
#include <sijil/identity/TrustStore.h>

#include <QFile>
#include <QtTest>

#include <PeerEnv.h>

using namespace sijil;
using namespace sijil::identity;
using Verdict = DocumentReadResult::Verdict;

namespace {

QString detailOf(const core::Error& error) {
    return QString::fromLatin1(error.code()) + QStringLiteral(": ") + error.detail();
}

// The instruction byte of every command APDU that went to the card (GET RESPONSE included: it
// would show as C0).
class RecordingConnection final : public CardConnection {
public:
    explicit RecordingConnection(CardConnection& inner)
        : m_inner(inner) {}
    QList<quint8> ins;

    [[nodiscard]] QString readerName() const override { return m_inner.readerName(); }
    [[nodiscard]] QByteArray atr() const override { return m_inner.atr(); }
    [[nodiscard]] int maxResponseLength() const override { return m_inner.maxResponseLength(); }
    core::Result<QByteArray> transmit(const QByteArray& apdu) override {
        if (apdu.size() >= 2)
            ins << quint8(apdu.at(1));
        return m_inner.transmit(apdu);
    }

private:
    CardConnection& m_inner;
};

} // namespace

class tst_DocumentReadingPacePcsc : public QObject {
    Q_OBJECT

private:
    QMap<QString, QString> m_env;
    QString m_reader;
    std::unique_ptr<TrustStore> m_trust;

    std::unique_ptr<CardConnection> connectCard() {
        PcscReaderPlugin plugin;
        auto connection = plugin.connect(m_reader);
        if (!connection.ok()) {
            qWarning().noquote() << detailOf(connection.error());
            return nullptr;
        }
        return std::move(connection).value();
    }

    DocumentReading::Options options() const {
        DocumentReading::Options o;
        o.trustStore = m_trust.get();
        return o;
    }

private slots:
    void initTestCase() {
        const QString envFile = qEnvironmentVariable("SIJIL_CARD_EMULATOR_ENV");
        QVERIFY2(!envFile.isEmpty(), "SIJIL_CARD_EMULATOR_ENV is not set: run through ctest "
                                     "(fixture card_emulator_pace)");
        m_env = sijil::testing::readPeerEnv(envFile);
        QVERIFY2(m_env.value(QStringLiteral("CARD_KIND")) == QStringLiteral("pace"),
                 qPrintable(QStringLiteral("no PACE card emulator described in %1").arg(envFile)));
        qputenv("PCSCLITE_CSOCK_NAME", m_env.value(QStringLiteral("PCSCLITE_CSOCK_NAME")).toUtf8());
        m_reader = m_env.value(QStringLiteral("CARD_READER"));
        m_trust = std::make_unique<TrustStore>(m_env.value(QStringLiteral("CARD_TRUST_DIR")));
        const auto trusted = m_trust->certificates();
        QVERIFY(trusted.ok());
        QCOMPARE(trusted->size(), 1); // the simulator's CSCA
    }

    void readsWithTheCanAndVerifies() {
        PcscReaderPlugin plugin;
        QVERIFY(plugin.start().ok());
        const auto readers = plugin.readers();
        QVERIFY(std::any_of(readers.begin(), readers.end(), [&](const ReaderInfo& r) {
            return r.name == m_reader && r.cardPresent;
        }));
        auto connection = plugin.connect(m_reader);
        QVERIFY2(connection.ok(),
                 qPrintable(connection.ok() ? QString() : detailOf(connection.error())));
        RecordingConnection recorded(**connection);
        QList<DocumentReading::Step> steps;
        const auto read =
            DocumentReading::read(recorded, {std::nullopt, m_env.value(QStringLiteral("CARD_CAN"))},
                                  options(), [&](DocumentReading::Step s) { steps << s; });
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : detailOf(read.error())));
        QCOMPARE(read->data.accessProtocol, AccessProtocol::Pace);
        QCOMPARE(read->data.paceProtocol, QStringLiteral("id-PACE-ECDH-GM-AES-CBC-CMAC-128"));
        QCOMPARE(read->verdict(), Verdict::Verified);
        QCOMPARE(read->verdictCode(), QStringLiteral("verified"));
        QCOMPARE(read->data.mrzText, m_env.value(QStringLiteral("CARD_MRZ")));
        const auto mrz = MrzParser::parse(m_env.value(QStringLiteral("CARD_MRZ")));
        QVERIFY(mrz.ok());
        QCOMPARE(read->data.mrz.documentNumber, mrz->documentNumber);
        QCOMPARE(read->data.mrz.familyName, mrz->familyName);
        QCOMPARE(read->photoFormat, QStringLiteral("jpeg"));
        QVERIFY(read->photo.startsWith(QByteArray::fromHex("FFD8")));
        QCOMPARE(steps.last(), DocumentReading::Step::Verifying);
        // PACE: MSE:Set AT and four GENERAL AUTHENTICATE; no BAC, no GET RESPONSE.
        QCOMPARE(recorded.ins.count(0x22), 1);
        QCOMPARE(recorded.ins.count(0x86), 4);
        QVERIFY(!recorded.ins.contains(0x84) && !recorded.ins.contains(0x82));
        QVERIFY(!recorded.ins.contains(0xC0));
    }

    // A wrong CAN: the tries left in the message, nothing after the refused GENERAL
    // AUTHENTICATE (no BAC); the right CAN then opens it (and resets the counter).
    void wrongCanGivesTheTriesLeft() {
        auto connection = connectCard();
        QVERIFY(connection);
        const QString can = m_env.value(QStringLiteral("CARD_CAN"));
        const QString wrong =
            can == QStringLiteral("654321") ? QStringLiteral("123456") : QStringLiteral("654321");
        RecordingConnection recorded(*connection);
        const auto refused = DocumentReading::read(recorded, {std::nullopt, wrong}, options());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), QByteArray("identity/pace-refused"));
        QVERIFY2(refused.error().detail().contains(QStringLiteral("63C2")),
                 qPrintable(refused.error().detail()));
        QVERIFY2(refused.error().userMessage().contains(QStringLiteral("2 essai")),
                 qPrintable(refused.error().userMessage()));
        QCOMPARE(recorded.ins.count(0x86), 4);
        QCOMPARE(recorded.ins.last(), quint8(0x86));
        QVERIFY(!recorded.ins.contains(0x84) && !recorded.ins.contains(0x82));

        // Once more wrong: one try left, counted by the chip across connections.
        auto second = connectCard();
        QVERIFY(second);
        const auto again = DocumentReading::read(*second, {std::nullopt, wrong}, options());
        QVERIFY(again.error().detail().contains(QStringLiteral("63C1")));

        auto third = connectCard();
        QVERIFY(third);
        const auto right = DocumentReading::read(*third, {std::nullopt, can}, options());
        QVERIFY2(right.ok(), qPrintable(right.ok() ? QString() : detailOf(right.error())));
        QCOMPARE(right->verdict(), Verdict::Verified);
        // The counter is back to three: one wrong try leaves two.
        auto fourth = connectCard();
        QVERIFY(fourth);
        const auto reset = DocumentReading::read(*fourth, {std::nullopt, wrong}, options());
        QVERIFY(reset.error().detail().contains(QStringLiteral("63C2")));
    }

    // The same read without the CSCA: intact, but its issuer is not trusted.
    void unknownCscaIsNotVerified() {
        auto connection = connectCard();
        QVERIFY(connection);
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        TrustStore none(empty.path());
        DocumentReading::Options o;
        o.trustStore = &none;
        const auto read = DocumentReading::read(
            *connection, {std::nullopt, m_env.value(QStringLiteral("CARD_CAN"))}, o);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : detailOf(read.error())));
        QCOMPARE(read->verdict(), Verdict::SignatureValidCscaUnknown);
    }
};

QTEST_GUILESS_MAIN(tst_DocumentReadingPacePcsc)
#include "tst_DocumentReadingPacePcsc.moc"
