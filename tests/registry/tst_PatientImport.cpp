// The CSV register reader a chunk at a time: what it knows of the file before the first chunk
// (its digest, its rows, a broken quote anywhere), chunks that stop reading the file where they
// end, and a row repeated word for word found across chunks.
#include <sijil/registry/PatientImport.h>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace sijil::registry;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kHeader = "family_latin;given_latin;sex;birth_date;ipp\n";

QByteArray row(int i) {
    return QStringLiteral("Famille%1;Prenom%1;%2;%3/01/1970;\n")
        .arg(i)
        .arg(i % 2 ? u"M"_s : u"F"_s)
        .arg(1 + i % 28, 2, 10, QChar(u'0'))
        .toUtf8();
}

} // namespace

class tst_PatientImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QByteArray& bytes) {
        const QString path = m_dir.filePath(QStringLiteral("register.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write the test file");
        return path;
    }

private slots:
    void chunksReadTheFileAsTheyGo() {
        QByteArray bytes = kHeader;
        for (int i = 0; i < 2500; ++i)
            bytes += row(i);
        const QString path = write(bytes);
        auto opened = CsvImportReader::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail()));
        CsvImportReader& reader = **opened;
        QCOMPARE(reader.rows(), 2500);
        QCOMPARE(reader.rowsWithoutIpp(), 2500);
        QCOMPARE(reader.source(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        auto first = reader.next(1000);
        QVERIFY(first);
        QCOMPARE(first->records.size(), 1000);
        QCOMPARE(first->lines.first(), 2);
        QCOMPARE(first->lines.last(), 1001);
        QCOMPARE(first->source, reader.source());
        // The file is read as far as the chunk, not further.
        QVERIFY2(reader.bytesRead() < bytes.size() / 2,
                 qPrintable(QString::number(reader.bytesRead())));
        QVERIFY(!reader.atEnd());
        auto second = reader.next(1000);
        QVERIFY(second);
        QCOMPARE(second->records.size(), 1000);
        QCOMPARE(second->lines.first(), 1002);
        QCOMPARE(second->records.first().name.family(sijil::core::PersonName::Script::Latin),
                 u"Famille1000"_s);
        auto third = reader.next(1000);
        QVERIFY(third);
        QCOMPARE(third->records.size(), 500);
        QVERIFY(reader.atEnd());
        auto after = reader.next(1000);
        QVERIFY(after);
        QVERIFY(after->records.isEmpty() && after->refused.isEmpty());
    }

    // Line ends of a carriage return alone (classic Mac OS) are lines too: read a chunk at a
    // time as the others, never the whole file at once.
    void carriageReturnLineEndsAreReadAChunkAtATime() {
        QByteArray bytes = kHeader;
        for (int i = 0; i < 2500; ++i)
            bytes += row(i);
        bytes.replace('\n', '\r');
        bytes.insert(kHeader.size(), "\r\n"); // one "\r\n" among them: one line break
        auto opened = CsvImportReader::open(write(bytes));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail()));
        CsvImportReader& reader = **opened;
        QCOMPARE(reader.rows(), 2500);
        auto first = reader.next(1000);
        QVERIFY(first);
        QCOMPARE(first->records.size(), 1000);
        QCOMPARE(first->lines.first(), 3);
        QCOMPARE(first->lines.last(), 1002);
        QVERIFY2(reader.bytesRead() < bytes.size() / 2,
                 qPrintable(QString::number(reader.bytesRead())));
        int records = int(first->records.size());
        while (!reader.atEnd()) {
            auto chunk = reader.next(1000);
            QVERIFY(chunk);
            QVERIFY(chunk->refused.isEmpty());
            records += int(chunk->records.size());
        }
        QCOMPARE(records, 2500);
        QCOMPARE(reader.bytesRead(), qint64(bytes.size()));
    }

    // The second reading is checked against the first (the digest the journal knows the file
    // by): a chunk with a byte that differs is never given, so never written.
    void aFileChangedBeforeAChunkIsReadRefusesThatChunk_data() {
        QTest::addColumn<int>("changedRow");
        QTest::addColumn<QByteArray>("replacement"); // the changed row's new bytes
        QTest::newRow("first chunk, same size") << 10 << row(10).replace("Prenom", "Prenum");
        QTest::newRow("last chunk, same size") << 2400 << row(2400).replace("1970", "1971");
        QTest::newRow("last chunk, longer") << 2400 << row(2400).replace("Prenom", "Prenoms");
        QTest::newRow("cut short") << 2400 << QByteArray();
        QTest::newRow("rows added") << 2499 << row(2499) + row(2500);
    }

    void aFileChangedBeforeAChunkIsReadRefusesThatChunk() {
        QFETCH(int, changedRow);
        QFETCH(QByteArray, replacement);
        QByteArray bytes = kHeader;
        for (int i = 0; i < 2500; ++i)
            bytes += row(i);
        const QString path = write(bytes);
        auto opened = CsvImportReader::open(path);
        QVERIFY(opened);
        CsvImportReader& reader = **opened;
        const int changedLine = changedRow + 2;
        const qsizetype at = bytes.indexOf(row(changedRow));
        write(bytes.left(at) + replacement +
              (replacement.isEmpty() ? QByteArray() : bytes.mid(at + row(changedRow).size())));
        std::optional<sijil::core::Error> refused;
        int lastGiven = 0;
        while (!refused && !reader.atEnd()) {
            auto chunk = reader.next(1000);
            if (!chunk) {
                refused = chunk.error();
                break;
            }
            QVERIFY(chunk->refused.isEmpty());
            lastGiven = chunk->lines.isEmpty() ? lastGiven : chunk->lines.last();
        }
        QVERIFY(refused);
        QCOMPARE(refused->code(), QByteArray("registry/import-changed"));
        QVERIFY2(refused->userMessage().contains(path), qPrintable(refused->userMessage()));
        QVERIFY2(lastGiven < changedLine, qPrintable(QString::number(lastGiven)));
    }

    void aRowRepeatedInALaterChunkIsRefusedNamingTheFirst() {
        QByteArray bytes = kHeader;
        for (int i = 0; i < 30; ++i)
            bytes += row(i);
        bytes += row(3); // line 32, the same bytes as line 5
        const QString path = write(bytes);
        auto opened = CsvImportReader::open(path);
        QVERIFY(opened);
        int records = 0;
        QList<QPair<int, sijil::core::Error>> refused;
        while (!(*opened)->atEnd()) {
            auto chunk = (*opened)->next(10);
            QVERIFY(chunk);
            records += int(chunk->records.size());
            refused << chunk->refused;
        }
        QCOMPARE(records, 30);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().first, 32);
        QCOMPARE(refused.first().second.code(), QByteArray("registry/import-row-repeated"));
        QVERIFY(refused.first().second.userMessage().contains(u"ligne 5"_s));
    }

    void aQuoteNeverClosedAtTheEndRefusesTheFileBeforeAnyChunk() {
        QByteArray bytes = kHeader;
        for (int i = 0; i < 50; ++i)
            bytes += row(i);
        bytes += "\"Bennani;Ali;M;1970;\n";
        auto opened = CsvImportReader::open(write(bytes));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), QByteArray("registry/import-quote"));
        QVERIFY(opened.error().userMessage().contains(u"Ligne 52"_s));
    }

    void bytesNotInUtf8AtTheEndRefuseTheFileBeforeAnyChunk() {
        QByteArray bytes = kHeader;
        for (int i = 0; i < 50; ++i)
            bytes += row(i);
        bytes += "Benn\xe9ni;Ali;M;1970;\n"; // Latin-1
        auto opened = CsvImportReader::open(write(bytes));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), QByteArray("registry/import-encoding"));
    }

    void rowsBringingTheirIppAreCounted() {
        QByteArray bytes = kHeader + row(1) + "Tazi;Karim;M;1975;000000018\n" + row(2);
        auto opened = CsvImportReader::open(write(bytes));
        QVERIFY(opened);
        QCOMPARE((*opened)->rows(), 3);
        QCOMPARE((*opened)->rowsWithoutIpp(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_PatientImport)
#include "tst_PatientImport.moc"
