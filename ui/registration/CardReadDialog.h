#pragma once

#include <sijil/identity/DocumentReading.h>
#include <sijil/identity/MrzData.h>

#include <QDate>
#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace sijil::identity {
class ReaderPlugin;
class TrustStore;
} // namespace sijil::identity

namespace sijil::ui {

class FieldMessage;
class CardReadRelay;

// Reads the chip of a CNIE or passport at the desk: the reader (the list follows readers and
// cards coming and going), the key (the 6-digit CAN printed on the card, kept only while the
// dialog is open, or the MRZ typed through MrzDialog), then the read on a worker thread with one
// line per step. The outcome shows the photo, the passive authentication verdict in plain words
// and the fields the chip gave; "Remplir la fiche" takes them, and is disabled when the data are
// refused (altered or not verifiable). Any failure (card taken out, reader unplugged, wrong key,
// not an ID document) says why, and "Réessayer" reads again.
class CardReadDialog : public QDialog {
    Q_OBJECT
public:
    CardReadDialog(identity::ReaderPlugin& readers, const identity::TrustStore* trust,
                   QWidget* parent = nullptr, QDate today = QDate::currentDate());
    ~CardReadDialog() override;

    // The key from a zone typed or scanned beforehand.
    void setMrz(const identity::MrzData& mrz);

    // Starts a read with the reader and key chosen; does nothing while one runs or when the
    // read button is disabled.
    void startRead();
    [[nodiscard]] bool isReading() const { return m_reading; }
    // The last successful read (whatever its verdict).
    [[nodiscard]] const std::optional<identity::DocumentReadResult>& result() const {
        return m_result;
    }

    [[nodiscard]] QComboBox* readerBox() const { return m_reader; }
    [[nodiscard]] QLineEdit* canEdit() const { return m_can; }
    [[nodiscard]] QPushButton* mrzButton() const { return m_mrzButton; }
    [[nodiscard]] QPushButton* readButton() const { return m_read; }
    [[nodiscard]] QPushButton* confirmButton() const { return m_confirm; }
    [[nodiscard]] QLabel* progressLabel() const { return m_step; }
    [[nodiscard]] QLabel* verdictLabel() const { return m_verdict; }
    [[nodiscard]] QLabel* photoLabel() const { return m_photo; }
    [[nodiscard]] QLabel* fieldsLabel() const { return m_fields; }
    [[nodiscard]] FieldMessage* message() const { return m_message; }

    // The registration form fields a zone fills (RegistrationForm names), in the clerk's words.
    static QStringList fieldsFromChip(const identity::MrzData& mrz);

signals:
    void readFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;
    void done(int result) override;

private:
    void retranslate();
    void refreshReaders();
    void updateButtons();
    void enterMrz();
    void showStep(identity::DocumentReading::Step step);
    void finishRead();
    void showResult();
    void clearResult();

    identity::ReaderPlugin& m_readers;
    const identity::TrustStore* m_trust = nullptr;
    QDate m_today;
    std::optional<identity::MrzData> m_mrz;
    std::optional<identity::DocumentReadResult> m_result;
    std::shared_ptr<CardReadRelay> m_relay;
    bool m_reading = false;
    bool m_failed = false;

    QLabel* m_intro = nullptr;
    QLabel* m_readerLabel = nullptr;
    QComboBox* m_reader = nullptr;
    QLabel* m_canLabel = nullptr;
    QLineEdit* m_can = nullptr;
    QPushButton* m_mrzButton = nullptr;
    QLabel* m_mrzState = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_step = nullptr;
    FieldMessage* m_message = nullptr;
    QLabel* m_photo = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_fields = nullptr;
    QPushButton* m_read = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace sijil::ui
