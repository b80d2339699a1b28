#pragma once

#include <QObject>

#include <optional>

class QLineEdit;

namespace sijil::ui {

// Gives a line edit of free text the direction of what it holds, from its first strong
// character: Latin text, or digits alone, left to right ("06 12 34 56 78", "12 rue Atlas" were
// shown "78 56 34 12 06" and "rue Atlas 12" in the Arabic interface), Arabic right to left; an
// empty field the interface's. The text stays on the interface's leading side whatever its
// direction, as in the result lists (BidiItemDelegate).
class ContentDirection : public QObject {
    Q_OBJECT
public:
    // Owned by `edit`; follows it from now on.
    static void follow(QLineEdit* edit);

    // The direction `text` reads in: its first strong character's, left to right for digits
    // alone, none for an empty text or one of punctuation only.
    static std::optional<Qt::LayoutDirection> of(const QString& text);

    // A sentence of the interface, to show as a line edit's placeholder: Qt lays a placeholder
    // out in the direction of its first strong character, and the Arabic hint "IPP أو CNIE…"
    // read left to right, its words in reverse. Led by a mark of the interface's direction when
    // it starts in the other one.
    static QString interfaceSentence(const QString& text);

    // `text` as one unit within a sentence (a name, a number): its own direction inside, and
    // the sentence's around it. "Benali → El Idrissi" in Arabic was one left-to-right run, the
    // arrow pointing the wrong way.
    static QString isolated(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ContentDirection(QLineEdit* edit);
    void update();

    QLineEdit* m_edit;
};

} // namespace sijil::ui
