#pragma once

// What the desk's safeguard tests share: fields filled as a clerk does, a registered patient with
// a CNIE, a save watched for the duplicate comparison, a scanned zone watched for its question.
#include "AdmissionDesk.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>

#include <functional>

namespace sijil::test {

class SafeguardsDesk : public AdmissionDesk {
protected:
    QLineEdit* edit(const char* field) const {
        return qobject_cast<QLineEdit*>(form()->inputFor(QString::fromLatin1(field)));
    }
    void choose(const char* field, const QString& code) const {
        auto* combo = qobject_cast<QComboBox*>(form()->inputFor(QString::fromLatin1(field)));
        QVERIFY(combo);
        const int index = combo->findData(code);
        QVERIFY2(index >= 0, qPrintable(code));
        combo->setCurrentIndex(index);
    }
    PatientRecord withCnie(const QString& family, const QString& given, const QDate& birth,
                           core::Sex sex, const QString& cnie, const QDate& expiry = {}) {
        PatientRecord r;
        r.documentExpiry = expiry;
        r.name = core::PersonName(family, given);
        r.birthDate = core::PartialDate::fromDate(birth);
        r.sex = sex;
        r.documentType = registry::DocumentType::Cnie;
        r.documentNumber = cnie;
        r.nationality = QStringLiteral("MA");
        r.accountingCategory = QStringLiteral("PAYANT");
        r.coverageRegime = QStringLiteral("NONE");
        return m_reg->registry->registerPatient(r, *m_shell->session->session()).value();
    }
    // What the comparison showed, if saving brought it up: its candidates' headers, the one
    // selected first and the button that saves anyway; left with "Retour à la saisie".
    struct Shown {
        bool shown = false;
        QStringList headers;
        QString firstId;
        QString saveAnyway;
        friend bool operator==(const Shown&, const Shown&) = default;
    };
    static Shown holderShown(const PatientRecord& holder, const QString& saveAnyway) {
        return {true, {QStringLiteral("Même pièce d'identité")}, holder.id, saveAnyway};
    }
    // Saves as Ctrl+S does, running `look` on the comparison if it comes up, then leaving it
    // with "Retour à la saisie". A watch that ends with the save: whenModal's would stay on a
    // while when no comparison comes, and close the next test's.
    void saveLookingAt(const std::function<void(ui::DuplicateDialog*)>& look) {
        QTimer watch;
        watch.setInterval(20);
        connect(&watch, &QTimer::timeout, this, [&] {
            auto* d = qobject_cast<ui::DuplicateDialog*>(QApplication::activeModalWidget());
            if (!d || !d->isVisible())
                return;
            look(d);
            d->reject();
        });
        watch.start();
        (void)form()->save(); // the outcome is what the test looks at
    }
    Shown saveLookingAtTheComparison() {
        Shown shown;
        saveLookingAt([&shown](ui::DuplicateDialog* d) {
            shown.shown = true;
            for (int c = 1; c < d->table()->columnCount(); ++c)
                shown.headers << d->table()->horizontalHeaderItem(c)->text();
            shown.firstId = d->chosenId();
            shown.saveAnyway = d->createButton()->text();
        });
        return shown;
    }

    // The question a scanned zone brought up, if any, answered with `button`.
    struct Asked {
        QString question;
        QString changes; // as read: without the marks that keep each value's direction
        QString changesShown;
        QString defaultButton;
    };
    Asked scanAnswering(const QString& zone, const QString& button) {
        Asked asked;
        // A watch that ends with the scan: whenModal's would stay on a while and close the next
        // test's dialogs.
        QTimer watch;
        watch.setInterval(20);
        connect(&watch, &QTimer::timeout, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"confirmDocumentIdentity" || !box->isVisible())
                return;
            asked.question = box->text();
            asked.changesShown = box->informativeText();
            asked.changes = asked.changesShown;
            asked.changes.remove(QChar(0x2068)).remove(QChar(0x2069));
            asked.defaultButton = box->defaultButton() ? box->defaultButton()->text() : QString();
            for (QAbstractButton* b : box->buttons()) {
                if (b->text() == button)
                    b->click();
            }
            if (box->isVisible())
                box->reject();
        });
        watch.start();
        m_page->applyScannedZone(zone); // the question, if any, ran within
        return asked;
    }
};

} // namespace sijil::test
