#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QSpinBox;
class QTimer;

namespace sijil::ui {

// Under the panes: the active pane's slice as a slider and "n / total", and the cine (playing
// the slices in a loop at a chosen number of images per second).
class SliceBar : public QWidget {
    Q_OBJECT
public:
    explicit SliceBar(QWidget* parent = nullptr);

    // `current` -1 (or `count` 0): nothing shown.
    void setSlice(int current, int count);
    // The series decoded in the background: shown while under way, hidden when done.
    void setLoading(int done, int total);
    void setPlaying(bool playing);
    [[nodiscard]] bool isPlaying() const;

signals:
    // The user moved the slider, or the cine moved to the next slice.
    void sliceRequested(int index);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QSlider* m_slider = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_loading = nullptr;
    QSpinBox* m_fps = nullptr;
    QTimer* m_cine = nullptr;
    int m_count = 0;
};

} // namespace sijil::ui
