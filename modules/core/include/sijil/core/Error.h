#pragma once

#include <sijil/core/UserText.h>

#include <QByteArray>
#include <QDebug>
#include <QString>

namespace sijil::core {

// An error as a value: a stable code ("<module>/<what>", for programs and tests), a message for
// the user (translated when shown), and a technical detail for logs and administrators. The
// detail never carries patient data: it goes to log files as it is.
class Error {
public:
    Error() = default;
    Error(QByteArray code, UserText message, QString detail = {});

    [[nodiscard]] const QByteArray& code() const { return m_code; }
    [[nodiscard]] const UserText& message() const { return m_message; }
    [[nodiscard]] QString userMessage() const { return m_message.toString(); }
    [[nodiscard]] const QString& detail() const { return m_detail; }
    [[nodiscard]] bool is(const char* code) const { return m_code == code; }
    // The form field the error is about ("password", "birthDate"...), so that the screen shows
    // the message beside it; empty when the error is not about one field.
    [[nodiscard]] const QString& field() const { return m_field; }
    [[nodiscard]] Error withField(const QString& field) const;

private:
    QByteArray m_code;
    UserText m_message;
    QString m_detail;
    QString m_field;
};

QDebug operator<<(QDebug debug, const Error& error);

} // namespace sijil::core
