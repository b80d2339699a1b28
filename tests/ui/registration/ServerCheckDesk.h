// The admission desk in front of a scripted central server: what the save-time comparison
// with the central registry is tested on (tst_AdmissionServerCheck, tst_AdmissionServerWait).
#pragma once

#include "SafeguardsDesk.h"
#include "ScriptedServer.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/registry/RemotePatientSearch.h>

#include <QAbstractButton>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QTimer>
#include <QWindow>

#include <functional>

namespace sijil::test {

using namespace std::chrono_literals;

inline const QByteArray kPlainServer =
    R"({"resourceType":"CapabilityStatement","fhirVersion":"4.0.1","rest":[{"mode":"server"}]})";
inline const QByteArray kMatchServer =
    R"({"resourceType":"CapabilityStatement","fhirVersion":"4.0.1","rest":[{"mode":"server",)"
    R"("resource":[{"type":"Patient","operation":[{"name":"match",)"
    R"("definition":"http://hl7.org/fhir/OperationDefinition/Patient-match"}]}]}]})";

// Salma Berrada as another site registered her, with the IPP it drew.
inline QJsonObject theirPatient(const QString& id, bool active = true) {
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("Patient")},
        {QStringLiteral("id"), id},
        {QStringLiteral("active"), active},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("versionId"), QStringLiteral("3")},
                     {QStringLiteral("lastUpdated"), QStringLiteral("2026-11-02T09:15:00Z")}}},
        {QStringLiteral("identifier"),
         QJsonArray{QJsonObject{{QStringLiteral("system"), registry::systems::kIpp},
                                {QStringLiteral("value"),
                                 registry::Ipp::fromNumber(active ? 424242 : 434343).value()}}}},
        {QStringLiteral("name"),
         QJsonArray{QJsonObject{{QStringLiteral("family"), QStringLiteral("Berrada")},
                                {QStringLiteral("given"), QJsonArray{QStringLiteral("Salma")}}}}},
        {QStringLiteral("gender"), QStringLiteral("female")},
        {QStringLiteral("birthDate"), QStringLiteral("1988-06-21")}};
}

// Salma's CNIE, as a record holds it.
inline QJsonArray plusSalmasCnie(QJsonArray identifiers) {
    identifiers.append(QJsonObject{{QStringLiteral("system"), registry::systems::kCnie},
                                   {QStringLiteral("value"), QStringLiteral("BK123456")}});
    return identifiers;
}

// Her coverage as the server holds it: AMO through the CNSS.
inline QJsonObject theirCoverage(const QString& patientId) {
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("Coverage")},
        {QStringLiteral("id"), QStringLiteral("cov-") + patientId},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("type"),
         QJsonObject{
             {QStringLiteral("coding"),
              QJsonArray{QJsonObject{{QStringLiteral("system"), registry::systems::kCoverageRegime},
                                     {QStringLiteral("code"), QStringLiteral("AMO-CNSS")}}}}}},
        {QStringLiteral("subscriberId"), QStringLiteral("123456789")},
        {QStringLiteral("beneficiary"),
         QJsonObject{{QStringLiteral("reference"), QStringLiteral("Patient/") + patientId}}}};
}

inline QByteArray bundleOf(const QList<QJsonObject>& patients) {
    QJsonArray entries;
    for (const QJsonObject& p : patients)
        entries.append(QJsonObject{{QStringLiteral("resource"), p}});
    return QJsonDocument(QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                     {QStringLiteral("type"), QStringLiteral("searchset")},
                                     {QStringLiteral("entry"), entries}})
        .toJson(QJsonDocument::Compact);
}

class ServerCheckDesk : public SafeguardsDesk {
protected:
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<fhir::FhirClient> m_client;
    std::unique_ptr<registry::RemotePatientSearch> m_remote;

    // Salma Berrada typed in the form as a clerk does, born the day the server's one was.
    void typeSalma() {
        m_page->newPatient();
        edit("familyLatin")->setText(QStringLiteral("Berrada"));
        edit("givenLatin")->setText(QStringLiteral("Salma"));
        choose("sex", QStringLiteral("female"));
        edit("birthDate")->setText(QStringLiteral("21/06/1988"));
        choose("accountingCategory", QStringLiteral("PAYANT"));
        choose("coverageRegime", QStringLiteral("NONE"));
    }
    // The plain server's answers to the save's check of Salma (no document): what it offers,
    // then her namesakes born that day, then those born that year.
    void answerSalmaWith(const QByteArray& bundle) {
        m_server->enqueue({200, kPlainServer, {}, false});
        m_server->enqueue({200, bundle, {}, false});
        m_server->enqueue({200, bundle, {}, false});
    }
    // An unidentified patient registered here, opened for correction and given Salma's identity,
    // which the server holds as srv-salma; returns the temporary record (not saved yet).
    PatientRecord recogniseTemporaryAsSalma() {
        PatientRecord unknown;
        unknown.unidentified = true;
        unknown.sex = core::Sex::Female;
        unknown.coverageRegime = QStringLiteral("NONE");
        unknown.accountingCategory = QStringLiteral("PAYANT");
        const PatientRecord temporary =
            m_reg->registry->registerPatient(unknown, *m_shell->session->session()).value();
        m_page->searchPanel()->searchFor(temporary.ipp);
        if (!QTest::qWaitFor([this] { return results()->rowCount() == 1; }, 2000))
            return {};
        answerSalmaWith(bundleOf({theirPatient(QStringLiteral("srv-salma"))}));
        m_page->editSelected();
        form()->findChild<QCheckBox*>(QStringLiteral("unidentified"))->setChecked(false);
        edit("familyLatin")->setText(QStringLiteral("Berrada"));
        edit("givenLatin")->setText(QStringLiteral("Salma"));
        edit("birthDate")->setText(QStringLiteral("21/06/1988"));
        choose("nationality", QStringLiteral("MA"));
        return temporary;
    }
    qsizetype salmas() const { return patientsMatching(QStringLiteral("berrada salma 1988")); }
    // Saves, reading the warnings first as a clerk does (the second Ctrl+S) when they stop it.
    bool saveThroughWarnings() {
        if (form()->save())
            return true;
        return form()->formMessage()->text().startsWith(QStringLiteral("Lisez")) && form()->save();
    }

    // Saves through the warnings, handing the comparison to `act` if it comes up (left with
    // "Retour à la saisie" unless `act` closed it). A watch that ends with the save: whenModal's
    // stays on a while when no comparison comes, and closes the next test's.
    void comparingOnSave(const std::function<void(ui::DuplicateDialog*)>& act) {
        QTimer watch;
        watch.setInterval(20);
        connect(&watch, &QTimer::timeout, this, [&act] {
            auto* d = qobject_cast<ui::DuplicateDialog*>(QApplication::activeModalWidget());
            if (!d || !d->isVisible())
                return;
            act(d);
            if (d->isVisible())
                d->reject();
        });
        watch.start();
        (void)saveThroughWarnings();
    }

    void openServerDesk() {
        m_server = std::make_unique<ScriptedServer>();
        fhir::FhirClient::Config config;
        config.baseUrl = QUrl(m_server->baseUrl());
        config.retry = fhir::RetryPolicy({1, 10ms, 50ms});
        config.compressRequests = false; // bodies read as sent
        m_client = std::make_unique<fhir::FhirClient>(config);
        m_remote = std::make_unique<registry::RemotePatientSearch>(*m_client);
        m_remoteSearch = m_remote.get();
        m_serverReachable = true;
        openDesk();
    }
    void closeServerDesk() {
        // Calls still in flight (a silent server) end first, while their client lives.
        m_server.reset();
        QTest::qWait(100);
        closeDesk();
        m_remote.reset();
        m_client.reset();
    }

    // The answer the save waits for, the wait window once it is up, and a button of it.
    static QDialog* waitWindow() {
        auto* w = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        return w && w->objectName() == u"serverWait" ? w : nullptr;
    }
};

} // namespace sijil::test
