#include "TransactionBatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sijil::sync {

using Op = storage::LocalChange::Operation;

namespace {

core::Error badAnswer(const QString& detail) {
    return core::Error(
        "sync/bad-answer",
        core::UserText("sijil::sync",
                       QT_TRANSLATE_NOOP("sijil::sync", "Le serveur central a répondu à un envoi "
                                                        "groupé de façon incomplète.")),
        detail);
}

QString versionFrom(const QJsonObject& response) {
    fhir::Response r;
    r.etag = response.value(QStringLiteral("etag")).toString().toUtf8();
    QString version = r.versionId();
    if (!version.isEmpty())
        return version;
    // No ETag: the version is the last segment of Type/id/_history/N.
    const QString location = response.value(QStringLiteral("location")).toString();
    const qsizetype at = location.indexOf(QStringLiteral("/_history/"));
    return at < 0 ? QString() : location.mid(at + 10).section(u'/', 0, 0);
}

} // namespace

QList<storage::OutboxEntry> TransactionBatch::take(QList<storage::OutboxEntry>& queue, int max) {
    QList<storage::OutboxEntry> chunk;
    QSet<QString> resources;
    while (!queue.isEmpty()) {
        // The next unit: one entry, or every entry of its group (the outbox reads them whole).
        const qint64 group = queue.first().group;
        qsizetype size = 1;
        while (group != 0 && size < queue.size() && queue[size].group == group)
            ++size;
        if (!chunk.isEmpty() && chunk.size() + size > max)
            break;
        QSet<QString> keys;
        bool retried = false;
        for (qsizetype i = 0; i < size; ++i) {
            const storage::OutboxEntry& e = queue[i];
            const QString key = e.type + u'/' + e.id;
            if (resources.contains(key) || keys.contains(key))
                return chunk;
            keys.insert(key);
            retried = retried || e.attempts > 0;
        }
        // A retried entry is checked on its own; a change sent together retried goes alone, whole,
        // once SyncEngine has looked at what of it the server already holds.
        if (retried && (group == 0 || !chunk.isEmpty()))
            return chunk;
        resources.unite(keys);
        for (qsizetype i = 0; i < size; ++i)
            chunk << queue.takeFirst();
        if (retried || chunk.size() >= max)
            break;
    }
    return chunk;
}

QByteArray TransactionBatch::toBundle(const QList<storage::OutboxEntry>& entries,
                                      const QUrl& baseUrl) {
    const QString base = baseUrl.toString(QUrl::StripTrailingSlash);
    QJsonArray out;
    for (const storage::OutboxEntry& e : entries) {
        const QString url = e.type + u'/' + e.id;
        QJsonObject request{{QStringLiteral("url"), url}};
        // Validating servers want a fullUrl on every entry; gzip makes the repeated base cheap.
        QJsonObject entry{{QStringLiteral("fullUrl"), base + u'/' + url}};
        if (e.operation == Op::Delete) {
            request.insert(QStringLiteral("method"), QStringLiteral("DELETE"));
        } else {
            request.insert(QStringLiteral("method"), QStringLiteral("PUT"));
            entry.insert(QStringLiteral("resource"), QJsonDocument::fromJson(e.json).object());
        }
        if (e.operation != Op::Create && !e.baseVersionId.isEmpty())
            request.insert(QStringLiteral("ifMatch"),
                           QStringLiteral("W/\"%1\"").arg(e.baseVersionId));
        entry.insert(QStringLiteral("request"), request);
        out.append(entry);
    }
    const QJsonObject bundle{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                             {QStringLiteral("type"), QStringLiteral("transaction")},
                             {QStringLiteral("entry"), out}};
    return QJsonDocument(bundle).toJson(QJsonDocument::Compact);
}

core::Result<QList<storage::Outbox::Acknowledgement>>
TransactionBatch::acknowledgements(const QList<storage::OutboxEntry>& entries,
                                   const fhir::Response& response) {
    const QJsonObject bundle = response.json();
    if (bundle.value(QStringLiteral("type")).toString() != u"transaction-response")
        return badAnswer(QStringLiteral("not a transaction-response"));
    const QJsonArray answers = bundle.value(QStringLiteral("entry")).toArray();
    // The response has one entry per request entry, in the same order (FHIR R4 3.1.0.11.4).
    if (answers.size() != entries.size())
        return badAnswer(
            QStringLiteral("%1 answers for %2 entries").arg(answers.size()).arg(entries.size()));
    QList<storage::Outbox::Acknowledgement> out;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject r = answers[i].toObject().value(QStringLiteral("response")).toObject();
        const QString status = r.value(QStringLiteral("status")).toString();
        if (!status.startsWith(u'2'))
            return badAnswer(QStringLiteral("entry %1 answered %2").arg(i).arg(status));
        storage::Outbox::Acknowledgement a;
        a.seq = entries[i].seq;
        a.versionId = versionFrom(r);
        a.lastUpdatedUtc = QDateTime::fromString(r.value(QStringLiteral("lastModified")).toString(),
                                                 Qt::ISODateWithMs)
                               .toUTC();
        if (a.versionId.isEmpty() && entries[i].operation != Op::Delete)
            return badAnswer(QStringLiteral("entry %1 has no version").arg(i));
        out << a;
    }
    return out;
}

} // namespace sijil::sync
