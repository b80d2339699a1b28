#include "QtSerialLink.h"

#include "IdentityLog.h"

#include <QSerialPort>

namespace sijil::identity {

namespace {

QSerialPort::Parity parityOf(SerialPortSettings::Parity parity) {
    switch (parity) {
    case SerialPortSettings::Parity::None:
        return QSerialPort::NoParity;
    case SerialPortSettings::Parity::Even:
        return QSerialPort::EvenParity;
    case SerialPortSettings::Parity::Odd:
        return QSerialPort::OddParity;
    case SerialPortSettings::Parity::Mark:
        return QSerialPort::MarkParity;
    case SerialPortSettings::Parity::Space:
        return QSerialPort::SpaceParity;
    }
    return QSerialPort::NoParity;
}

SerialLink::Problem problemAtOpen(QSerialPort::SerialPortError error) {
    switch (error) {
    case QSerialPort::DeviceNotFoundError:
    case QSerialPort::ResourceError: // gone between the lookup and the open
        return SerialLink::Problem::NotFound;
    case QSerialPort::PermissionError: // also: locked by another program
        return SerialLink::Problem::PermissionDenied;
    default:
        return SerialLink::Problem::Other;
    }
}

} // namespace

QtSerialLink::QtSerialLink(QObject* parent)
    : SerialLink(parent)
    , m_port(new QSerialPort(this)) {
    connect(m_port, &QSerialPort::readyRead, this, &SerialLink::readyRead);
    connect(m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError e) {
        if (e == QSerialPort::NoError || !m_port->isOpen())
            return; // failures of open() are returned by open()
        const QString detail = m_port->errorString();
        // Unplugged: a USB device gone gives ResourceError (EIO, ENXIO); a line that hangs up
        // (a pseudo-terminal's master closed, a modem's carrier lost) reads end-of-file, which
        // Qt 6.4 reports as ReadError. Either way the notifier would fire forever: close.
        if (e == QSerialPort::ResourceError || e == QSerialPort::ReadError) {
            emit failed(Failure{Problem::Unplugged, detail});
            return;
        }
        // A framing or parity slip on one byte: the framer deals with what arrives.
        qCWarning(lcIdentity) << "serial MRZ reader:" << e << detail;
        m_port->clearError();
    });
}

QtSerialLink::~QtSerialLink() = default;

std::optional<SerialLink::Failure> QtSerialLink::open(const SerialPortSettings& settings) {
    if (m_port->isOpen())
        m_port->close();
    m_port->setPortName(settings.portName);
    m_port->setBaudRate(settings.baudRate);
    m_port->setDataBits(static_cast<QSerialPort::DataBits>(settings.dataBits));
    m_port->setParity(parityOf(settings.parity));
    m_port->setStopBits(settings.stopBits == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port->open(QIODevice::ReadOnly)) {
        Failure f{problemAtOpen(m_port->error()), m_port->errorString()};
        m_port->clearError();
        return f;
    }
    return std::nullopt;
}

void QtSerialLink::close() {
    if (m_port->isOpen())
        m_port->close();
    m_port->clearError();
}

bool QtSerialLink::isOpen() const {
    return m_port->isOpen();
}

QByteArray QtSerialLink::readAll() {
    return m_port->readAll();
}

} // namespace sijil::identity
