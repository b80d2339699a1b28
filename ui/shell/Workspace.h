#pragma once

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace sijil::core {
class PatientContext;
}

namespace sijil::ui {

class PatientBanner;

// The signed-in part of the main window: the areas' navigation on the leading side, the patient
// banner on top, the current area below it.
class Workspace : public QWidget {
    Q_OBJECT
public:
    struct Area {
        QString id;
        const char* title;       // QT_TRANSLATE_NOOP("sijil::ui::Workspace", ...)
        const char* description; // shown while the area has no screens of its own
        QString icon;            // resource path
    };

    explicit Workspace(core::PatientContext& patient, QWidget* parent = nullptr);

    // The capability areas, in navigation order.
    static const QList<Area>& areas();
    // Installs an area's real screens in place of its placeholder (used as areas land).
    void setAreaWidget(const QString& id, QWidget* widget);
    void showArea(const QString& id);
    [[nodiscard]] QString currentArea() const;
    // Gives the keyboard to the current area: back to the field its user was on, else to where
    // the area starts (its focus proxy: the admission desk's search), else to the navigation.
    void focusCurrentArea();
    [[nodiscard]] QListWidget* navigation() const { return m_nav; }
    // Asks each area holding unsaved work (PendingWork), shown first, whether it may be dropped;
    // whether the user may leave.
    [[nodiscard]] bool confirmLeaving();

signals:
    void currentAreaChanged(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    // As wide as its longest name needs, in the current language and theme.
    void fitNavigation();

    QListWidget* m_nav = nullptr;
    QStackedWidget* m_pages = nullptr;
    PatientBanner* m_banner = nullptr;
};

} // namespace sijil::ui
