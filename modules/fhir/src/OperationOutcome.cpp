#include <sijil/fhir/OperationOutcome.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace sijil::fhir {

namespace {

constexpr const char* kCtx = "sijil::fhir::OperationOutcome";

struct Kind {
    const char* code;
    const char* message;
};

Kind kindOf(int status) {
    switch (status) {
    case 400:
        return {"fhir/bad-request",
                QT_TRANSLATE_NOOP("sijil::fhir::OperationOutcome",
                                  "Le serveur central a refusé la demande comme invalide.")};
    case 401:
        return {"fhir/unauthorized",
                QT_TRANSLATE_NOOP("sijil::fhir::OperationOutcome",
                                  "Le serveur central demande une authentification : "
                                  "reconnectez-vous.")};
    case 403:
        return {"fhir/forbidden",
                QT_TRANSLATE_NOOP("sijil::fhir::OperationOutcome",
                                  "Le serveur central refuse cette opération pour votre compte.")};
    case 404:
    case 410:
        return {"fhir/not-found",
                QT_TRANSLATE_NOOP("sijil::fhir::OperationOutcome",
                                  "Cet élément n'existe pas, ou plus, sur le serveur central.")};
    case 409:
    case 412:
        return {"fhir/conflict",
                QT_TRANSLATE_NOOP("sijil::fhir::OperationOutcome",
                                  "Cet élément a été modifié entre-temps sur le serveur central.")};
    case 422:
        return {"fhir/unprocessable",
                QT_TRANSLATE_NOOP("sijil::fhir::OperationOutcome",
                                  "Le serveur central a refusé les données : elles ne respectent "
                                  "pas les règles du dossier partagé.")};
    case 429:
        return {"fhir/busy", QT_TRANSLATE_NOOP("sijil::fhir::OperationOutcome",
                                               "Le serveur central est surchargé ; un nouvel essai "
                                               "aura lieu automatiquement.")};
    case 501:
        // Not a passing failure: this server does not do what was asked (RetryPolicy does not
        // retry it either); the link is fine.
        return {"fhir/not-implemented",
                QT_TRANSLATE_NOOP("sijil::fhir::OperationOutcome",
                                  "Le serveur central ne prend pas en charge cette opération.")};
    default:
        break;
    }
    if (status >= 500 && status <= 599)
        return {"fhir/server-error",
                QT_TRANSLATE_NOOP("sijil::fhir::OperationOutcome",
                                  "Le serveur central a rencontré une erreur ; "
                                  "un nouvel essai aura lieu automatiquement.")};
    return {"fhir/http-error",
            QT_TRANSLATE_NOOP("sijil::fhir::OperationOutcome",
                              "Réponse inattendue du serveur central (code %1).")};
}

} // namespace

QString OperationOutcome::summary(const QJsonObject& outcome) {
    QStringList parts;
    for (const QJsonValue& v : outcome.value(QStringLiteral("issue")).toArray()) {
        const QJsonObject issue = v.toObject();
        QString part = issue.value(QStringLiteral("severity")).toString() + u'/' +
                       issue.value(QStringLiteral("code")).toString();
        QStringList where;
        for (const QJsonValue& e : issue.value(QStringLiteral("expression")).toArray())
            where << e.toString();
        if (!where.isEmpty())
            part += u'@' + where.join(u',');
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

core::Error OperationOutcome::toError(int httpStatus, const QByteArray& body) {
    const Kind kind = kindOf(httpStatus);
    core::UserText message(kCtx, kind.message);
    if (QByteArray(kind.code) == "fhir/http-error")
        message = message.arg(QString::number(httpStatus));
    QString detail = QStringLiteral("HTTP %1").arg(httpStatus);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject() &&
        doc.object().value(QStringLiteral("resourceType")).toString() == u"OperationOutcome") {
        const QString issues = summary(doc.object());
        if (!issues.isEmpty())
            detail += QStringLiteral(": ") + issues;
    } else if (!body.isEmpty()) {
        detail += QStringLiteral(" (no OperationOutcome)");
    }
    return core::Error(kind.code, message, detail);
}

core::Error OperationOutcome::networkError(const QString& what) {
    return core::Error("fhir/network",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::fhir::OperationOutcome",
                                                              "Le serveur central est injoignable. "
                                                              "Le travail continue sur ce poste.")),
                       what);
}

} // namespace sijil::fhir
