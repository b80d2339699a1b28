#pragma once

// A reader plug-in for the admission screens' tests: readers and a card the test lays down and
// takes away, and connections to one FakeEmrtdChip (tests/identity) that can lose the card in the
// middle of a read, as a clerk pulling the card out does.
#include "FakeEmrtdChip.h"

#include <sijil/identity/ReaderPlugin.h>

#include <atomic>

namespace sijil::test {

inline core::Error cardRemovedError() {
    return core::Error("identity/card-removed",
                       core::UserText("sijil::test", "La carte a été retirée du lecteur."),
                       QStringLiteral("fake"));
}

// One session with the shared chip. Fails like a reader whose card was taken out once the card is
// gone, or after `failAfter` more commands.
class FakeChipConnection final : public identity::CardConnection {
public:
    FakeChipConnection(identity::test::FakeEmrtdChip& chip, std::atomic<bool>& present,
                       std::atomic<int>& failAfter)
        : m_chip(chip)
        , m_present(present)
        , m_failAfter(failAfter) {}

    [[nodiscard]] QString readerName() const override { return m_chip.readerName(); }
    [[nodiscard]] QByteArray atr() const override { return m_chip.atr(); }

    core::Result<QByteArray> transmit(const QByteArray& apdu) override {
        if (m_failAfter.load() >= 0 && m_failAfter.fetch_sub(1) == 0)
            m_present = false;
        if (!m_present)
            return cardRemovedError();
        return m_chip.transmit(apdu);
    }

private:
    identity::test::FakeEmrtdChip& m_chip;
    std::atomic<bool>& m_present;
    std::atomic<int>& m_failAfter;
};

class FakeReaderPlugin final : public identity::ReaderPlugin {
public:
    explicit FakeReaderPlugin(identity::test::FakeEmrtdChip& chip)
        : m_chip(chip) {}

    // -1: never; n: the card is lost at the (n+1)th command.
    std::atomic<int> failAfter{-1};
    int connects = 0;

    [[nodiscard]] QString pluginId() const override { return QStringLiteral("fake"); }
    core::Status start() override { return {}; }
    void stop() override {}
    [[nodiscard]] QList<identity::ReaderInfo> readers() const override {
        QList<identity::ReaderInfo> list = m_readers;
        for (auto& r : list)
            r.cardPresent = r.name == m_cardReader && m_present;
        return list;
    }

    core::Result<std::unique_ptr<identity::CardConnection>>
    connect(const QString& reader) override {
        ++connects;
        if (reader != m_cardReader || !m_present)
            return core::Error("identity/no-card",
                               core::UserText("sijil::test", "Aucune carte dans ce lecteur."),
                               QStringLiteral("fake"));
        return std::unique_ptr<identity::CardConnection>(
            std::make_unique<FakeChipConnection>(m_chip, m_present, failAfter));
    }

    void addReader(const QString& name) {
        m_readers.append({name, identity::ReaderInfo::SmartCard, false, {}});
        emit readerAdded(name);
    }
    void removeReader(const QString& name) {
        m_readers.removeIf([&](const identity::ReaderInfo& r) { return r.name == name; });
        if (m_cardReader == name)
            m_present = false;
        emit readerRemoved(name);
    }
    void insertCard(const QString& reader) {
        m_cardReader = reader;
        m_present = true;
        failAfter = -1;
        emit cardInserted(reader);
    }
    // What the plug-in reports once the card is gone (after a removal mid-read, too).
    void cardGone() {
        m_present = false;
        emit cardRemoved(m_cardReader);
    }
    [[nodiscard]] bool cardPresent() const { return m_present; }

private:
    identity::test::FakeEmrtdChip& m_chip;
    QList<identity::ReaderInfo> m_readers;
    QString m_cardReader;
    std::atomic<bool> m_present{false};
};

} // namespace sijil::test
