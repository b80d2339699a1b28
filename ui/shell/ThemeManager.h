#pragma once

#include <QObject>
#include <QString>

namespace sijil::ui {

// The light theme and the high-contrast theme (white on black, yellow focus and selection,
// thick focus frames), applied to the whole application.
class ThemeManager : public QObject {
    Q_OBJECT
public:
    explicit ThemeManager(QObject* parent = nullptr);

    // "light" or "high-contrast"; false for anything else.
    bool apply(const QString& theme);
    [[nodiscard]] const QString& theme() const { return m_theme; }

signals:
    void themeChanged(const QString& theme);

private:
    QString m_theme;
};

} // namespace sijil::ui
