#include "AuditHead.h"

#include "StorageLog.h"

#include <QFile>
#include <QLockFile>
#include <QMessageAuthenticationCode>
#include <QSaveFile>

namespace sijil::storage {

namespace {

// The MAC field of a head naming no entry yet: a placeholder, so that the line keeps 3 fields.
constexpr char kNoMac[] = "-";
constexpr int kLockWaitMs = 10000;

} // namespace

AuditHead::AuditHead(QByteArray key, QString path)
    : m_key(std::move(key))
    , m_path(std::move(path)) {}

QByteArray AuditHead::sign(qint64 seq, const QByteArray& mac) const {
    return QMessageAuthenticationCode::hash("head:" + QByteArray::number(seq) + ':' + mac, m_key,
                                            QCryptographicHash::Sha256)
        .toHex();
}

AuditHead::State AuditHead::read() const {
    State state;
    QFile file(m_path);
    if (m_path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return state;
    state.present = true;
    const QList<QByteArray> parts = file.readAll().trimmed().split(' ');
    if (parts.size() != 3)
        return state;
    bool numeric = false;
    state.seq = parts[0].toLongLong(&numeric);
    state.mac = parts[1] == kNoMac ? QByteArray() : parts[1];
    state.authentic = numeric && state.seq >= 0 && (state.seq == 0) == state.mac.isEmpty() &&
                      sign(state.seq, state.mac) == parts[2];
    return state;
}

bool AuditHead::advance(qint64 seq, const QByteArray& mac) const {
    if (m_path.isEmpty())
        return false;
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(kLockWaitMs)) {
        // Left behind, the head still verifies (it names an older entry of the same chain).
        qCWarning(lcStorage) << "audit head not written: lock not taken" << lock.error();
        return false;
    }
    if (const State current = read(); current.authentic && current.seq >= seq)
        return true;
    QSaveFile head(m_path);
    if (!head.open(QIODevice::WriteOnly)) {
        qCWarning(lcStorage) << "audit head not written:" << head.errorString();
        return false;
    }
    head.write(QByteArray::number(seq) + ' ' + (mac.isEmpty() ? QByteArray(kNoMac) : mac) + ' ' +
               sign(seq, mac) + '\n');
    if (!head.commit()) {
        qCWarning(lcStorage) << "audit head not written:" << head.errorString();
        return false;
    }
    return true;
}

} // namespace sijil::storage
