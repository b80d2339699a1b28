#pragma once

#include <sijil/core/Identifier.h>
#include <sijil/core/PartialDate.h>
#include <sijil/core/PersonName.h>
#include <sijil/core/Sex.h>

#include <QObject>

#include <optional>

namespace sijil::core {

// What the banner shows about the open patient; enough to tell patients apart at a glance.
struct PatientSummary {
    QString localId; // the record's id in the local store
    Identifier ipp;
    PersonName name;
    Sex sex = Sex::Unknown;
    PartialDate birthDate;

    friend bool operator==(const PatientSummary&, const PatientSummary&) = default;
};

// The one patient every area works on. Owned by the composition root and handed to each area,
// so that opening a patient anywhere changes the banner and every area at once. It is cleared
// when the session ends or is taken over by another user.
class PatientContext : public QObject {
    Q_OBJECT
public:
    explicit PatientContext(QObject* parent = nullptr);

    [[nodiscard]] const std::optional<PatientSummary>& current() const { return m_current; }
    [[nodiscard]] bool hasPatient() const { return m_current.has_value(); }

    void open(const PatientSummary& patient);
    void close();

signals:
    void patientChanged();

private:
    std::optional<PatientSummary> m_current;
};

} // namespace sijil::core
