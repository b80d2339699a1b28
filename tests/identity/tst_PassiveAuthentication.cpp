#include "TestPki.h"

#include <sijil/identity/PassiveAuthentication.h>
#include <sijil/identity/TrustStore.h>

#include <QTemporaryDir>
#include <QTest>

using namespace sijil::identity;
using namespace sijil::identity::test;
using Outcome = PassiveAuthenticationResult::Outcome;

class TestPassiveAuthentication : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Identity m_csca;
    Identity m_ds;
    QMap<int, QByteArray> m_groups;

    TrustStore storeWith(const QList<Cert>& cscas, const QString& name) {
        TrustStore store(m_dir.filePath(name));
        for (const Cert& cert : cscas) {
            const auto imported = store.importData(der(cert));
            if (!imported.ok())
                qWarning() << imported.error();
        }
        return store;
    }

    PassiveAuthenticationResult verify(const QByteArray& sod, const QMap<int, QByteArray>& groups,
                                       const TrustStore& store) {
        const auto result = PassiveAuthentication::verify(sod, groups, store);
        if (!result.ok()) {
            qWarning() << result.error();
            return {};
        }
        return *result;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_csca = makeIdentity("CSCA Maroc", true);
        m_ds = makeIdentity("Document Signer 1", false, &m_csca);
        QVERIFY(m_csca.cert && m_ds.cert);
        // DG1 as a TD1 card stores it; DG2 a stand-in for the face image.
        m_groups[1] = tlv(0x61, tlv(0x5F1F, "IDMARAB12345670BE123456<<<<<<<"
                                            "8001014F3001012MAR<<<<<<<<<<<6"
                                            "EL<IDRISSI<<FATIMA<<<<<<<<<<<<"));
        m_groups[2] = tlv(0x75, QByteArray(600, 'F'));
    }

    void verified() {
        const QByteArray sod = makeSod(m_groups, m_ds);
        QVERIFY(!sod.isEmpty());
        const auto lds = PassiveAuthentication::securityObject(sod);
        QVERIFY(lds.ok());
        QCOMPARE(lds->hashAlgorithmOid, QStringLiteral("2.16.840.1.101.3.4.2.1"));
        QCOMPARE(lds->dataGroupHashes.keys(), (QList<int>{1, 2}));

        const auto r = verify(sod, m_groups, storeWith({m_csca.cert}, QStringLiteral("ok")));
        QCOMPARE(r.outcome, Outcome::Verified);
        QVERIFY(r.isVerified());
        QVERIFY(r.signatureValid);
        QCOMPARE(r.verifiedDataGroups, (QList<int>{1, 2}));
        QVERIFY(r.failedDataGroups.isEmpty());
        QCOMPARE(r.hashAlgorithm, QStringLiteral("SHA256"));
        QCOMPARE(r.documentSignerSubject,
                 QStringLiteral("CN=Document Signer 1,O=Royaume du Maroc,C=MA"));
        QCOMPARE(r.cscaSubject, QStringLiteral("CN=CSCA Maroc,O=Royaume du Maroc,C=MA"));
        QVERIFY(!r.documentSignerExpired);
        QVERIFY(!r.cscaExpired);
        QVERIFY2(r.detail.isEmpty(), qPrintable(r.detail));
    }

    void onlyTheGroupsReadAreChecked() {
        const auto r = verify(makeSod(m_groups, m_ds), {{1, m_groups[1]}},
                              storeWith({m_csca.cert}, QStringLiteral("dg1")));
        QCOMPARE(r.outcome, Outcome::Verified);
        QCOMPARE(r.verifiedDataGroups, QList<int>{1});
    }

    void unknownCsca() {
        const QByteArray sod = makeSod(m_groups, m_ds);
        QCOMPARE(verify(sod, m_groups, storeWith({}, QStringLiteral("empty"))).outcome,
                 Outcome::SignatureValidCscaUnknown);
        // Another country's CSCA does not vouch for this signer.
        const Identity other = makeIdentity("CSCA Utopia", true);
        const auto r = verify(sod, m_groups, storeWith({other.cert}, QStringLiteral("other")));
        QCOMPARE(r.outcome, Outcome::SignatureValidCscaUnknown);
        QVERIFY(r.signatureValid);
        QVERIFY(r.cscaSubject.isEmpty());
        QVERIFY(r.detail.contains(QStringLiteral("certificate chain")));
    }

    void alteredDataGroupIsNamed() {
        QMap<int, QByteArray> read = m_groups;
        read[1][20] = char(read[1].at(20) ^ 0x01);
        const auto r =
            verify(makeSod(m_groups, m_ds), read, storeWith({m_csca.cert}, QStringLiteral("dg")));
        QCOMPARE(r.outcome, Outcome::Altered);
        QCOMPARE(r.failedDataGroups, QList<int>{1});
        QCOMPARE(r.verifiedDataGroups, QList<int>{2});
        QVERIFY(r.signatureValid);
        QVERIFY(r.detail.contains(QStringLiteral("DG1 hash mismatch")));
        QCOMPARE(r.summary().toString(), QStringLiteral("Données altérées — refusées."));
    }

    void groupMissingFromTheSecurityObjectIsAltered() {
        QMap<int, QByteArray> read = m_groups;
        read[11] = tlv(0x6B, "extra");
        const auto r =
            verify(makeSod(m_groups, m_ds), read, storeWith({m_csca.cert}, QStringLiteral("dg11")));
        QCOMPARE(r.outcome, Outcome::Altered);
        QCOMPARE(r.failedDataGroups, QList<int>{11});
    }

    void alteredSignature() {
        const QByteArray sod = withTamperedSignature(makeSod(m_groups, m_ds));
        const auto r = verify(sod, m_groups, storeWith({m_csca.cert}, QStringLiteral("sig")));
        QCOMPARE(r.outcome, Outcome::Altered);
        QVERIFY(!r.signatureValid);
        QVERIFY(r.failedDataGroups.isEmpty());
        QVERIFY(r.detail.contains(QStringLiteral("signature")));
    }

    void alteredSecurityObjectBreaksTheSignature() {
        // A forger who rewrites a hash inside the signed content (keeping the DER valid).
        QByteArray sod = makeSod(m_groups, m_ds);
        const QByteArray hash = QCryptographicHash::hash(m_groups[2], QCryptographicHash::Sha256);
        const qsizetype at = sod.indexOf(hash);
        QVERIFY(at > 0);
        sod[at] = char(sod.at(at) ^ 0x80);
        const auto r = verify(sod, m_groups, storeWith({m_csca.cert}, QStringLiteral("lds")));
        QCOMPARE(r.outcome, Outcome::Altered);
        QVERIFY(!r.signatureValid);
        QCOMPARE(r.failedDataGroups, QList<int>{2});
    }

    void signerFromAnImpostorCscaIsAltered() {
        // Same name as the trusted CSCA, another key: the chain is forged, not merely unknown.
        const Identity impostor = makeIdentity("CSCA Maroc", true);
        Identity forgedDs = makeIdentity("Document Signer 1", false, &impostor);
        // Without key identifiers the impostor's DS names the trusted CSCA as its issuer.
        X509_EXTENSION_free(X509_delete_ext(
            forgedDs.cert.get(),
            X509_get_ext_by_NID(forgedDs.cert.get(), NID_authority_key_identifier, -1)));
        X509_sign(forgedDs.cert.get(), impostor.key.get(), EVP_sha256());
        const auto r = verify(makeSod(m_groups, forgedDs), m_groups,
                              storeWith({m_csca.cert}, QStringLiteral("impostor")));
        QCOMPARE(r.outcome, Outcome::Altered);
        QVERIFY(r.signatureValid);
        QVERIFY2(r.detail.contains(QStringLiteral("signature failure")), qPrintable(r.detail));
    }

    void expiredSignerIsReportedNotRefused() {
        const Identity oldDs = makeIdentity("Document Signer 0", false, &m_csca, -4000, -10);
        const auto r = verify(makeSod(m_groups, oldDs), m_groups,
                              storeWith({m_csca.cert}, QStringLiteral("expired")));
        QCOMPARE(r.outcome, Outcome::Verified);
        QVERIFY(r.documentSignerExpired);
        QVERIFY(!r.cscaExpired);
        QVERIFY(r.documentSignerNotAfter < QDateTime::currentDateTimeUtc());
    }

    void unreadableSodIsAnError() {
        const TrustStore store = storeWith({m_csca.cert}, QStringLiteral("bad"));
        const QByteArray sod = makeSod(m_groups, m_ds);
        for (const QByteArray& bad : {QByteArray::fromHex("7700"), sod.mid(0, sod.size() - 1),
                                      tlv(0x77, tlv(0x30, "garbage")), tlv(0x61, "x")}) {
            const auto r = PassiveAuthentication::verify(bad, m_groups, store);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code(), QByteArray("identity/sod-malformed"));
            QVERIFY(!r.error().userMessage().isEmpty());
        }
        // A signed object of another type (a master list) is no security object.
        const auto list = PassiveAuthentication::verify(tlv(0x77, masterList({m_csca.cert}, m_ds)),
                                                        m_groups, store);
        QVERIFY(!list.ok());
        QCOMPARE(list.error().code(), QByteArray("identity/sod-malformed"));
    }
};

QTEST_GUILESS_MAIN(TestPassiveAuthentication)
#include "tst_PassiveAuthentication.moc"
