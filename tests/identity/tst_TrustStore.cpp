#include "TestPki.h"

#include <sijil/identity/PassiveAuthentication.h>
#include <sijil/identity/TrustStore.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sijil::identity;
using namespace sijil::identity::test;

class TestTrustStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    TrustStore freshStore() { return TrustStore(m_dir.filePath(QString::number(++m_stores))); }

    QString write(const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void missingFolderIsEmpty() {
        TrustStore store(m_dir.filePath(QStringLiteral("none")));
        const auto list = store.certificates();
        QVERIFY(list.ok());
        QVERIFY(list->isEmpty());
    }

    void importsPemAndDerAndLists() {
        const Identity csca = makeIdentity("CSCA Maroc", true);
        TrustStore store = freshStore();
        const auto first = store.importFile(write(QStringLiteral("csca.pem"), pem(csca.cert)));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().detail()));
        QVERIFY(!first->masterList);
        QCOMPARE(first->added.size(), 1);
        QCOMPARE(first->added.first().subject,
                 QStringLiteral("CN=CSCA Maroc,O=Royaume du Maroc,C=MA"));
        QCOMPARE(first->added.first().country, QStringLiteral("MA"));
        // The same certificate again, as DER: nothing new.
        const auto again = store.importData(der(csca.cert));
        QVERIFY(again.ok());
        QVERIFY(again->added.isEmpty());
        QCOMPARE(again->alreadyPresent, 1);

        const auto list = store.certificates();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().der, der(csca.cert));
        QCOMPARE(list->first().fingerprint.size(), 64);
        QVERIFY(QFile::exists(
            QDir(store.directory()).filePath(list->first().fingerprint + QStringLiteral(".der"))));
        QVERIFY(list->first().notAfter > QDateTime::currentDateTimeUtc().addYears(9));
    }

    void nonCaCertificateIsRefused() {
        const Identity csca = makeIdentity("CSCA Maroc", true);
        const Identity ds = makeIdentity("Document Signer", false, &csca);
        TrustStore store = freshStore();
        for (const QByteArray& bytes :
             {pem(ds.cert), der(ds.cert), pem(csca.cert) + pem(ds.cert)}) {
            const auto r = store.importData(bytes);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code(), QByteArray("identity/trust-not-ca"));
            QVERIFY(r.error().userMessage().contains(QStringLiteral("autorité de certification")));
        }
        QVERIFY(store.certificates()->isEmpty());
    }

    void garbageIsRefused() {
        TrustStore store = freshStore();
        for (const QByteArray& bytes :
             {QByteArray("not a certificate"), QByteArray::fromHex("3003020100"),
              QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")}) {
            const auto r = store.importData(bytes);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code(), QByteArray("identity/trust-unrecognised"));
        }
        const auto missing = store.importFile(m_dir.filePath(QStringLiteral("nowhere.pem")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), QByteArray("identity/trust-read"));
    }

    void masterListImportThenVerified() {
        const Identity csca = makeIdentity("CSCA Maroc", true);
        const Identity other = makeIdentity("CSCA Utopia", true);
        const Identity signer = makeIdentity("Master List Signer", false, &csca);
        const Identity ds = makeIdentity("Document Signer 1", false, &csca);
        const QByteArray list = masterList({csca.cert, other.cert, ds.cert}, signer);
        QVERIFY(!list.isEmpty());

        TrustStore store = freshStore();
        QMap<int, QByteArray> groups{{1, tlv(0x61, tlv(0x5F1F, "MRZ"))}};
        const QByteArray sod = makeSod(groups, ds);
        auto before = PassiveAuthentication::verify(sod, groups, store);
        QVERIFY(before.ok());
        QCOMPARE(before->outcome, PassiveAuthenticationResult::Outcome::SignatureValidCscaUnknown);

        const auto imported = store.importFile(write(QStringLiteral("list.ml"), list));
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().detail()));
        QVERIFY(imported->masterList);
        QCOMPARE(imported->added.size(), 2);
        QCOMPARE(imported->refusedNotCa, 1); // the document signer slipped into the list
        QCOMPARE(store.certificates()->size(), 2);

        const auto after = PassiveAuthentication::verify(sod, groups, store);
        QVERIFY(after.ok());
        QCOMPARE(after->outcome, PassiveAuthenticationResult::Outcome::Verified);
        QCOMPARE(after->cscaSubject, QStringLiteral("CN=CSCA Maroc,O=Royaume du Maroc,C=MA"));

        // PEM-armoured (as "CMS") it reads the same.
        TrustStore pemStore = freshStore();
        const QByteArray armoured =
            "-----BEGIN CMS-----\n" + list.toBase64() + "\n-----END CMS-----\n";
        const auto fromPem = pemStore.importData(armoured);
        QVERIFY(fromPem.ok());
        QCOMPARE(fromPem->added.size(), 2);
    }

    void damagedMasterListIsRefused() {
        const Identity csca = makeIdentity("CSCA Maroc", true);
        const Identity signer = makeIdentity("Master List Signer", false, &csca);
        QByteArray list = masterList({csca.cert}, signer);
        // A bit of the listed certificate flipped: the content no longer matches its digest.
        const QByteArray cert = der(csca.cert);
        const qsizetype at = list.indexOf(cert);
        QVERIFY(at > 0);
        list[at + cert.size() / 2] = char(list.at(at + cert.size() / 2) ^ 0x01);
        TrustStore store = freshStore();
        const auto r = store.importData(list);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), QByteArray("identity/trust-master-list-invalid"));
        QVERIFY(store.certificates()->isEmpty());

        // A security object is not a master list.
        const auto sod = store.importData(
            signedData(ldsSecurityObject({{1, QByteArray("x")}}), "2.23.136.1.1.1", signer));
        QVERIFY(!sod.ok());
        QCOMPARE(sod.error().code(), QByteArray("identity/trust-unrecognised"));
    }
};

QTEST_GUILESS_MAIN(TestTrustStore)
#include "tst_TrustStore.moc"
