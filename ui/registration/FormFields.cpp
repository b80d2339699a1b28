#include "FormFields.h"

#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QCollator>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyleOptionFrame>
#include <QStylePainter>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cstdlib>

namespace sijil::ui {

CodeCombo::CodeCombo(bool optional, QWidget* parent)
    : QComboBox(parent)
    , m_optional(optional) {
    setEditable(false);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    setFocusPolicy(Qt::StrongFocus); // not WheelFocus: the wheel passing over does not enter it
}

int CodeCombo::labelWidth() const {
    QStyleOptionComboBox option;
    initStyleOption(&option);
    // The style draws the label 1 px inside its field on each side.
    return style()
               ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this)
               .width() -
           2;
}

bool CodeCombo::isCurrentTextCut() const {
    return fontMetrics().horizontalAdvance(currentText()) > labelWidth();
}

void CodeCombo::paintEvent(QPaintEvent*) {
    // QComboBox::paintEvent, with the label elided.
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    option.currentText = fontMetrics().elidedText(option.currentText, Qt::ElideRight, labelWidth());
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

bool CodeCombo::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip && isCurrentTextCut()) {
        const QString own = toolTip();
        QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(),
                           own.isEmpty() ? currentText() : currentText() + u'\n' + own, this);
        return true;
    }
    return QComboBox::event(event);
}

void CodeCombo::wheelEvent(QWheelEvent* event) {
    // Never turned by the wheel, even chosen a moment ago: the pointer left resting on it while
    // the clerk scrolls on would change a country unseen, counted as the clerk's choice. The
    // arrow keys and the open list still choose.
    event->ignore();
    // To the scroll bar of the area the form scrolls in, as the area itself does.
    for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QAbstractScrollArea*>(w)) {
            const QPoint delta = event->angleDelta();
            QCoreApplication::sendEvent(std::abs(delta.x()) > std::abs(delta.y())
                                            ? area->horizontalScrollBar()
                                            : area->verticalScrollBar(),
                                        event);
            return;
        }
    }
}

void CodeCombo::setItems(QList<Item> items, bool sorted) {
    const QString keep = code();
    if (sorted) {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(items.begin(), items.end(), [&collator](const Item& a, const Item& b) {
            return collator.compare(a.label, b.label) < 0;
        });
    }
    const QSignalBlocker block(this);
    clear();
    if (m_optional)
        addItem(QStringLiteral("—"), QString());
    for (const Item& item : items)
        addItem(item.label, item.code);
    setCode(keep);
}

QString CodeCombo::code() const {
    return currentIndex() < 0 ? QString() : currentData().toString();
}

void CodeCombo::setCode(const QString& code) {
    int i = findData(code);
    if (i < 0 && !code.isEmpty()) {
        addItem(code, code);
        i = count() - 1;
    }
    setCurrentIndex(i < 0 ? 0 : i);
}

DateField::DateField(Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_mode(mode) {
    m_edit = new QLineEdit(this);
    m_edit->setMaxLength(10);
    // Digits and separators read left to right in every language.
    m_edit->setLayoutDirection(Qt::LeftToRight);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    if (mode == Mode::Partial) {
        m_yearOnly = new QCheckBox(this);
        layout->addWidget(m_yearOnly);
        connect(m_yearOnly, &QCheckBox::toggled, this, [this](bool on) {
            // Ticking keeps the year of a date already typed; the clerk need not retype it.
            if (on) {
                if (auto d = parse(m_edit->text(), true, false); d && d->isValid())
                    m_edit->setText(QString::number(d->yearValue()));
            }
            retranslate();
            emit edited();
        });
    }
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &DateField::edited);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        tidy();
        emit editingFinished();
    });
    retranslate();
}

QString DateField::text() const {
    return m_edit->text();
}

std::optional<core::PartialDate> DateField::value() const {
    return parse(m_edit->text(), m_mode == Mode::Partial, m_yearOnly && m_yearOnly->isChecked());
}

void DateField::setValue(const core::PartialDate& date) {
    if (m_yearOnly) {
        const QSignalBlocker block(m_yearOnly);
        m_yearOnly->setChecked(date.isValid() &&
                               date.precision() == core::PartialDate::Precision::Year);
    }
    m_edit->setText(format(date));
    retranslate();
}

void DateField::clear() {
    setValue({});
}

namespace {

// The shapes a date is typed in: "12/03/1975" (or with dots, dashes, spaces), "12031975",
// "03/1975".
const QRegularExpression& dmy() {
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,2})[/.\\- ](\\d{1,2})[/.\\- ](\\d{4})$"));
    return re;
}
const QRegularExpression& packed() {
    static const QRegularExpression re(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    return re;
}
const QRegularExpression& monthYear() {
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})[/.\\- ](\\d{4})$"));
    return re;
}

} // namespace

bool DateField::isImpossible() const {
    const QString text = m_edit->text().trimmed();
    const bool shaped = dmy().match(text).hasMatch() || packed().match(text).hasMatch() ||
                        (m_mode == Mode::Partial && monthYear().match(text).hasMatch());
    return shaped && !value() && !(m_yearOnly && m_yearOnly->isChecked());
}

std::optional<core::PartialDate> DateField::parse(const QString& input, bool partialAllowed,
                                                  bool yearOnly) {
    const QString text = input.trimmed();
    if (text.isEmpty())
        return core::PartialDate();
    static const QRegularExpression yearRe(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const auto year = yearRe.match(text);
    if (yearOnly) {
        if (!year.hasMatch() || text.toInt() < 1)
            return std::nullopt;
        return core::PartialDate::year(text.toInt());
    }
    for (const QRegularExpression* re : {&dmy(), &packed()}) {
        if (const auto m = re->match(text); m.hasMatch()) {
            const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
            if (!d.isValid())
                return std::nullopt;
            return core::PartialDate::fromDate(d);
        }
    }
    if (iso.match(text).hasMatch())
        return core::PartialDate::fromIso(text);
    if (!partialAllowed)
        return std::nullopt;
    if (const auto m = monthYear().match(text); m.hasMatch()) {
        const int month = m.captured(1).toInt();
        if (month < 1 || month > 12)
            return std::nullopt;
        return core::PartialDate::yearMonth(m.captured(2).toInt(), month);
    }
    if (year.hasMatch() && text.toInt() > 0)
        return core::PartialDate::year(text.toInt());
    return std::nullopt;
}

QString DateField::format(const core::PartialDate& date) {
    if (!date.isValid())
        return {};
    switch (date.precision()) {
    case core::PartialDate::Precision::Year:
        return QString::number(date.yearValue());
    case core::PartialDate::Precision::Month:
        return QStringLiteral("%1/%2")
            .arg(date.monthValue(), 2, 10, QLatin1Char('0'))
            .arg(date.yearValue());
    case core::PartialDate::Precision::Day:
        break;
    }
    return QDate(date.yearValue(), date.monthValue(), date.dayValue())
        .toString(QStringLiteral("dd/MM/yyyy"));
}

void DateField::tidy() {
    // "12031975" becomes "12/03/1975", and a year alone ticks "year only": what is on screen is
    // what will be stored. Text that is no date is left as typed, for the clerk to correct.
    const auto d = value();
    if (!d || !d->isValid())
        return;
    if (m_yearOnly && d->precision() == core::PartialDate::Precision::Year &&
        !m_yearOnly->isChecked()) {
        const QSignalBlocker block(m_yearOnly);
        m_yearOnly->setChecked(true);
        retranslate();
    }
    m_edit->setText(format(*d));
}

void DateField::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DateField::retranslate() {
    if (m_yearOnly)
        m_yearOnly->setText(tr("Année seulement"));
    const QString mask = m_yearOnly && m_yearOnly->isChecked() ? tr("aaaa") : tr("jj/mm/aaaa");
    // Left to right, as the date typed under it: an Arabic mask ("يي/شش/سسسس") would otherwise
    // be drawn with the day on the right and the year on the left.
    m_edit->setPlaceholderText(QChar(0x200E) + mask); // LEFT-TO-RIGHT MARK
}

namespace {

class HintWidth : public QObject {
public:
    explicit HintWidth(QLineEdit* edit)
        : QObject(edit)
        , m_edit(edit) {
        edit->installEventFilter(this);
    }

    bool eventFilter(QObject*, QEvent* event) override {
        switch (event->type()) {
        case QEvent::Show:
        case QEvent::LanguageChange:
        case QEvent::StyleChange:
        case QEvent::FontChange:
            // Once the form has set the new hint (its own LanguageChange may come after ours).
            QTimer::singleShot(0, this, [this] { update(); });
            break;
        default:
            break;
        }
        return false;
    }

private:
    // What QLineEdit keeps around its text: its frame and padding, its text margins, 2 px a side.
    void update() {
        QStyleOptionFrame option;
        option.initFrom(m_edit);
        option.rect = QRect(0, 0, 1000, m_edit->height());
        option.lineWidth =
            m_edit->hasFrame()
                ? m_edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, m_edit)
                : 0;
        option.state |= QStyle::State_Sunken;
        const QRect text = m_edit->style()
                               ->subElementRect(QStyle::SE_LineEditContents, &option, m_edit)
                               .marginsRemoved(m_edit->textMargins());
        const int chrome = option.rect.width() - text.width() + 4;
        m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(m_edit->placeholderText()) +
                                chrome);
    }

    QLineEdit* m_edit;
};

} // namespace

void keepHintWhole(QLineEdit* edit) {
    new HintWidth(edit);
}

namespace {

// As Qt draws a label: "&&" is a '&', a lone '&' marks the next letter; the "(&X)" form (Arabic,
// where the letter is not in the word) goes whole, with the space before it.
QString withoutAccelerator(const QString& label) {
    QString out;
    out.reserve(label.size());
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar c = label.at(i);
        if (c == u'&') {
            if (++i < label.size())
                out += label.at(i);
        } else if (c == u'(' && i + 3 < label.size() && label.at(i + 1) == u'&' &&
                   label.at(i + 2) != u'&' && label.at(i + 3) == u')') {
            while (!out.isEmpty() && out.back().isSpace())
                out.chop(1);
            i += 3;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QString fieldLabelList(const QStringList& labels) {
    QStringList names;
    for (const QString& label : labels) {
        const QString name = withoutAccelerator(label);
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return QLocale().createSeparatedList(names);
}

} // namespace sijil::ui
