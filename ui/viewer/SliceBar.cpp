#include "SliceBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>

namespace sijil::ui {

SliceBar::SliceBar(QWidget* parent)
    : QWidget(parent) {
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setEnabled(false);
    m_position = new QLabel(this);
    m_loading = new QLabel(this);
    m_loading->setObjectName(QStringLiteral("loading"));
    m_loading->hide();
    m_fps = new QSpinBox(this);
    m_fps->setRange(1, 60);
    m_fps->setValue(10);
    m_cine = new QTimer(this);
    m_cine->setInterval(1000 / m_fps->value());
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_loading);
    layout->addWidget(m_position);
    layout->addWidget(m_fps);
    connect(m_slider, &QSlider::valueChanged, this, &SliceBar::sliceRequested);
    connect(m_cine, &QTimer::timeout, this, [this] {
        if (m_count > 0)
            emit sliceRequested((m_slider->value() + 1) % m_count);
    });
    connect(m_fps, &QSpinBox::valueChanged, this,
            [this](int fps) { m_cine->setInterval(1000 / fps); });
    retranslate();
}

void SliceBar::setSlice(int current, int count) {
    m_count = current < 0 ? 0 : count;
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, std::max(0, m_count - 1));
    m_slider->setEnabled(m_count > 1);
    m_slider->setValue(std::max(0, current));
    if (m_count == 0)
        m_position->clear();
    else
        m_position->setText(tr("%1 / %2").arg(current + 1).arg(count));
    if (m_count < 2)
        m_cine->stop();
}

void SliceBar::setLoading(int done, int total) {
    m_loading->setVisible(total > 1 && done < total);
    if (m_loading->isVisibleTo(this))
        m_loading->setText(tr("Chargement %1 %").arg(100 * done / total));
}

void SliceBar::setPlaying(bool playing) {
    if (playing && m_count > 1)
        m_cine->start();
    else
        m_cine->stop();
}

bool SliceBar::isPlaying() const {
    return m_cine->isActive();
}

void SliceBar::retranslate() {
    m_fps->setSuffix(tr(" im/s"));
    m_fps->setToolTip(tr("Vitesse de lecture ciné, en images par seconde"));
    m_slider->setAccessibleName(tr("Coupe"));
}

void SliceBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace sijil::ui
