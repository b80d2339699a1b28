// A study viewed is audited as a read of the patient's data, in the real HMAC-chained trail: who,
// where, which study, from where; linked to the patient's record only when known to be theirs.
#include <sijil/access/User.h>
#include <sijil/record/ImageViewAudit.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Database.h>

#include <QTemporaryDir>
#include <QTest>

using namespace sijil;

class tst_ImageViewAudit : public QObject {
    Q_OBJECT

private slots:
    void viewsAreReadsInTheChain() {
        QTemporaryDir dir;
        auto db = std::move(storage::Database::open(dir.filePath(QStringLiteral("s.db")))).value();
        const QByteArray key =
            storage::AuditTrail::loadOrCreateKey(dir.filePath(QStringLiteral("audit.key"))).value();
        storage::AuditTrail trail(*db, key, dir.filePath(QStringLiteral("audit.head")));
        access::SessionInfo session;
        session.user.id = QStringLiteral("u-7");
        session.user.displayName = QStringLiteral("Dr Amina Tazi");
        session.facilityId = QStringLiteral("CHP-KHENIFRA");
        session.workstation = QStringLiteral("RADIO-02");

        QVERIFY(
            record::auditImageView(
                trail, session,
                {QStringLiteral("1.2.3.4"), QStringLiteral("CD-0042"), QStringLiteral("media"), {}})
                .ok());
        QVERIFY(record::auditImageView(trail, session,
                                       {QStringLiteral("1.2.3.5"), QStringLiteral("PX991"),
                                        QStringLiteral("record"), QStringLiteral("p1")})
                    .ok());
        const auto entries = trail.entries(0, 10);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        const storage::AuditEntry& cd = entries->at(0);
        QCOMPARE(cd.action, QStringLiteral("R"));
        QCOMPARE(cd.subtype, QStringLiteral("image-view"));
        QCOMPARE(cd.actorId, QStringLiteral("u-7"));
        QCOMPARE(cd.actorName, QStringLiteral("Dr Amina Tazi"));
        QCOMPARE(cd.facilityId, QStringLiteral("CHP-KHENIFRA"));
        QCOMPARE(cd.workstation, QStringLiteral("RADIO-02"));
        QCOMPARE(cd.entityType, QStringLiteral("ImagingStudy"));
        QCOMPARE(cd.entityId, QStringLiteral("1.2.3.4"));
        QVERIFY(cd.patientId.isEmpty()); // a CD's patient is not known to be a registry patient
        QCOMPARE(cd.detail, QStringLiteral("source=media;dicomPatientId=CD-0042"));
        QCOMPARE(entries->at(1).patientId, QStringLiteral("p1"));
        QVERIFY(entries->at(1).recordedAtUtc >= cd.recordedAtUtc);
        const auto verified = trail.verify();
        QVERIFY(verified && verified->ok());
        QCOMPARE(verified->entries, 2);
    }
};

QTEST_MAIN(tst_ImageViewAudit)
#include "tst_ImageViewAudit.moc"
