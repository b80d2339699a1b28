#pragma once

#include <QWidget>

class QLabel;

namespace sijil::ui {

// A capability area's page while its screens are not installed on this workstation: says what the
// area is for, and nothing more.
class AreaPage : public QWidget {
    Q_OBJECT
public:
    AreaPage(const char* title, const char* description, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    const char* m_title;
    const char* m_description;
    QLabel* m_heading = nullptr;
    QLabel* m_body = nullptr;
};

} // namespace sijil::ui
