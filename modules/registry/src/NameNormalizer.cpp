#include <sijil/registry/NameNormalizer.h>

#include <QHash>

#include <algorithm>

namespace sijil::registry {

namespace {

bool isArabic(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x0600 && u <= 0x06FF) || (u >= 0x0750 && u <= 0x077F);
}

bool isArabicText(const QString& s) {
    for (const QChar c : s) {
        if (isArabic(c))
            return true;
    }
    return false;
}

// Latin particles; Aït and Ou are one Amazigh particle ("son of"), Ibn and Bent are Ben's kin.
// Bel is Ben with the article (Ben el-Haj: "Bel Haj", "Belhaj", بلحاج); it stays "bel" rather
// than Ben's kin, since it is mostly written glued, as one word, and "Bel Haj" must still meet
// "Belhaj" and بلحاج.
const QStringList kLatinParticles = {
    QStringLiteral("el"),    QStringLiteral("al"),  QStringLiteral("ben"), QStringLiteral("ibn"),
    QStringLiteral("bent"),  QStringLiteral("bel"), QStringLiteral("ait"), QStringLiteral("ou"),
    QStringLiteral("oulad"), QStringLiteral("ould")};
// Particles split off a glued word: only those that cannot begin an ordinary name, and only
// before at least three more letters ("ou" never: Oussama, Oumaima; "bel" never: Belkis).
const QStringList kGluedParticles = {QStringLiteral("el"), QStringLiteral("al"),
                                     QStringLiteral("ben"), QStringLiteral("ibn"),
                                     QStringLiteral("ait")};
const QStringList kArabicParticles = {QStringLiteral("ال"),  QStringLiteral("بن"),
                                      QStringLiteral("ابن"), QStringLiteral("بنت"),
                                      QStringLiteral("ايت"), QStringLiteral("اولاد")};

QString canonicalParticle(const QString& word) {
    if (word == u"al" || word == u"el" || word == u"ال")
        return QStringLiteral("el");
    if (word == u"ibn" || word == u"bent" || word == u"ben" || word == u"بن" || word == u"ابن" ||
        word == u"بنت")
        return QStringLiteral("ben");
    if (word == u"ou" || word == u"ait" || word == u"ايت" || word == u"او")
        return QStringLiteral("ait");
    return word;
}

// Latin letters and digraphs to consonant classes; vowels give '.', dropped after the first.
QString latinSkeleton(const QString& w) {
    QString out;
    for (qsizetype i = 0; i < w.size(); ++i) {
        const QChar c = w[i];
        const QChar n = i + 1 < w.size() ? w[i + 1] : QChar();
        auto two = [&](char16_t a, char16_t b) {
            return c == QChar(a) && n == QChar(b);
        };
        if (two(u'c', u'h') || two(u's', u'h')) {
            out += u'x';
            ++i;
        } else if (two(u'k', u'h')) {
            out += u'k';
            ++i;
        } else if (two(u'g', u'h')) {
            out += u'g';
            ++i;
        } else if (two(u't', u'h')) {
            out += u't';
            ++i;
        } else if (two(u'd', u'h')) {
            out += u'd';
            ++i;
        } else if (two(u'p', u'h')) {
            out += u'f';
            ++i;
        } else if (two(u'd', u'j')) {
            out += u'j';
            ++i;
        } else if (two(u'o', u'u')) {
            out += u'.';
            ++i;
        } else {
            switch (c.unicode()) {
            case u'a':
            case u'e':
            case u'i':
            case u'o':
            case u'u':
                out += u'.';
                break;
            case u'y':
                out += (i == 0) ? u'y' : u'.';
                break;
            case u'w':
                out += (i == 0) ? u'w' : u'.';
                break;
            case u'q':
            case u'k':
                out += u'k';
                break;
            case u'c':
                out += (n == u'e' || n == u'i') ? u's' : u'k';
                break;
            case u'p':
                out += u'b';
                break;
            case u'v':
                out += u'f';
                break;
            default:
                if (c.isLetter())
                    out += c;
            }
        }
    }
    return out;
}

QString arabicSkeleton(const QString& w) {
    static const QHash<char16_t, char16_t> map = {
        {u'ب', u'b'},
        {u'ت', u't'},
        {u'ث', u't'},
        {u'ج', u'j'},
        {u'ح', u'h'},
        {u'خ', u'k'},
        {u'د', u'd'},
        {u'ذ', u'd'},
        {u'ر', u'r'},
        {u'ز', u'z'},
        {u'س', u's'},
        {u'ش', u'x'},
        {u'ص', u's'},
        {u'ض', u'd'},
        {u'ط', u't'},
        {u'ظ', u'z'},
        {u'غ', u'g'},
        {u'ف', u'f'},
        {u'ق', u'k'},
        {u'ك', u'k'},
        {u'ل', u'l'},
        {u'م', u'm'},
        {u'ن', u'n'},
        {u'ه', u'h'},
        {u'ڭ', u'g'},
        {u'گ', u'g'},
        {u'ڤ', u'f'},
        {u'پ', u'b'},
        // Vowel carriers: a mark for the first letter only.
        {u'ا', u'.'},
        {u'ع', u'.'},
        {u'و', u'.'},
        {u'ي', u'.'},
        {u'ء', u'.'},
    };
    QString out;
    for (qsizetype i = 0; i < w.size(); ++i) {
        const char16_t c = w[i].unicode();
        if (i == 0 && c == u'ي') {
            out += u'y';
            continue;
        }
        if (i == 0 && c == u'و') {
            out += u'w';
            continue;
        }
        // A final haa is mostly a taa marbuta (فاطمة, normalised to فاطمه) or the silent one of
        // الله: Latin spellings leave it out (Fatima, Abdellah).
        if (i > 0 && i == w.size() - 1 && c == u'ه') {
            out += u'.';
            continue;
        }
        if (const auto it = map.constFind(c); it != map.constEnd())
            out += QChar(*it);
    }
    return out;
}

// Vowel marks: one leading 'a' kept (Ahmed / أحمد), the rest dropped; doubled letters once.
QString squeeze(const QString& skeleton) {
    QString out;
    for (qsizetype i = 0; i < skeleton.size(); ++i) {
        const QChar c = skeleton[i];
        if (c == u'.') {
            if (i == 0)
                out += u'a';
            continue;
        }
        if (!out.isEmpty() && out.back() == c)
            continue;
        out += c;
    }
    return out;
}

// A Latin "h" is often silent or dropped (Mohamed / Mouhamad / Mohamad keep it; Ahmed / Ahmad
// too); it is kept. Only a trailing one after a vowel goes ("Fatimah", "Aicha" vs "Aichah").
QString dropTrailingH(const QString& w) {
    if (w.size() > 2 && w.endsWith(u'h') && QStringLiteral("aeiou").contains(w[w.size() - 2]))
        return w.chopped(1);
    return w;
}

} // namespace

QString NameNormalizer::normalizeArabic(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640)
            continue; // harakat, superscript alef, tatweel
        switch (c) {
        case u'أ':
        case u'إ':
        case u'آ':
        case u'ٱ':
            out += u'ا';
            break;
        case u'ؤ':
            out += u'و';
            break;
        case u'ئ':
        case u'ى':
        case u'ی':
            out += u'ي';
            break;
        case u'ة':
        case u'ھ':
            out += u'ه';
            break;
        case u'ک':
            out += u'ك';
            break;
        case u'-':
        case u'_':
        case u'\'':
        case u'’':
            out += u' ';
            break;
        default:
            out += ch;
        }
    }
    return out.simplified();
}

QString NameNormalizer::normalizeLatin(const QString& text) {
    // Most names are plain ASCII, which decomposition leaves as it is: skip its cost.
    const bool ascii =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    const QString decomposed = ascii ? text : text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'œ' || c == u'Œ')
            out += QStringLiteral("oe");
        else if (c == u'æ' || c == u'Æ')
            out += QStringLiteral("ae");
        else if (c == u'ß')
            out += QStringLiteral("ss");
        else if (c.isLetterOrNumber())
            out += c.toLower();
        else
            out += u' ';
    }
    return out.simplified();
}

QString NameNormalizer::normalize(const QString& text) {
    // Split by hand on spaces and hyphens: this runs for every candidate of every search, and
    // a regular expression built per call cost more than the rest of the normalisation.
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !text[i].isSpace() && text[i] != u'-')
            continue;
        if (i > start) {
            const QString word = text.mid(start, i - start);
            out << (isArabicText(word) ? normalizeArabic(word) : normalizeLatin(word));
        }
        start = i + 1;
    }
    return out.join(u' ').simplified();
}

QStringList NameNormalizer::words(const QString& text) {
    return normalize(text).split(u' ', Qt::SkipEmptyParts);
}

QStringList NameNormalizer::tokens(const QString& text, bool joinParticles) {
    const QStringList ws = words(text);
    QStringList out;
    for (qsizetype i = 0; i < ws.size(); ++i) {
        const QString& w = ws[i];
        out << w;
        const bool arabic = isArabicText(w);
        const bool particle = arabic ? kArabicParticles.contains(w) : kLatinParticles.contains(w);
        if (joinParticles && particle && i + 1 < ws.size())
            out << w + ws[i + 1]; // "el idrissi" also as "elidrissi"
        if (arabic) {
            // The article is written joined: "الإدريسي" also gives "ادريسي".
            if (w.startsWith(u"ال") && w.size() > 4)
                out << QStringLiteral("ال") << w.mid(2);
            continue;
        }
        for (const QString& p : kGluedParticles) {
            if (w.size() >= p.size() + 3 && w.startsWith(p)) {
                out << p << w.mid(p.size());
                break;
            }
        }
    }
    out.removeDuplicates();
    return out;
}

QString NameNormalizer::phoneticKey(const QString& word) {
    const QString w = normalize(word).remove(u' ');
    if (w.isEmpty())
        return {};
    return squeeze(isArabicText(w) ? arabicSkeleton(w) : latinSkeleton(dropTrailingH(w)));
}

QString NameNormalizer::particle(const QString& word) {
    const QString w = normalize(word);
    if (w == u"ould" || w == u"oulad" || w == u"اولاد")
        return QStringLiteral("oulad");
    if (!kLatinParticles.contains(w) && !kArabicParticles.contains(w) && w != u"او")
        return {};
    return canonicalParticle(w);
}

bool NameNormalizer::beginsGluedNames(const QString& word) {
    return normalize(word) == u"bel";
}

QString NameNormalizer::nameKey(const QString& namePart) {
    QString joined;
    for (const QString& w : words(namePart))
        joined += canonicalParticle(w);
    // Arabic particles canonicalise to Latin ones: transliterate the whole as one Latin word.
    if (joined.isEmpty())
        return {};
    QString key;
    QString run;
    bool runArabic = false;
    for (const QChar c : joined) {
        const bool a = isArabic(c);
        if (!run.isEmpty() && a != runArabic) {
            key += runArabic ? arabicSkeleton(run) : latinSkeleton(run);
            run.clear();
        }
        runArabic = a;
        run += c;
    }
    key += runArabic ? arabicSkeleton(run) : latinSkeleton(dropTrailingH(run));
    return squeeze(key);
}

} // namespace sijil::registry
