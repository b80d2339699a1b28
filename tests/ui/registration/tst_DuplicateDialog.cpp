// The duplicate comparison dialog: what the clerk sees of a candidate's differing fields.
#include <sijil/registry/ReferenceData.h>

#include <QHeaderView>
#include <QTableWidget>
#include <QtTest>

#include <registration/DuplicateDialog.h>
#include <shell/ThemeManager.h>

using namespace sijil;
using namespace Qt::StringLiterals;

namespace {

// How many pixels of a cell, as drawn on screen, have this colour (to 8 bits a channel).
int pixelsOf(QTableWidget* table, int row, int column, const QColor& colour) {
    const QImage shot = table->viewport()->grab().toImage();
    const QRect cell = table->visualRect(table->model()->index(row, column));
    int n = 0;
    for (int y = cell.top(); y <= cell.bottom(); ++y) {
        for (int x = cell.left(); x <= cell.right(); ++x)
            n += shot.pixel(x, y) == colour.rgb() ? 1 : 0;
    }
    return n;
}

} // namespace

class DuplicateDialogTest : public QObject {
    Q_OBJECT

private slots:
    // The candidate column being chosen keeps its differences marked: the selection colour
    // painted over every cell of the column, so the clerk about to choose it could no longer see
    // which of its fields differ from the entry.
    void theChosenColumnStillShowsItsDifferences_data() {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << u"light"_s;
        QTest::newRow("high-contrast") << u"high-contrast"_s;
    }
    void theChosenColumnStillShowsItsDifferences() {
        QFETCH(QString, theme);
        ui::ThemeManager themes;
        QVERIFY(themes.apply(theme));
        const auto reference = registry::ReferenceData::load({});
        QVERIFY(reference);
        registry::PatientRecord entered;
        entered.name = core::PersonName(u"Tazi"_s, u"Karim"_s, {}, {});
        entered.sex = core::Sex::Male;
        entered.phone = u"+212612345678"_s;
        registry::PatientHit hit;
        hit.record = entered;
        hit.record.id = u"p-1"_s;
        hit.record.ipp = u"1000K"_s;
        hit.record.phone = u"+212600000000"_s;
        ui::DuplicateDialog dialog(entered, {hit}, *reference);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget* table = dialog.table();
        QCOMPARE(dialog.table()->currentColumn(), 1);
        QVERIFY(table->selectionModel()->isColumnSelected(1, {}));

        int phoneRow = -1;
        int sameRow = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            const bool differs = table->item(r, 1)->data(ui::DuplicateDialog::DiffersRole).toBool();
            if (differs && table->item(r, 1)->text().contains(u"600000"_s))
                phoneRow = r;
            if (!differs && r > 0 && table->item(r, 1)->text() == u"Tazi Karim"_s)
                sameRow = r;
        }
        QVERIFY(phoneRow >= 0);
        const QColor tint = table->item(phoneRow, 1)->background().color();
        // Most of the differing cell still shows the tint, selected as it is.
        const QRect cell = table->visualRect(table->model()->index(phoneRow, 1));
        const int area = cell.width() * cell.height();
        const int tinted = pixelsOf(table, phoneRow, 1, tint);
        QVERIFY2(tinted > area / 3,
                 qPrintable(u"%1 of %2 pixels show the difference's tint"_s.arg(tinted).arg(area)));
        // A cell that does not differ is not tinted, selected or not.
        if (sameRow >= 0)
            QCOMPARE(pixelsOf(table, sameRow, 1, tint), 0);
        // The selection still shows: the column is outlined in the highlight colour, and the
        // differing cell of the column not chosen (the entry) is drawn otherwise.
        const QColor highlight = table->palette().color(QPalette::Highlight);
        QVERIFY(pixelsOf(table, phoneRow, 1, highlight) > 0);
        QCOMPARE(pixelsOf(table, phoneRow, 0, highlight), 0);
        // Inside the highlight, a band that stands out from the tint it borders (3:1 at least,
        // WCAG 1.4.11): in high contrast the highlight alone was 1.03:1 against the tint.
        const QColor text = table->palette().color(QPalette::Text);
        const QColor base = table->palette().color(QPalette::Base);
        const QColor inner = ui::DuplicateDialog::contrastRatio(text, tint) >=
                                     ui::DuplicateDialog::contrastRatio(base, tint)
                                 ? text
                                 : base;
        QVERIFY2(ui::DuplicateDialog::contrastRatio(inner, tint) >= 3.0,
                 qPrintable(inner.name() + u" on "_s + tint.name()));
        QVERIFY(pixelsOf(table, phoneRow, 1, inner) > 0);
        QVERIFY(themes.apply(u"light"_s));
    }
    // A survivor the local check found through a record merged into it here: that record's IPP
    // is named under the survivor's, and nothing says the merge was the central server's.
    void aSurvivorNamesTheRecordItWasFoundThrough() {
        const auto reference = registry::ReferenceData::load({});
        QVERIFY(reference);
        registry::PatientRecord entered;
        entered.name = core::PersonName(u"Tazi"_s, u"Karim"_s, {}, {});
        entered.sex = core::Sex::Male;
        registry::PatientHit hit;
        hit.record = entered;
        hit.record.id = u"p-1"_s;
        hit.record.ipp = u"1000K"_s;
        registry::PatientRecord merged = entered;
        merged.id = u"p-2"_s;
        merged.ipp = u"1001H"_s;
        hit.foundThrough << merged;
        ui::DuplicateDialog dialog(entered, {hit}, *reference);
        const QString ipp = dialog.table()->item(0, 1)->text();
        QCOMPARE(ipp, u"1000K\nRemplace le dossier IPP 1001H, fusionné avec celui-ci"_s);
    }
};

QTEST_MAIN(DuplicateDialogTest)
#include "tst_DuplicateDialog.moc"
