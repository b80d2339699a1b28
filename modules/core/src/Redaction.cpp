#include <sijil/core/Redaction.h>

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace sijil::core {

namespace {

// A per-process key: digests correlate lines of one run and cannot be reversed by hashing
// candidate names offline.
const QByteArray& processKey() {
    static const QByteArray key = [] {
        QByteArray k(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(k.data()),
                                             reinterpret_cast<quint32*>(k.data() + k.size()));
        return k;
    }();
    return key;
}

struct Rule {
    QRegularExpression pattern;
    QString replacement;
};

const std::vector<Rule>& rules() {
    // Order matters: the widest shapes first, so that an MRZ line is not half-masked as digits.
    static const std::vector<Rule> list = {
        {QRegularExpression(QStringLiteral("[A-Z0-9<]{25,}")), QStringLiteral("«mrz»")},
        {QRegularExpression(QStringLiteral("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+")),
         QStringLiteral("«email»")},
        // International or national phone numbers, with or without separators.
        {QRegularExpression(QStringLiteral("(?<![\\w.])(\\+|00)?\\d(?:[ .\\-/]?\\d){7,}(?![\\w])")),
         QStringLiteral("«phone»")},
        // Identity document numbers: one or two letters then digits (CNIE "AB123456"), or the
        // reverse shape some passports use.
        {QRegularExpression(QStringLiteral("\\b[A-Za-z]{1,3}\\d{4,9}\\b")), QStringLiteral("«id»")},
        {QRegularExpression(QStringLiteral("\\b\\d{5,}[A-Za-z]{1,3}\\b")), QStringLiteral("«id»")},
        {QRegularExpression(QStringLiteral("\\b\\d{6,}\\b")), QStringLiteral("«number»")},
    };
    return list;
}

} // namespace

QString Sensitive::digest() const {
    const QByteArray mac = QMessageAuthenticationCode::hash(m_value.toUtf8(), processKey(),
                                                            QCryptographicHash::Sha256);
    // Letters only, so that the digest itself never looks like a number to scrub().
    QString out = QStringLiteral("«r:");
    for (int i = 0; i < 6; ++i)
        out += QChar(u'a' + static_cast<unsigned char>(mac.at(i)) % 26);
    out += u'»';
    return out;
}

QDebug operator<<(QDebug debug, const Sensitive& value) {
    QDebugStateSaver saver(debug);
    debug.noquote() << value.digest();
    return debug;
}

QString Redactor::scrub(const QString& message) {
    QString out = message;
    for (const Rule& rule : rules())
        out.replace(rule.pattern, rule.replacement);
    return out;
}

} // namespace sijil::core
