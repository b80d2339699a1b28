#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace sijil::sync {
class SyncLogModel;
}

namespace sijil::ui {

// The sync log, for the site administrator: the latest cycles and why any failed.
class SyncLogDialog : public QDialog {
    Q_OBJECT
public:
    explicit SyncLogDialog(sync::SyncLogModel& model, QWidget* parent = nullptr);

    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    sync::SyncLogModel& m_model;
    QLabel* m_summary = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace sijil::ui
