#include "PacsSourcePicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>

#include <shell/FieldMessage.h>

namespace sijil::ui {

PacsSourcePicker::PacsSourcePicker(QList<imaging::PacsNode> nodes, QWidget* parent)
    : QObject(parent)
    , m_nodes(std::move(nodes)) {
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        if (m_nodes.at(i).hasDimse())
            m_sources.append({i, false});
        if (m_nodes.at(i).hasDicomWeb())
            m_sources.append({i, true});
    }
    m_box = new QComboBox(parent);
    m_box->setObjectName(QStringLiteral("pacsSource"));
    m_password = new QLineEdit(parent);
    m_password->setObjectName(QStringLiteral("pacsPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    retranslate();
    connect(m_box, &QComboBox::currentIndexChanged, this, [this] {
        m_password->clear();
        retranslate();
        updateRows();
        emit changed();
    });
}

PacsSourcePicker::Source PacsSourcePicker::current() const {
    const int i = m_box->currentIndex();
    return i >= 0 && i < int(m_sources.size()) ? m_sources.at(i) : Source{};
}

int PacsSourcePicker::nodeIndex() const {
    return current().node;
}

bool PacsSourcePicker::isDicomWeb() const {
    return !isEmpty() && current().dicomWeb;
}

bool PacsSourcePicker::select(int node, bool dicomWeb) {
    for (int i = 0; i < int(m_sources.size()); ++i) {
        if (m_sources.at(i).node == node && m_sources.at(i).dicomWeb == dicomWeb) {
            m_box->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

bool PacsSourcePicker::needsPassword() const {
    if (!isDicomWeb())
        return false;
    const imaging::PacsNode& n = m_nodes.at(current().node);
    return !n.username.isEmpty() && n.password.isEmpty();
}

imaging::PacsNode PacsSourcePicker::node() const {
    imaging::PacsNode n = m_nodes.value(current().node);
    if (needsPassword())
        n.password = m_password->text();
    return n;
}

QString PacsSourcePicker::labelOf(const Source& source) const {
    const imaging::PacsNode& n = m_nodes.at(source.node);
    const QString address = source.dicomWeb
                                ? n.dicomWebUrl.host()
                                : QStringLiteral("%1@%2:%3").arg(n.aeTitle, n.host).arg(n.port);
    const QString name = n.name.isEmpty() ? address : n.name;
    return source.dicomWeb ? tr("%1 — DICOMweb (%2)").arg(name, address)
                           : tr("%1 — DICOM (%2)").arg(name, address);
}

QString PacsSourcePicker::label() const {
    return isEmpty() ? QString() : labelOf(current());
}

void PacsSourcePicker::addRows(QFormLayout* form, bool listAlone) {
    m_form = form;
    m_listAlone = listAlone;
    m_listRow = form->rowCount();
    form->addRow(QString(), m_box);
    form->addRow(QString(), m_password);
    updateRows();
}

void PacsSourcePicker::updateRows() {
    if (!m_form)
        return;
    m_form->setRowVisible(m_listRow, m_listAlone || count() > 1);
    m_form->setRowVisible(m_listRow + 1, needsPassword());
}

bool PacsSourcePicker::passwordMissing(FieldMessage* message) {
    if (!needsPassword() || !m_password->text().isEmpty())
        return false;
    message->show(
        core::UserText("sijil::ui::PacsSourcePicker",
                       QT_TRANSLATE_NOOP("sijil::ui::PacsSourcePicker",
                                         "Saisissez le mot de passe du compte DICOMweb.")));
    m_password->setFocus();
    return true;
}

void PacsSourcePicker::refused(const core::Error& error) {
    if (error.is("imaging/dicomweb-unauthorized") && m_password->isVisible())
        m_password->setFocus();
}

void PacsSourcePicker::passwordAccepted() {
    if (!needsPassword())
        return;
    const int node = current().node;
    const QString password = m_password->text();
    m_nodes[node].password = password;
    m_password->clear();
    updateRows();
    emit credentialsAccepted(node, password);
}

void PacsSourcePicker::retranslate() {
    const int chosen = m_box->currentIndex();
    {
        const QSignalBlocker block(m_box);
        m_box->clear();
        for (const Source& s : m_sources)
            m_box->addItem(labelOf(s));
        m_box->setCurrentIndex(std::max(chosen, 0));
    }
    m_password->setPlaceholderText(
        isEmpty() ? QString()
                  : tr("mot de passe du compte « %1 »").arg(m_nodes.at(current().node).username));
}

} // namespace sijil::ui
