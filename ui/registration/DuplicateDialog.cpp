#include "DuplicateDialog.h"

#include <sijil/registry/PatientSearchModel.h>
#include <sijil/registry/ReferenceData.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <shell/BidiItemDelegate.h>

namespace sijil::ui {

namespace {

using Script = core::PersonName::Script;

QString countryName(const registry::ReferenceData& ref, const QString& code) {
    if (auto c = ref.country(code))
        return registry::ReferenceData::label(c->name, QLocale().language());
    return code;
}

QString regimeName(const registry::ReferenceData& ref, const QString& code) {
    if (auto c = ref.coverageRegime(code))
        return registry::ReferenceData::label(c->label, QLocale().language());
    return code;
}

// Compared as a clerk reads them: case and spacing aside.
QString comparable(const QString& s) {
    return s.simplified().toCaseFolded();
}

QString joinNonEmpty(const QStringList& parts) {
    QStringList kept;
    for (const QString& p : parts) {
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    }
    return kept.join(QStringLiteral(", "));
}

// WCAG 2 relative luminance.
qreal luminance(const QColor& c) {
    const auto channel = [](qreal v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// The chosen column is shown by an outline in the highlight colour (and by its header), not by
// repainting its cells: the selection colour covered the tint of the fields that differ, in the
// very column the clerk was about to choose.
class ChosenColumnDelegate : public BidiItemDelegate {
public:
    using BidiItemDelegate::BidiItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        if (!(option.state & QStyle::State_Selected)) {
            BidiItemDelegate::paint(painter, option, index);
            return;
        }
        // Over the selection colour the view has laid under the row, the cell's own ground.
        painter->fillRect(option.rect, option.palette.brush(QPalette::Base));
        QStyleOptionViewItem cell = option;
        cell.state &= ~QStyle::State_Selected;
        BidiItemDelegate::paint(painter, cell, index);
        // Two tones: the highlight colour, then inside it whichever of the theme's text and base
        // colours stands out from the cell's own ground (the tint of a differing field is the
        // highlight colour lightened: an outline in that colour alone vanished on it).
        const QVariant ground = index.data(Qt::BackgroundRole);
        const QColor cellGround =
            ground.canConvert<QBrush>() && ground.value<QBrush>().style() != Qt::NoBrush
                ? ground.value<QBrush>().color()
                : option.palette.color(QPalette::Base);
        const QColor text = option.palette.color(QPalette::Text);
        const QColor base = option.palette.color(QPalette::Base);
        const QColor inner = DuplicateDialog::contrastRatio(text, cellGround) >=
                                     DuplicateDialog::contrastRatio(base, cellGround)
                                 ? text
                                 : base;
        outline(painter, option.rect, index, 0, 3, option.palette.color(QPalette::Highlight));
        outline(painter, option.rect, index, 3, 2, inner);
    }

private:
    // A band `width` wide, `inset` inside the column's edges (its sides in every cell, its top
    // in the first row and its bottom in the last).
    static void outline(QPainter* painter, const QRect& r, const QModelIndex& index, int inset,
                        int width, const QColor& colour) {
        painter->fillRect(QRect(r.left() + inset, r.top(), width, r.height()), colour);
        painter->fillRect(QRect(r.right() - inset - width + 1, r.top(), width, r.height()), colour);
        if (index.row() == 0)
            painter->fillRect(QRect(r.left(), r.top() + inset, r.width(), width), colour);
        if (index.row() == index.model()->rowCount() - 1)
            painter->fillRect(QRect(r.left(), r.bottom() - inset - width + 1, r.width(), width),
                              colour);
    }
};

} // namespace

DuplicateDialog::DuplicateDialog(const registry::PatientRecord& entered,
                                 const QList<registry::PatientHit>& candidates,
                                 const registry::ReferenceData& reference, QWidget* parent,
                                 Purpose purpose)
    : QDialog(parent)
    , m_entered(entered)
    , m_candidates(candidates)
    , m_reference(reference) {
    setObjectName(QStringLiteral("duplicateDialog"));
    setWindowTitle(tr("Ce patient est peut-être déjà enregistré"));
    resize(1000, 560);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    switch (purpose) {
    case Purpose::Create:
        m_intro->setText(
            tr("Des patients déjà enregistrés ressemblent à celui que vous saisissez. "
               "Comparez-les (les différences sont surlignées) ; choisissez une colonne "
               "avec les flèches. « C'est ce patient » ouvre son dossier, ses champs vides "
               "complétés par votre saisie. Créer un doublon éparpille le dossier du patient."));
        break;
    case Purpose::Correct:
        m_intro->setText(
            tr("Un autre patient enregistré a cette pièce d'identité. Comparez-les (les "
               "différences sont surlignées) : s'il s'agit de lui, ouvrez son dossier (la "
               "correction n'est pas enregistrée) ; sinon vérifiez le numéro saisi."));
        break;
    case Purpose::Identify:
        m_intro->setText(
            tr("Des patients déjà enregistrés ressemblent à l'identité que vous donnez à ce "
               "patient non identifié. Comparez-les (les différences sont surlignées). "
               "« C'est ce patient » ouvre son dossier et place les deux dossiers dans la file "
               "des doublons, pour être fusionnés ; l'identité saisie n'est pas enregistrée."));
        break;
    }
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("comparison"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setItemDelegate(new ChosenColumnDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Each choice has its Alt key. Enter goes back to the entry: the clerk who pressed it once to
    // save and once more before reading drops nothing and creates nothing.
    m_existing = new QPushButton(
        purpose == Purpose::Correct ? tr("&Ouvrir ce patient") : tr("&C'est ce patient"), this);
    m_existing->setObjectName(QStringLiteral("useExisting"));
    m_create = new QPushButton(
        purpose == Purpose::Create ? tr("Créer &quand même") : tr("Enregistrer &quand même"), this);
    m_create->setObjectName(QStringLiteral("createAnyway"));
    m_back = new QPushButton(tr("&Retour à la saisie"), this);
    m_back->setObjectName(QStringLiteral("backToEntry"));
    m_back->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_existing);
    buttons->addWidget(m_create);
    buttons->addStretch();
    buttons->addWidget(m_back);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_existing, &QPushButton::clicked, this, [this] { finish(Choice::Existing); });
    connect(m_create, &QPushButton::clicked, this, [this] { finish(Choice::CreateAnyway); });
    connect(m_back, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this] { m_existing->setEnabled(candidateColumn() >= 0); });
    fill();
    m_table->setFocus();
}

QList<DuplicateDialog::Row> DuplicateDialog::rowsOf(const registry::PatientRecord& r,
                                                    const registry::ReferenceData& ref) {
    const QString birthPlace = joinNonEmpty(
        {r.birthCity, r.birthCountry.isEmpty() ? QString() : countryName(ref, r.birthCountry)});
    const QString residence = joinNonEmpty({r.address, r.commune, r.city});
    QString emergency = r.emergencyName;
    if (!r.emergencyPhone.isEmpty())
        emergency += QStringLiteral(" — ") + r.emergencyPhone;
    QString coverage = r.coverageRegime.isEmpty() ? QString() : regimeName(ref, r.coverageRegime);
    if (!r.affiliationNumber.isEmpty())
        coverage += QStringLiteral(" — ") + r.affiliationNumber;
    return {
        {tr("IPP"), r.ipp},
        {tr("Nom (latin)"), r.name.display(Script::Latin)},
        {tr("Nom (arabe)"), r.name.display(Script::Arabic)},
        {tr("Sexe"),
         r.sex == core::Sex::Unknown ? QString() : registry::PatientSearchModel::sexText(r.sex)},
        {tr("Date de naissance"),
         r.birthDate.isValid() ? r.birthDate.toDisplayString() : QString()},
        {tr("Lieu de naissance"), birthPlace},
        {tr("Nationalité"), r.nationality.isEmpty() ? QString() : countryName(ref, r.nationality)},
        {tr("Pièce d'identité"), registry::PatientSearchModel::documentText(r)},
        {tr("Téléphone"), r.phone},
        {tr("Adresse"), residence},
        {tr("Personne à prévenir"), emergency},
        {tr("Couverture"), coverage},
    };
}

void DuplicateDialog::fill() {
    const QList<Row> entered = rowsOf(m_entered, m_reference);
    m_table->setRowCount(int(entered.size()));
    m_table->setColumnCount(1 + int(m_candidates.size()));
    QStringList rowLabels;
    for (const Row& row : entered)
        rowLabels << row.label;
    m_table->setVerticalHeaderLabels(rowLabels);
    QStringList headers{tr("Saisie en cours")};
    for (const registry::PatientHit& hit : m_candidates) {
        const QString likeness =
            registry::holdSameDocument(m_entered, hit)     ? tr("Même pièce d'identité")
            : hit.match.cls == registry::MatchClass::Match ? tr("Très probablement le même")
                                                           : tr("Peut-être le même");
        // Registered at another site: chosen, the record is kept here from the central server.
        headers << (hit.serverOnly ? tr("%1 (serveur central)").arg(likeness) : likeness);
    }
    m_table->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < entered.size(); ++r)
        m_table->setItem(r, 0, new QTableWidgetItem(entered[r].value));
    for (int c = 0; c < m_candidates.size(); ++c) {
        QList<Row> rows = rowsOf(m_candidates[c].record, m_reference);
        // Found through records merged into it (here or on the server): their IPP (and
        // document) is what matched, not this record's own, and is named under its IPP.
        if (const QString through = registry::foundThroughIpps(m_candidates[c]); !through.isEmpty())
            rows[0].value +=
                u'\n' + tr("Remplace le dossier IPP %1, fusionné avec celui-ci").arg(through);
        for (int r = 0; r < rows.size(); ++r) {
            auto* item = new QTableWidgetItem(rows[r].value);
            // The IPP is the existing record's own: not a difference to look at.
            const bool differs = r > 0 && comparable(rows[r].value) != comparable(entered[r].value);
            item->setData(DiffersRole, differs);
            if (differs) {
                markDifference(item, palette());
                item->setToolTip(tr("Diffère de la saisie"));
            }
            m_table->setItem(r, c + 1, item);
        }
    }
    m_table->resizeRowsToContents();
    if (!m_candidates.isEmpty())
        m_table->setCurrentCell(0, 1);
    m_existing->setEnabled(candidateColumn() >= 0);
}

namespace {

// WCAG 2 relative luminance.
} // namespace

qreal DuplicateDialog::contrastRatio(const QColor& a, const QColor& b) {
    const qreal x = luminance(a) + 0.05;
    const qreal y = luminance(b) + 0.05;
    return std::max(x, y) / std::min(x, y);
}

void DuplicateDialog::markDifference(QTableWidgetItem* item, const QPalette& palette) {
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    const QColor tint = palette.color(QPalette::Highlight).lighter(170);
    item->setBackground(tint);
    // Black reads better than white on a tint of luminance above about 0.18.
    item->setForeground(luminance(tint) > 0.179 ? QColor(Qt::black) : QColor(Qt::white));
}

int DuplicateDialog::candidateColumn() const {
    const int column = m_table->currentColumn();
    return column >= 1 && column <= m_candidates.size() ? column - 1 : -1;
}

QString DuplicateDialog::chosenId() const {
    const int c = candidateColumn();
    return c < 0 ? QString() : m_candidates[c].record.id;
}

void DuplicateDialog::finish(Choice choice) {
    if (choice == Choice::Existing && candidateColumn() < 0)
        return;
    m_choice = choice;
    accept();
}

} // namespace sijil::ui
