#pragma once

#include <sijil/record/ImagingStudyLink.h>

#include <QToolButton>

namespace sijil::core {
class PatientContext;
}
namespace sijil::record {
class PatientImaging;
}

namespace sijil::ui {

// The open patient's imaging studies in the shared record, as a toolbar menu read afresh from
// the local store each time it opens (sync may have brought new ones). Picking one asks the page
// to open it (studyChosen). Without a patient open, or without studies, the menu says so.
class SharedStudiesButton : public QToolButton {
    Q_OBJECT
public:
    explicit SharedStudiesButton(QWidget* parent = nullptr);

    void setSource(core::PatientContext* patient, const record::PatientImaging* imaging);
    // Fills the menu now (it also does so each time it is about to show).
    void rebuild();

signals:
    void studyChosen(const sijil::record::ImagingStudyLink& study);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    core::PatientContext* m_patient = nullptr;
    const record::PatientImaging* m_imaging = nullptr;
};

} // namespace sijil::ui

Q_DECLARE_METATYPE(sijil::record::ImagingStudyLink)
