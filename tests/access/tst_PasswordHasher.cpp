// Password storage: the PHC string format, salted scrypt, and strings that are malformed,
// tampered with or asking for an absurd cost are refused without crashing or hogging memory.
#include <sijil/access/PasswordHasher.h>

#include <QRegularExpression>
#include <QtTest>

using sijil::access::PasswordHasher;
using Cost = PasswordHasher::Cost;

namespace {

// Cheap parameters where the cost itself is not what is tested (N = 1024: about 1 MiB, 1 ms).
constexpr Cost kCheap{10, 8, 1};

// Replaces one character of the string, in the middle of the part after the last '$'.
QByteArray tamperHash(QByteArray phc) {
    const qsizetype at = phc.lastIndexOf('$') + 10;
    phc[at] = phc[at] == 'A' ? 'B' : 'A';
    return phc;
}

QByteArray tamperSalt(QByteArray phc) {
    const qsizetype at = phc.lastIndexOf('$', phc.lastIndexOf('$') - 1) + 3;
    phc[at] = phc[at] == 'A' ? 'B' : 'A';
    return phc;
}

} // namespace

class PasswordHasherTest : public QObject {
    Q_OBJECT

private:
    // The one default-cost hash of the suite (each costs about a tenth of a second).
    QByteArray m_default;
    const QString m_password = QStringLiteral("tres-secret-42");

private slots:
    void initTestCase() {
        m_default = PasswordHasher::hash(m_password);
        QVERIFY(!m_default.isEmpty());
    }

    void defaultFormat() {
        // 16-byte salt and 32-byte hash in unpadded base64: 22 and 43 characters.
        static const QRegularExpression phc(
            QStringLiteral("^\\$scrypt\\$ln=15,r=8,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$"));
        QVERIFY2(phc.match(QString::fromLatin1(m_default)).hasMatch(), m_default.constData());
        QVERIFY(!m_default.contains(m_password.toUtf8()));
    }

    void verifiesRightAndRefusesWrong() {
        QVERIFY(PasswordHasher::verify(m_password, m_default));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("tres-secret-43"), m_default));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("Tres-secret-42"), m_default));
        QVERIFY(!PasswordHasher::verify(QString(), m_default));
        QVERIFY(!PasswordHasher::verify(m_password + u' ', m_default));
    }

    void costIsWrittenIntoTheString() {
        const QByteArray cheap = PasswordHasher::hash(m_password, kCheap);
        QVERIFY2(cheap.startsWith("$scrypt$ln=10,r=8,p=1$"), cheap.constData());
        QVERIFY(PasswordHasher::verify(m_password, cheap));
        const QByteArray other = PasswordHasher::hash(m_password, Cost{11, 4, 2});
        QVERIFY2(other.startsWith("$scrypt$ln=11,r=4,p=2$"), other.constData());
        QVERIFY(PasswordHasher::verify(m_password, other));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("autre-secret"), other));
    }

    void samePasswordTwiceGivesDifferentHashes() {
        const QByteArray a = PasswordHasher::hash(m_password, kCheap);
        const QByteArray b = PasswordHasher::hash(m_password, kCheap);
        QVERIFY(a != b);
        QVERIFY(a.split('$').at(3) != b.split('$').at(3)); // the salts differ
        QVERIFY(PasswordHasher::verify(m_password, a));
        QVERIFY(PasswordHasher::verify(m_password, b));
    }

    void tamperedStringsFail() {
        const QByteArray good = PasswordHasher::hash(m_password, kCheap);
        QVERIFY(PasswordHasher::verify(m_password, good));
        QVERIFY(!PasswordHasher::verify(m_password, tamperHash(good)));
        QVERIFY(!PasswordHasher::verify(m_password, tamperSalt(good)));
        // A cost changed in place no longer matches the hash.
        QByteArray cost = good;
        cost.replace("ln=10", "ln=11");
        QVERIFY(!PasswordHasher::verify(m_password, cost));
        // The hash shortened by one byte's worth of base64.
        QVERIFY(!PasswordHasher::verify(m_password, good.left(good.size() - 2)));
    }

    void malformedStringsFail_data() {
        QTest::addColumn<QByteArray>("phc");
        const QByteArray good = PasswordHasher::hash(QStringLiteral("tres-secret-42"), kCheap);
        const QByteArray tail = good.mid(good.indexOf("$", 8)); // "$salt$hash"
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("not a hash at all");
        QTest::newRow("prefix only") << QByteArray("$scrypt$");
        QTest::newRow("other algorithm") << QByteArray("$argon2id$v=19$m=65536,t=3,p=4") + tail;
        QTest::newRow("plain text password") << QByteArray("tres-secret-42");
        QTest::newRow("ln over the cap") << QByteArray("$scrypt$ln=30,r=8,p=1") + tail;
        QTest::newRow("ln under the floor") << QByteArray("$scrypt$ln=4,r=8,p=1") + tail;
        QTest::newRow("r zero") << QByteArray("$scrypt$ln=10,r=0,p=1") + tail;
        QTest::newRow("r over the cap") << QByteArray("$scrypt$ln=10,r=99,p=1") + tail;
        QTest::newRow("p zero") << QByteArray("$scrypt$ln=10,r=8,p=0") + tail;
        QTest::newRow("p over the cap") << QByteArray("$scrypt$ln=10,r=8,p=9") + tail;
        QTest::newRow("missing hash") << good.left(good.lastIndexOf('$'));
        QTest::newRow("empty salt")
            << QByteArray("$scrypt$ln=10,r=8,p=1$$") + good.split('$').at(4);
        QTest::newRow("bad base64") << QByteArray("$scrypt$ln=10,r=8,p=1$!!!!$????");
        QTest::newRow("trailing junk") << good + "$extra";
        QTest::newRow("nul inside") << good.left(20) + '\0' + good.mid(21);
        // Within each parameter's limit but 2 GiB of memory in all: refused before deriving.
        QTest::newRow("memory over the cap") << QByteArray("$scrypt$ln=20,r=16,p=4") + tail;
    }

    void malformedStringsFail() {
        QFETCH(QByteArray, phc);
        // Whatever cannot be verified must be replaced at the next successful sign-in.
        QVERIFY(PasswordHasher::needsRehash(phc));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("tres-secret-42"), phc));
    }

    void needsRehash() {
        QVERIFY(!PasswordHasher::needsRehash(m_default));
        QVERIFY(PasswordHasher::needsRehash(PasswordHasher::hash(m_password, kCheap)));
        QVERIFY(PasswordHasher::needsRehash(PasswordHasher::hash(m_password, Cost{15, 4, 1})));
        // A higher cost than the default is kept as it is.
        QByteArray higher = m_default;
        higher.replace("ln=15", "ln=16");
        QVERIFY(!PasswordHasher::needsRehash(higher));
    }

    void unicodePasswords() {
        const QString arabic = QStringLiteral("كلمة السر الطويلة ٤٢");
        const QByteArray phc = PasswordHasher::hash(arabic, kCheap);
        QVERIFY(!phc.isEmpty());
        QVERIFY(PasswordHasher::verify(arabic, phc));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("كلمة السر الطويلة ٤٣"), phc));
        // Differing only outside Latin-1: must not collapse to the same bytes.
        QVERIFY(!PasswordHasher::verify(QStringLiteral("???? ???? ??????? ??"), phc));

        const QString french = QStringLiteral("Hôpital-Khénifra-été");
        const QByteArray fr = PasswordHasher::hash(french, kCheap);
        QVERIFY(PasswordHasher::verify(french, fr));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("Hopital-Khenifra-ete"), fr));
    }
};

QTEST_GUILESS_MAIN(PasswordHasherTest)
#include "tst_PasswordHasher.moc"
