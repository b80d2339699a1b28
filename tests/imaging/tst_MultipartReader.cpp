// MultipartReader (the WADO-RS multipart/related reader) on hand-made bodies, fed whole and one
// byte at a time: no server involved.

#include "MultipartReader.h"

#include <QTest>

using namespace sijil::imaging;

namespace {

struct Part {
    MultipartReader::Headers headers;
    QByteArray body;
    bool ended = false;
};

struct Outcome {
    QList<Part> parts;
    bool fed = true;
    bool finished = false;
    QString error;
};

// step 0: all at once; otherwise slices of `step` bytes.
Outcome read(const QByteArray& boundary, const QByteArray& body, qsizetype step) {
    Outcome out;
    MultipartReader::Handlers h;
    h.begin = [&out](const MultipartReader::Headers& headers) {
        out.parts.append(Part{headers, {}, false});
        return true;
    };
    h.data = [&out](const char* data, qsizetype n) {
        out.parts.last().body.append(data, n);
        return true;
    };
    h.end = [&out] {
        out.parts.last().ended = true;
        return true;
    };
    MultipartReader reader(boundary, h);
    const qsizetype n = step > 0 ? step : body.size();
    for (qsizetype i = 0; i < body.size() && out.fed; i += n)
        out.fed = reader.feed(body.mid(i, n));
    out.finished = out.fed && reader.finish();
    out.error = reader.error();
    return out;
}

} // namespace

class TestMultipartReader : public QObject {
    Q_OBJECT

private slots:
    void boundaryFromContentType_data() {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("boundary");
        QTest::newRow("plain") << QByteArray("multipart/related; boundary=abc")
                               << QByteArray("abc");
        QTest::newRow("quoted, after type")
            << QByteArray("multipart/related; type=\"application/dicom\"; boundary=\"a b;c\"")
            << QByteArray("a b;c");
        QTest::newRow("type with ; inside quotes")
            << QByteArray("multipart/related;type=\"x;boundary=no\";Boundary=yes")
            << QByteArray("yes");
        QTest::newRow("none") << QByteArray("application/dicom") << QByteArray();
    }
    void boundaryFromContentType() {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, boundary);
        QCOMPARE(MultipartReader::boundaryOf(contentType), boundary);
    }

    void parts_data() {
        QTest::addColumn<qsizetype>("step");
        QTest::newRow("whole") << qsizetype(0);
        QTest::newRow("byte by byte") << qsizetype(1);
        QTest::newRow("7 bytes") << qsizetype(7);
    }

    // A preamble, the boundary text inside a part (not as a whole delimiter line), transport
    // padding, a part holding CRLFs and "--", a part with no header, and an epilogue.
    void parts() {
        QFETCH(qsizetype, step);
        const QByteArray body = "This is a preamble --XyZ not yet\r\n"
                                "--XyZ\r\n"
                                "Content-Type: application/dicom\r\n"
                                "Content-Location: a\r\n"
                                "\r\n"
                                "DICM\r\n--XyZabc\r\n--XyZ-\r\n-- XyZ\r\n\r\n"
                                "\r\n--XyZ  \t\r\n"
                                "\r\n"
                                "second\r\n"
                                "\r\n--XyZ\r\n"
                                "content-type:application/dicom\r\n"
                                "\r\n"
                                "\r\n--XyZ--\r\n"
                                "epilogue --XyZ\r\ngarbage";
        const Outcome out = read("XyZ", body, step);
        QVERIFY2(out.finished, qPrintable(out.error));
        QCOMPARE(out.parts.size(), 3);
        QCOMPARE(out.parts[0].headers.size(), 2);
        QCOMPARE(out.parts[0].headers[0].first, QByteArray("content-type"));
        QCOMPARE(out.parts[0].headers[0].second, QByteArray("application/dicom"));
        QCOMPARE(out.parts[0].body, QByteArray("DICM\r\n--XyZabc\r\n--XyZ-\r\n-- XyZ\r\n\r\n"));
        QVERIFY(out.parts[1].headers.isEmpty());
        QCOMPARE(out.parts[1].body, QByteArray("second\r\n"));
        QCOMPARE(out.parts[2].body, QByteArray());
        for (const Part& p : out.parts)
            QVERIFY(p.ended);
    }

    // The first delimiter right at the start, with no CRLF before it.
    void noPreamble() {
        const Outcome out = read("b", "--b\r\nA: 1\r\n\r\nxy\r\n--b--", 0);
        QVERIFY2(out.finished, qPrintable(out.error));
        QCOMPARE(out.parts.size(), 1);
        QCOMPARE(out.parts[0].body, QByteArray("xy"));
    }

    void missingFinalBoundary_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("cut inside a part") << QByteArray("--b\r\n\r\nsome bytes");
        QTest::newRow("next part never closed") << QByteArray("--b\r\n\r\nx\r\n--b\r\n\r\ny\r\n");
        QTest::newRow("headers cut") << QByteArray("--b\r\nContent-Type: app");
        QTest::newRow("only a preamble") << QByteArray("no boundary at all");
        QTest::newRow("empty") << QByteArray();
    }
    void missingFinalBoundary() {
        QFETCH(QByteArray, body);
        const Outcome out = read("b", body, 0);
        QVERIFY(!out.finished);
        QVERIFY(out.error.contains(u"closing boundary"));
    }

    void malformedHeader() {
        const Outcome out = read("b", "--b\r\nno colon here\r\n\r\nx\r\n--b--", 3);
        QVERIFY(!out.fed);
        QVERIFY(!out.finished);
        QVERIFY(out.error.contains(u"header"));
    }

    // A handler saying no stops the reading.
    void handlerRefuses() {
        MultipartReader::Handlers h;
        h.begin = [](const MultipartReader::Headers&) {
            return false;
        };
        MultipartReader reader("b", h);
        QVERIFY(!reader.feed("--b\r\n\r\nx\r\n--b--"));
        QVERIFY(!reader.finish());
    }
};

QTEST_GUILESS_MAIN(TestMultipartReader)
#include "tst_MultipartReader.moc"
