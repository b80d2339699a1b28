#include <sijil/core/Log.h>
#include <sijil/core/PatientContext.h>
#include <sijil/core/Redaction.h>

namespace sijil::core {

PatientContext::PatientContext(QObject* parent)
    : QObject(parent) {}

void PatientContext::open(const PatientSummary& patient) {
    if (m_current == patient)
        return;
    m_current = patient;
    qCInfo(lcCore) << "patient context opened" << sensitive(patient.localId);
    emit patientChanged();
}

void PatientContext::close() {
    if (!m_current)
        return;
    m_current.reset();
    emit patientChanged();
}

} // namespace sijil::core
