#pragma once

// The Orthanc PACS of tests/peers (fixture orthanc) as a test sees it: its env file (see
// tests/peers/CMakeLists.txt, sijil_requires_orthanc), the PacsNode that reaches it, and
// uploads over its REST API with curl.

#include <sijil/imaging/PacsNode.h>

#include <QDebug>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <PeerEnv.h>

namespace sijil::testing {

struct OrthancPeer {
    QMap<QString, QString> env;

    // Empty env when SIJIL_ORTHANC_ENV is unset or names no file: the caller fails and says so.
    static OrthancPeer fromEnvironment() {
        return OrthancPeer{readPeerEnv(qEnvironmentVariable("SIJIL_ORTHANC_ENV"))};
    }

    [[nodiscard]] bool isUp() const { return env.contains(QStringLiteral("ORTHANC_DICOM_PORT")); }

    [[nodiscard]] imaging::PacsNode node() const {
        imaging::PacsNode node;
        node.aeTitle = env.value(QStringLiteral("ORTHANC_AET"));
        node.host = env.value(QStringLiteral("ORTHANC_HOST"));
        node.port = env.value(QStringLiteral("ORTHANC_DICOM_PORT")).toInt();
        node.callingAeTitle = env.value(QStringLiteral("ORTHANC_CALLING_AET"));
        return node;
    }

    // The same Orthanc over DICOMweb (its plugin), with the test account.
    [[nodiscard]] imaging::PacsNode webNode() const {
        imaging::PacsNode node;
        node.dicomWebUrl = QUrl(env.value(QStringLiteral("ORTHANC_DICOMWEB_URL")));
        node.username = env.value(QStringLiteral("ORTHANC_USER"));
        node.password = env.value(QStringLiteral("ORTHANC_PASSWORD"));
        return node;
    }

    // POST /instances; Orthanc answers 200 also when it already has the instance.
    [[nodiscard]] bool upload(const QString& path) const {
        const QString credentials = env.value(QStringLiteral("ORTHANC_USER")) + u':' +
                                    env.value(QStringLiteral("ORTHANC_PASSWORD"));
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-sS"), QStringLiteral("-f"), QStringLiteral("-u"), credentials,
                    QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("--data-binary"),
                    u'@' + path,
                    env.value(QStringLiteral("ORTHANC_HTTP_URL")) + QStringLiteral("/instances")});
        if (!curl.waitForFinished(30000) || curl.exitCode() != 0) {
            qWarning().noquote() << curl.readAllStandardError();
            return false;
        }
        return true;
    }
};

} // namespace sijil::testing
