#pragma once

#include <sijil/identity/SerialMrzReader.h>

class QSerialPort;

namespace sijil::identity {

// SerialLink over Qt Serial Port, the one outside library this module uses for serial devices.
class QtSerialLink : public SerialLink {
    Q_OBJECT
public:
    explicit QtSerialLink(QObject* parent = nullptr);
    ~QtSerialLink() override;

    [[nodiscard]] std::optional<Failure> open(const SerialPortSettings& settings) override;
    void close() override;
    [[nodiscard]] bool isOpen() const override;
    [[nodiscard]] QByteArray readAll() override;

private:
    QSerialPort* m_port = nullptr;
};

} // namespace sijil::identity
