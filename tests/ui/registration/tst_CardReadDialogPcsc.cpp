// CardReadDialog on real PC/SC, against the card emulator of tests/peers (pcscd, vpcd and vicc's
// ePassport): the reader list follows the card taken out and put back, the chip is read on the
// worker thread, and the emulated chip, which has no EF.SOD, cannot fill a form.
#include <sijil/identity/MrzParser.h>
#include <sijil/identity/PcscReaderPlugin.h>
#include <sijil/identity/TrustStore.h>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <PeerEnv.h>
#include <registration/CardReadDialog.h>
#include <shell/FieldMessage.h>

using namespace sijil;

namespace {

// The dialog over the real PC/SC plug-in, with an empty trust store (the emulated passport has
// no EF.SOD to verify anyway).
struct DialogOnPcsc {
    identity::PcscReaderPlugin plugin;
    QTemporaryDir dir;
    identity::TrustStore trust{dir.filePath(QStringLiteral("csca"))};
    std::unique_ptr<ui::CardReadDialog> dialog;

    ui::CardReadDialog& open() {
        dialog = std::make_unique<ui::CardReadDialog>(plugin, &trust);
        dialog->show();
        return *dialog;
    }
};

} // namespace

class CardReadDialogPcscTest : public QObject {
    Q_OBJECT

    QMap<QString, QString> m_env;

    bool emulator(const QString& command) {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(QStringLiteral("bash"), {QStringLiteral(SIJIL_CARD_EMULATOR_SCRIPT), command,
                                               m_env.value(QStringLiteral("CARD_STATE_DIR"))});
        return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    }

private slots:
    void initTestCase() {
        const QString envFile = qEnvironmentVariable("SIJIL_CARD_EMULATOR_ENV");
        QVERIFY2(!envFile.isEmpty(), "SIJIL_CARD_EMULATOR_ENV is not set: run through ctest "
                                     "(fixture card_emulator)");
        m_env = sijil::testing::readPeerEnv(envFile);
        QVERIFY2(m_env.contains(QStringLiteral("PCSCLITE_CSOCK_NAME")),
                 qPrintable(QStringLiteral("no emulator described in %1").arg(envFile)));
        qputenv("PCSCLITE_CSOCK_NAME", m_env.value(QStringLiteral("PCSCLITE_CSOCK_NAME")).toUtf8());
    }

    void readsTheEmulatedPassportAndFollowsTheCard() {
        const QString reader = m_env.value(QStringLiteral("CARD_READER"));
        DialogOnPcsc rig;
        QVERIFY(rig.plugin.start().ok());
        ui::CardReadDialog& dialog = rig.open();
        QCOMPARE(dialog.readerBox()->currentData().toString(), reader);
        QCOMPARE(dialog.readerBox()->currentText(), reader + QStringLiteral(" — carte présente"));
        dialog.setMrz(identity::MrzParser::parse(m_env.value(QStringLiteral("CARD_MRZ"))).value());

        QSignalSpy finished(&dialog, &ui::CardReadDialog::readFinished);
        dialog.readButton()->click();
        QVERIFY(dialog.isReading());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.message()->text()));
        QCOMPARE(dialog.result()->data.mrz.familyName, QStringLiteral("ERIKSSON"));
        QCOMPARE(dialog.verdictLabel()->property("verdict").toString(),
                 QStringLiteral("not-verifiable"));
        QVERIFY(!dialog.confirmButton()->isEnabled());

        // The card is taken out, then put back: the list says so each time.
        QVERIFY(emulator(QStringLiteral("remove")));
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.readerBox()->currentText().endsWith(QStringLiteral("pas de carte")), 15000);
        QVERIFY(!dialog.readButton()->isEnabled());
        QVERIFY(emulator(QStringLiteral("insert")));
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.readerBox()->currentText().endsWith(QStringLiteral("carte présente")), 15000);
        QVERIFY(dialog.readButton()->isEnabled());
        finished.clear();
        dialog.readButton()->click();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.message()->text()));
    }

    // pcscd stopped while the dialog is open, then started again: the dialog says the service is
    // down (plugging the reader in again would not help), then finds the reader and its card by
    // itself and reads, without being reopened.
    void recoversWhenTheServiceRestarts() {
        const QString reader = m_env.value(QStringLiteral("CARD_READER"));
        DialogOnPcsc rig;
        identity::PcscReaderPlugin& plugin = rig.plugin;
        QVERIFY(plugin.start().ok());
        ui::CardReadDialog& dialog = rig.open();
        dialog.setMrz(identity::MrzParser::parse(m_env.value(QStringLiteral("CARD_MRZ"))).value());
        QVERIFY(dialog.readButton()->isEnabled());
        QVERIFY(!plugin.serviceProblem());

        QVERIFY(emulator(QStringLiteral("service-stop")));
        QTRY_VERIFY_WITH_TIMEOUT(plugin.serviceProblem().has_value(), 15000);
        QCOMPARE(plugin.serviceProblem()->code(), QByteArray("identity/pcsc-no-service"));
        QCOMPARE(dialog.readerBox()->count(), 0);
        QVERIFY(!dialog.readButton()->isEnabled());
        QVERIFY(dialog.message()->isVisible());
        QCOMPARE(dialog.message()->kind(), ui::FieldMessage::Kind::Warning);
        QVERIFY2(dialog.message()->text().contains(QStringLiteral("pcscd")),
                 qPrintable(dialog.message()->text()));

        QVERIFY(emulator(QStringLiteral("service-start")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.readerBox()->currentText() ==
                                     reader + QStringLiteral(" — carte présente"),
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!plugin.serviceProblem().has_value(), 15000);
        QVERIFY(!dialog.message()->isVisible());
        QVERIFY(dialog.readButton()->isEnabled());
        QSignalSpy finished(&dialog, &ui::CardReadDialog::readFinished);
        dialog.readButton()->click();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.message()->text()));
        QCOMPARE(dialog.result()->data.mrz.familyName, QStringLiteral("ERIKSSON"));
    }
};

QTEST_MAIN(CardReadDialogPcscTest)
#include "tst_CardReadDialogPcsc.moc"
