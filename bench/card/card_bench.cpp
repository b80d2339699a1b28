// bench_card: the desk's full reading of a PACE ID card (EF.CardAccess, PACE with the CAN, EF.COM,
// DG1, EF.SOD, DG2, passive authentication up to a trusted CSCA) against the chip of
// tests/identity/PaceChipSimulator.h, as DocumentReading does it for the admission desk.
//
//   bench_card [--runs 21] [--json out.json]
//
// Reports the time of one read (median, and the part spent inside the simulated chip) and the
// command APDUs sent against the protocol's minimum, computed from the file sizes: EF.CardAccess
// (1 SELECT + its READ BINARY), PACE (1 MSE:Set AT + 4 GENERAL AUTHENTICATE), 1 SELECT of the
// application, and for each of EF.COM, DG1, EF.SOD, DG2 one SELECT plus ceil(size / largest Le)
// READ BINARY. Goal: at most 1.2 times the minimum. Prints one JSON object.
#include "PaceTestDocument.h"

#include <sijil/identity/DocumentReading.h>
#include <sijil/identity/EmrtdReader.h>
#include <sijil/identity/TrustStore.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace sijil::identity;

namespace {

// Times the simulated chip's own work, to tell it from the reader's.
class TimedConnection final : public CardConnection {
public:
    explicit TimedConnection(CardConnection& chip)
        : m_chip(chip) {}
    qint64 chipNs = 0;

    [[nodiscard]] QString readerName() const override { return m_chip.readerName(); }
    [[nodiscard]] QByteArray atr() const override { return m_chip.atr(); }
    [[nodiscard]] int maxResponseLength() const override { return m_chip.maxResponseLength(); }
    sijil::core::Result<QByteArray> transmit(const QByteArray& apdu) override {
        QElapsedTimer timer;
        timer.start();
        auto response = m_chip.transmit(apdu);
        chipNs += timer.nsecsElapsed();
        return response;
    }

private:
    CardConnection& m_chip;
};

int reads(qsizetype size, int le) {
    return int((size + le - 1) / le);
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv); // QImage's JPEG writer is a plug-in
    int runs = 21;
    QString jsonPath;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--json"))
            jsonPath = args.at(i + 1);
    }

    QTemporaryDir dir;
    const test::Identity csca = test::makeIdentity("CSCA Bench", true);
    const test::Identity ds = test::makeIdentity("DS Bench", false, &csca);
    TrustStore trust(dir.filePath(QStringLiteral("csca")));
    if (!dir.isValid() || !trust.importData(test::der(csca.cert)).ok()) {
        std::fprintf(stderr, "bench_card: cannot set up the trust store\n");
        return 1;
    }
    test::PaceChipSimulator chip(test::kSpecimenCan, test::kSpecimenTd1);
    test::fillSpecimen(chip, ds);
    DocumentReading::Options options;
    options.trustStore = &trust;
    const DocumentAccessKey key{std::nullopt, QString::fromLatin1(test::kSpecimenCan)};

    QList<double> totalMs;
    QList<double> chipMs;
    int apdus = 0;
    for (int run = 0; run <= runs; ++run) { // run 0: warm-up, not counted
        chip.insertCard();
        TimedConnection timed(chip);
        QElapsedTimer timer;
        timer.start();
        const auto read = DocumentReading::read(timed, key, options);
        const qint64 ns = timer.nsecsElapsed();
        if (!read.ok() || read->verdict() != DocumentReadResult::Verdict::Verified) {
            std::fprintf(stderr, "bench_card: the read failed: %s\n",
                         read.ok() ? "not verified" : qPrintable(read.error().detail()));
            return 1;
        }
        apdus = chip.received;
        if (run == 0)
            continue;
        totalMs << double(ns) / 1e6;
        chipMs << double(timed.chipNs) / 1e6;
    }

    // The largest Le: plain for EF.CardAccess, under AES secure messaging for the rest.
    const int plainLe = chip.maxResponseLength() - 2;
    const int smLe = EmrtdReader::largestReadUnderSecureMessaging(plainLe, 16);
    QJsonObject files;
    int minimum = 1 + reads(chip.cardAccess.size(), plainLe) + 1 + 4 + 1;
    files.insert(QStringLiteral("EF.CardAccess"), chip.cardAccess.size());
    const QList<QPair<QString, quint16>> readFiles{{QStringLiteral("EF.COM"), 0x011E},
                                                   {QStringLiteral("DG1"), 0x0101},
                                                   {QStringLiteral("EF.SOD"), 0x011D},
                                                   {QStringLiteral("DG2"), 0x0102}};
    for (const auto& [name, fid] : readFiles) {
        files.insert(name, chip.files[fid].size());
        minimum += 1 + reads(chip.files[fid].size(), smLe);
    }
    const double ratio = double(apdus) / minimum;
    const QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("card")},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("read_ms_median"), median(totalMs)},
        {QStringLiteral("chip_ms_median"), median(chipMs)},
        {QStringLiteral("reader_ms_median"), median(totalMs) - median(chipMs)},
        {QStringLiteral("apdus"), apdus},
        {QStringLiteral("apdus_minimum"), minimum},
        {QStringLiteral("apdu_ratio"), ratio},
        {QStringLiteral("apdu_ratio_goal"), 1.2},
        {QStringLiteral("apdu_goal_met"), ratio <= 1.2},
        {QStringLiteral("max_read_length"), smLe},
        {QStringLiteral("file_bytes"), files},
    };
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    if (!jsonPath.isEmpty()) {
        QFile out(jsonPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size()) {
            std::fprintf(stderr, "bench_card: cannot write %s\n", qPrintable(jsonPath));
            return 1;
        }
    }
    return 0;
}
