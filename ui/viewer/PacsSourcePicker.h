#pragma once

#include <sijil/imaging/PacsNode.h>

#include <QList>
#include <QObject>
#include <QString>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QWidget;

namespace sijil::core {
class Error;
}

namespace sijil::ui {

class FieldMessage;

// The site's PACS as a user picks one in a dialog: one entry per way each node is reached
// (DICOM, DICOMweb; a PACS with both is listed twice, DICOM first), and the DICOMweb account's
// password when the site named an account and no password is known yet. The password is typed
// here, never stored on disk; once the PACS accepted it (passwordAccepted), it is not asked again
// and credentialsAccepted hands it to whoever keeps it for the session.
class PacsSourcePicker : public QObject {
    Q_OBJECT
public:
    // The two widgets are created as children of `parent`, for the caller's form.
    PacsSourcePicker(QList<imaging::PacsNode> nodes, QWidget* parent);

    [[nodiscard]] QComboBox* box() const { return m_box; }
    [[nodiscard]] QLineEdit* passwordEdit() const { return m_password; }
    // Puts the list and the password as the next two rows of `form` (the caller labels them),
    // then keeps the password row shown only while one is needed and, unless `listAlone`, the
    // list row only when there is a choice.
    void addRows(QFormLayout* form, bool listAlone);

    [[nodiscard]] bool isEmpty() const { return m_sources.isEmpty(); }
    [[nodiscard]] int count() const { return int(m_sources.size()); }
    [[nodiscard]] int nodeIndex() const;
    [[nodiscard]] bool isDicomWeb() const;
    // Selects node `node` by DICOMweb (true) or DICOM; false when there is no such entry.
    bool select(int node, bool dicomWeb);
    [[nodiscard]] bool needsPassword() const;
    // The chosen node, with the password typed when one is needed.
    [[nodiscard]] imaging::PacsNode node() const;
    [[nodiscard]] QString label() const;

    // The PACS accepted the password typed for the chosen node.
    void passwordAccepted();
    // True when a password is needed and none is typed: said in `message`, the field focused.
    bool passwordMissing(FieldMessage* message);
    // After a failed exchange: an account refused puts the focus back on the password.
    void refused(const core::Error& error);
    // Entry texts in the current language.
    void retranslate();

signals:
    // Another entry was chosen.
    void changed();
    void credentialsAccepted(int node, const QString& password);

private:
    struct Source {
        int node = 0;
        bool dicomWeb = false;
    };
    [[nodiscard]] Source current() const;
    [[nodiscard]] QString labelOf(const Source& source) const;
    void updateRows();

    QList<imaging::PacsNode> m_nodes;
    QList<Source> m_sources;
    QComboBox* m_box = nullptr;
    QLineEdit* m_password = nullptr;
    QFormLayout* m_form = nullptr;
    int m_listRow = -1;
    bool m_listAlone = true;
};

} // namespace sijil::ui
