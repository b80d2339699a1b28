#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace sijil::core {
class PatientContext;
}

namespace sijil::ui {

// The strip above every area that says which patient is open: names in both scripts, sex, birth
// date and age, IPP. Always visible, so that nobody charts on the wrong patient.
class PatientBanner : public QFrame {
    Q_OBJECT
public:
    explicit PatientBanner(core::PatientContext& context, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    core::PatientContext& m_context;
    QLabel* m_latinName = nullptr;
    QLabel* m_arabicName = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_ipp = nullptr;
    QToolButton* m_close = nullptr;
};

} // namespace sijil::ui
