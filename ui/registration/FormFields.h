#pragma once

#include <sijil/core/PartialDate.h>

#include <QComboBox>
#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLineEdit;

namespace sijil::ui {

// A list of coded values shown by their labels. Not editable: the clerk picks by typing the first
// letters, so no code outside the list can be entered by mistake.
class CodeCombo : public QComboBox {
    Q_OBJECT
public:
    struct Item {
        QString code;
        QString label;
    };

    // An optional list starts with an empty entry ("—") standing for no value.
    explicit CodeCombo(bool optional, QWidget* parent = nullptr);

    // Replaces the entries, keeping the current code selected (labels change with the language).
    // `sorted` orders them by label in the current locale's collation.
    void setItems(QList<Item> items, bool sorted);
    [[nodiscard]] QString code() const;
    // A code absent from the list is added under its own code, so that nothing stored is lost.
    void setCode(const QString& code);

protected:
    // Closed, a label too long for the box ends with an ellipsis rather than being clipped, and
    // its tooltip gives it whole (ahead of the box's own tooltip, if any).
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    // The wheel turned over the form scrolls it, whatever list is under the pointer: it changed
    // that list unseen (a country of birth, a coverage), taken as the clerk's choice. A list the
    // clerk is in (it has the focus) turns with the wheel.
    void wheelEvent(QWheelEvent* event) override;

private:
    // The room the closed box gives its label.
    [[nodiscard]] int labelWidth() const;
    // Whether the current label is cut (with an ellipsis) in the closed box.
    [[nodiscard]] bool isCurrentTextCut() const;

    bool m_optional;
};

// A date typed as digits, "12/03/1975" or "12031975". A birth date may be partial: "03/1975" or
// the year alone, with a "year only" box for patients who know no more.
class DateField : public QWidget {
    Q_OBJECT
public:
    enum class Mode { FullDate, Partial };

    explicit DateField(Mode mode, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* lineEdit() const { return m_edit; }
    [[nodiscard]] QCheckBox* yearOnlyBox() const { return m_yearOnly; } // null for FullDate
    [[nodiscard]] QString text() const;

    // The invalid PartialDate when empty; nullopt when something is typed that is not a date.
    [[nodiscard]] std::optional<core::PartialDate> value() const;
    void setValue(const core::PartialDate& date);
    void clear();
    // Typed as a date, but no such day or month exists ("31/02/1988", "13/1975").
    [[nodiscard]] bool isImpossible() const;

    static std::optional<core::PartialDate> parse(const QString& text, bool partialAllowed,
                                                  bool yearOnly);
    static QString format(const core::PartialDate& date);

signals:
    void edited();
    void editingFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void tidy();

    Mode m_mode;
    QLineEdit* m_edit = nullptr;
    QCheckBox* m_yearOnly = nullptr;
};

// Keeps a line edit at least as wide as its hint (placeholder), which Qt otherwise cuts with an
// ellipsis: in whatever language and theme (the high-contrast font is larger), from now on.
void keepHintWhole(QLineEdit* edit);

// Field labels as a message names them, in the current locale's list ("Nom, Prénom et
// Téléphone"): each without its accelerator ("&Nom", or the Arabic "الاسم (&N)" whole), "&&" read
// as the '&' the label shows, and each name once (the Latin and the Arabic "Nom" are one word to
// the reader).
[[nodiscard]] QString fieldLabelList(const QStringList& labels);

} // namespace sijil::ui
