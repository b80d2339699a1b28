#pragma once

#include <QString>
#include <QStringList>

namespace sijil::registry {

// Names as Moroccan desks write them, reduced to forms that compare across spellings and scripts.
class NameNormalizer {
public:
    // Hamza and alef forms to bare alef, taa marbuta to haa, alef maqsura to yaa, harakat,
    // superscript alef and tatweel removed, Persian letter forms to Arabic ones, spaces collapsed.
    static QString normalizeArabic(const QString& text);
    // Accents removed, lower case, hyphens and apostrophes as spaces, spaces collapsed.
    static QString normalizeLatin(const QString& text);
    // Either of the above, chosen per word by its script.
    static QString normalize(const QString& text);
    // The words of a name, normalised, for search as you type: each word as written, particles
    // written apart ("el idrissi") also joined ("elidrissi"), and particles written joined
    // ("elidrissi", "benali", "aitali") also split ("el", "idrissi"). A search leaves out the
    // joined forms (`joinParticles` false): the index holds both forms of every name, and a joined
    // form made with a word still being typed ("el" + "idr") would match nothing.
    static QStringList tokens(const QString& text, bool joinParticles = true);
    // The words only, normalised, as typed.
    static QStringList words(const QString& text);
    // A script-independent consonant skeleton of one word: Mohamed, Mohammed, Mhamed and محمد
    // give "mhmd"; Youssef, Yousef, Youssouf and يوسف give "ysf"; Fatima, Fatema and فاطمة "ftm".
    static QString phoneticKey(const QString& word);
    // The particle a word is, made uniform ("al", "el", "ال" give "el"; "ibn", "bent", "بن" give
    // "ben"; "ou", "ait", "ايت" give "ait"; "ould", "اولاد" give "oulad"; "bel" is itself), or
    // empty for any other word.
    static QString particle(const QString& word);
    // Whether `word` is a particle mostly written glued to the name it introduces and never split
    // off it ("bel": Belhaj, Belkadi, where Belkis is no particle): typed alone, it may be the
    // beginning of such a name.
    static bool beginsGluedNames(const QString& word);
    // The skeleton of a whole name part, particles made uniform (El/Al, Ben/Ibn/Bent, Aït/Ou) and
    // spaces removed, so that "El Idrissi", "Elidrissi" and "الإدريسي" compare equal.
    static QString nameKey(const QString& namePart);
};

} // namespace sijil::registry
