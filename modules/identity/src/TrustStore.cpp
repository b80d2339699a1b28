#include "IcaoAsn1.h"
#include "IdentityLog.h"
#include "OpenSslUtil.h"

#include <sijil/identity/TrustStore.h>

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <openssl/cms.h>
#include <openssl/pem.h>
#include <tuple>

namespace sijil::identity {

namespace {

constexpr const char* kCtx = "sijil::identity::TrustStore";
const QString kMasterListType = QStringLiteral("2.23.136.1.1.2"); // id-icao-cscaMasterList

core::Error unrecognised(const QString& detail) {
    return core::Error("identity/trust-unrecognised",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::TrustStore",
                                                              "Ce fichier n'est ni un certificat "
                                                              "(PEM ou DER) ni une liste "
                                                              "maîtresse CSCA.")),
                       detail);
}

core::Error notCa(const TrustedCertificate& cert) {
    return core::Error("identity/trust-not-ca",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::TrustStore",
                                                              "Ce certificat n'est pas celui "
                                                              "d'une autorité de certification "
                                                              "(CSCA) : il est refusé.")),
                       QStringLiteral("not a CA: %1").arg(cert.subject));
}

core::Error masterListInvalid(const QString& detail) {
    return core::Error("identity/trust-master-list-invalid",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::TrustStore",
                                                              "La liste maîtresse CSCA est "
                                                              "endommagée ou sa signature est "
                                                              "invalide : elle est refusée.")),
                       detail);
}

core::Error writeFailed(const QString& detail) {
    return core::Error("identity/trust-write",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::TrustStore",
                                                              "Impossible d'enregistrer le "
                                                              "certificat dans le magasin de "
                                                              "confiance.")),
                       detail);
}

// The certificates of a master list, once its signature over the content is checked.
core::Result<QList<QByteArray>> masterListCertificates(CMS_ContentInfo* cms) {
    if (OBJ_obj2nid(CMS_get0_type(cms)) != NID_pkcs7_signed)
        return unrecognised(QStringLiteral("CMS content is not SignedData"));
    if (ossl::contentTypeOid(cms) != kMasterListType)
        return unrecognised(QStringLiteral("CMS eContentType %1 is not a CSCA master list")
                                .arg(ossl::contentTypeOid(cms)));
    ossl::BioPtr content(BIO_new(BIO_s_mem()));
    if (CMS_verify(cms, nullptr, nullptr, nullptr, content.get(),
                   CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY) != 1)
        return masterListInvalid(QStringLiteral("CMS_verify: %1").arg(ossl::takeErrors()));
    auto certificates = asn1::decodeCscaMasterList(ossl::bioContents(content.get()));
    if (!certificates)
        return masterListInvalid(QStringLiteral("CscaMasterList: %1").arg(ossl::takeErrors()));
    return *certificates;
}

bool isCa(const TrustedCertificate& cert) {
    ossl::X509Ptr x509 = ossl::certificateFromDer(cert.der);
    return x509 && ossl::isCertificateAuthority(x509.get());
}

} // namespace

TrustStore::TrustStore(QString directory)
    : m_directory(std::move(directory)) {}

core::Result<TrustedCertificate> TrustStore::describe(QByteArrayView der) {
    ossl::X509Ptr cert = ossl::certificateFromDer(der);
    if (!cert)
        return unrecognised(QStringLiteral("not a DER certificate: %1").arg(ossl::takeErrors()));
    TrustedCertificate out;
    out.subject = ossl::nameText(X509_get_subject_name(cert.get()));
    out.issuer = ossl::nameText(X509_get_issuer_name(cert.get()));
    out.country = ossl::nameEntry(X509_get_subject_name(cert.get()), NID_countryName);
    out.notBefore = ossl::timeOf(X509_get0_notBefore(cert.get()));
    out.notAfter = ossl::timeOf(X509_get0_notAfter(cert.get()));
    out.fingerprint = ossl::fingerprint(cert.get());
    out.der = der.toByteArray();
    return out;
}

core::Result<QList<TrustedCertificate>> TrustStore::certificates() const {
    QList<TrustedCertificate> out;
    const QDir dir(m_directory);
    const QStringList files =
        dir.entryList({QStringLiteral("*.der")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcIdentity) << "trust store: cannot read" << name;
            continue;
        }
        auto cert = describe(file.readAll());
        if (!cert.ok()) {
            qCWarning(lcIdentity) << "trust store: not a certificate:" << name;
            continue;
        }
        out << std::move(cert).value();
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return std::tie(a.subject, a.fingerprint) < std::tie(b.subject, b.fingerprint);
    });
    return out;
}

core::Result<bool> TrustStore::store(const TrustedCertificate& certificate) {
    if (!QDir().mkpath(m_directory))
        return writeFailed(QStringLiteral("cannot create %1").arg(m_directory));
    const QString path =
        QDir(m_directory).filePath(certificate.fingerprint + QStringLiteral(".der"));
    if (QFile::exists(path))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(certificate.der) != certificate.der.size() ||
        !file.commit())
        return writeFailed(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return true;
}

core::Result<TrustImportReport> TrustStore::importFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error("identity/trust-read",
                           core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::TrustStore",
                                                                  "Impossible de lire le fichier "
                                                                  "%1."))
                               .arg(path),
                           QStringLiteral("%1: %2").arg(path, file.errorString()));
    return importData(file.readAll());
}

core::Result<TrustImportReport> TrustStore::importData(QByteArrayView data) {
    TrustImportReport report;
    QList<QByteArray> candidates;
    QByteArray cmsDer;
    if (data.contains(QByteArrayView("-----BEGIN "))) {
        // Every PEM block: certificates (one or a bundle), or one CMS master list.
        ossl::BioPtr bio = ossl::memoryBio(data);
        char* name = nullptr;
        char* header = nullptr;
        unsigned char* body = nullptr;
        long length = 0;
        while (PEM_read_bio(bio.get(), &name, &header, &body, &length) == 1) {
            const QByteArray type(name);
            const QByteArray der(reinterpret_cast<const char*>(body), qsizetype(length));
            OPENSSL_free(name);
            OPENSSL_free(header);
            OPENSSL_free(body);
            if (type == "CERTIFICATE" || type == "X509 CERTIFICATE")
                candidates << der;
            else if ((type == "CMS" || type == "PKCS7") && cmsDer.isEmpty())
                cmsDer = der;
            else
                return unrecognised(QStringLiteral("PEM block %1").arg(QLatin1String(type)));
        }
        ossl::takeErrors(); // the end of the input reads as an error
        if (candidates.isEmpty() == cmsDer.isEmpty())
            return unrecognised(QStringLiteral("PEM: %1 certificate(s), %2 CMS")
                                    .arg(candidates.size())
                                    .arg(cmsDer.isEmpty() ? 0 : 1));
    } else if (ossl::certificateFromDer(data)) {
        candidates << data.toByteArray();
    } else {
        ossl::takeErrors();
        cmsDer = data.toByteArray();
    }
    ossl::CmsPtr cms;
    if (!cmsDer.isEmpty()) {
        const auto* begin = reinterpret_cast<const unsigned char*>(cmsDer.constData());
        const auto* p = begin;
        cms.reset(d2i_CMS_ContentInfo(nullptr, &p, long(cmsDer.size())));
        if (!cms || p != begin + cmsDer.size())
            return unrecognised(
                QStringLiteral("neither certificate nor CMS: %1").arg(ossl::takeErrors()));
    }

    QList<TrustedCertificate> accepted;
    if (cms) {
        report.masterList = true;
        auto listed = masterListCertificates(cms.get());
        if (!listed.ok())
            return listed.error();
        for (const QByteArray& der : *listed) {
            auto cert = describe(der);
            if (!cert.ok())
                return masterListInvalid(cert.error().detail());
            if (!isCa(*cert))
                ++report.refusedNotCa;
            else
                accepted << std::move(cert).value();
        }
    } else {
        // A file of single certificates is refused whole when one is not a CA: the
        // administrator meant to trust each of them.
        for (const QByteArray& der : candidates) {
            auto cert = describe(der);
            if (!cert.ok())
                return cert.error();
            if (!isCa(*cert))
                return notCa(*cert);
            accepted << std::move(cert).value();
        }
    }
    for (const TrustedCertificate& cert : accepted) {
        const auto added = store(cert);
        if (!added.ok())
            return added.error();
        if (*added)
            report.added << cert;
        else
            ++report.alreadyPresent;
    }
    qCInfo(lcIdentity) << "trust store import:" << report.added.size() << "added,"
                       << report.alreadyPresent << "already present," << report.refusedNotCa
                       << "not CA";
    return report;
}

} // namespace sijil::identity
