#pragma once

#include <sijil/registry/PatientRegistry.h>

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace sijil::registry {
class ReferenceData;
}

namespace sijil::ui {

// Before a new patient is created: the record being entered and each registered patient it may
// be, side by side field by field, differences highlighted. The clerk opens the existing record
// ("C'est ce patient", Alt+C) or creates the new one anyway (Alt+Q); a correction is saved anyway.
// Enter, the default, goes back to the entry: never a choice made before reading.
class DuplicateDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Cancel, Existing, CreateAnyway };
    // A new patient, or a correction that gives a registered one a document another holds.
    // Create: a new patient. Correct: a correction gives a document another patient holds.
    // Identify: a temporary identity is given its real one.
    enum class Purpose { Create, Correct, Identify };
    // Set on a cell of a candidate column whose value differs from the entered one.
    static constexpr int DiffersRole = Qt::UserRole + 1;

    DuplicateDialog(const registry::PatientRecord& entered,
                    const QList<registry::PatientHit>& candidates,
                    const registry::ReferenceData& reference, QWidget* parent = nullptr,
                    Purpose purpose = Purpose::Create);

    [[nodiscard]] Choice choice() const { return m_choice; }
    // The id of the candidate chosen with "C'est ce patient".
    [[nodiscard]] QString chosenId() const;
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QPushButton* existingButton() const { return m_existing; }
    [[nodiscard]] QPushButton* createButton() const { return m_create; }

    // The rows compared: a label and the value shown for each field.
    struct Row {
        QString label;
        QString value;
    };
    [[nodiscard]] static QList<Row> rowsOf(const registry::PatientRecord& record,
                                           const registry::ReferenceData& reference);
    // A compared value that differs: bold, on a tint of the theme's highlight, in black or white,
    // whichever reads on that tint (the text colour of the high-contrast theme, white, was lost
    // on its pale yellow).
    static void markDifference(QTableWidgetItem* item, const QPalette& palette);
    // WCAG 2 contrast ratio of two colours, 1 to 21.
    [[nodiscard]] static qreal contrastRatio(const QColor& a, const QColor& b);

private:
    void fill();
    void finish(Choice choice);
    [[nodiscard]] int candidateColumn() const;

    registry::PatientRecord m_entered;
    QList<registry::PatientHit> m_candidates;
    const registry::ReferenceData& m_reference;
    Choice m_choice = Choice::Cancel;
    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_existing = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_back = nullptr;
};

} // namespace sijil::ui
