#pragma once

#include <sijil/core/UserText.h>

#include <QLabel>

namespace sijil::ui {

// The message shown right under a form field (or a form): hidden when empty, re-translated on a
// language switch, announced to screen readers through its accessible name.
class FieldMessage : public QLabel {
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Info };

    explicit FieldMessage(QWidget* parent = nullptr);

    void show(const core::UserText& text, Kind kind = Kind::Error);
    void clear();
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const core::UserText& userText() const { return m_text; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    core::UserText m_text;
    Kind m_kind = Kind::Error;
};

} // namespace sijil::ui
