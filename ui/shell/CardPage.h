#pragma once

#include <QWidget>

class QVBoxLayout;

namespace sijil::ui {

// A full-window page whose content sits in one centred card (sign-in, first run, lock).
class CardPage : public QWidget {
    Q_OBJECT
public:
    CardPage(const QString& objectName, int maxCardWidth, QWidget* parent = nullptr);

protected:
    [[nodiscard]] QWidget* card() const { return m_card; }
    [[nodiscard]] QVBoxLayout* cardLayout() const { return m_layout; }

private:
    QWidget* m_card = nullptr;
    QVBoxLayout* m_layout = nullptr;
};

} // namespace sijil::ui
