#include "PopulationGenerator.h"

#include <sijil/registry/PatientValidator.h>

#include <QStringList>

#include <vector>

namespace sijil::registry::testing {

namespace {

struct Name {
    const char* latin;
    const char* arabic;
};

// Frequent Moroccan given names, as civil registers write them in each script.
const Name kMale[] = {
    {"Mohamed", "محمد"},
    {"Ahmed", "أحمد"},
    {"Youssef", "يوسف"},
    {"Hassan", "حسن"},
    {"Hamid", "حميد"},
    {"Rachid", "رشيد"},
    {"Said", "سعيد"},
    {"Abdelkader", "عبد القادر"},
    {"Abdellah", "عبد الله"},
    {"Mustapha", "مصطفى"},
    {"Karim", "كريم"},
    {"Khalid", "خالد"},
    {"Omar", "عمر"},
    {"Othmane", "عثمان"},
    {"Driss", "إدريس"},
    {"Brahim", "براهيم"},
    {"Hicham", "هشام"},
    {"Nabil", "نبيل"},
    {"Yassine", "ياسين"},
    {"Amine", "أمين"},
    {"Mehdi", "مهدي"},
    {"Hamza", "حمزة"},
    {"Ayoub", "أيوب"},
    {"Anass", "أنس"},
    {"Ismail", "إسماعيل"},
    {"Zakaria", "زكرياء"},
    {"Badr", "بدر"},
    {"Tarik", "طارق"},
    {"Jamal", "جمال"},
    {"Kamal", "كمال"},
    {"Noureddine", "نور الدين"},
    {"Abderrahim", "عبد الرحيم"},
    {"Abdelaziz", "عبد العزيز"},
    {"Lahcen", "لحسن"},
    {"Mbarek", "مبارك"},
    {"Aziz", "عزيز"},
    {"Fouad", "فؤاد"},
    {"Soufiane", "سفيان"},
    {"Bilal", "بلال"},
    {"Reda", "رضا"},
    {"Adil", "عادل"},
    {"Samir", "سمير"},
    {"Tayeb", "الطيب"},
    {"Jaouad", "جواد"},
    {"Mourad", "مراد"},
    {"Younes", "يونس"},
    {"Ilyas", "إلياس"},
    {"Walid", "وليد"},
    {"Hakim", "حكيم"},
    {"Larbi", "العربي"},
    {"Miloud", "ميلود"},
    {"Abdeslam", "عبد السلام"},
    {"Abdelhak", "عبد الحق"},
    {"Taoufik", "توفيق"},
    {"Zouhair", "زهير"},
    {"Ghali", "غالي"},
    {"Chakib", "شكيب"},
    {"Salah", "صلاح"},
    {"Hassane", "حسان"},
    {"Ali", "علي"},
};
const Name kFemale[] = {
    {"Fatima", "فاطمة"},   {"Khadija", "خديجة"}, {"Aicha", "عائشة"},    {"Zineb", "زينب"},
    {"Meryem", "مريم"},    {"Salma", "سلمى"},    {"Nadia", "نادية"},    {"Naima", "نعيمة"},
    {"Latifa", "لطيفة"},   {"Samira", "سميرة"},  {"Malika", "مليكة"},   {"Hafsa", "حفصة"},
    {"Imane", "إيمان"},    {"Hanane", "حنان"},   {"Asmae", "أسماء"},    {"Ghita", "غيثة"},
    {"Hind", "هند"},       {"Sanae", "سناء"},    {"Loubna", "لبنى"},    {"Nawal", "نوال"},
    {"Souad", "سعاد"},     {"Rachida", "رشيدة"}, {"Karima", "كريمة"},   {"Saida", "سعيدة"},
    {"Hayat", "حياة"},     {"Wafae", "وفاء"},    {"Houda", "هدى"},      {"Kenza", "كنزة"},
    {"Yasmine", "ياسمين"}, {"Amina", "أمينة"},   {"Halima", "حليمة"},   {"Zahra", "زهرة"},
    {"Rkia", "رقية"},      {"Touria", "ثريا"},   {"Btissam", "ابتسام"}, {"Siham", "سهام"},
    {"Ilham", "إلهام"},    {"Najat", "نجاة"},    {"Jamila", "جميلة"},   {"Bouchra", "بشرى"},
    {"Mounia", "منية"},    {"Wiam", "وئام"},     {"Oumaima", "أميمة"},  {"Chaimae", "شيماء"},
    {"Hajar", "هاجر"},     {"Ikram", "إكرام"},   {"Rim", "ريم"},        {"Soukaina", "سكينة"},
    {"Layla", "ليلى"},     {"Nisrine", "نسرين"}, {"Mariam", "مريام"},
};
const Name kFamily[] = {
    {"Alaoui", "العلوي"},      {"El Idrissi", "الإدريسي"}, {"Bennani", "بناني"},
    {"Tazi", "التازي"},        {"El Fassi", "الفاسي"},     {"Berrada", "برادة"},
    {"Chraibi", "الشرايبي"},   {"Benjelloun", "بنجلون"},   {"Sqalli", "السقلي"},
    {"Lahlou", "لحلو"},        {"Benkirane", "بنكيران"},   {"Amrani", "العمراني"},
    {"Ouazzani", "الوزاني"},   {"Kettani", "الكتاني"},     {"Naciri", "الناصري"},
    {"Squalli", "الصقلي"},     {"El Amrani", "العمراني"},  {"Benali", "بنعلي"},
    {"Ait Ahmed", "آيت أحمد"}, {"Ait Ali", "آيت علي"},     {"Ouahbi", "وهبي"},
    {"Zniber", "زنيبر"},       {"Mernissi", "المرنيسي"},   {"Bouzidi", "البوزيدي"},
    {"Haddad", "الحداد"},      {"Najjar", "النجار"},       {"Kabbaj", "القباج"},
    {"Sebti", "السبتي"},       {"Slaoui", "السلاوي"},      {"Rifi", "الريفي"},
    {"Soussi", "السوسي"},      {"Doukkali", "الدكالي"},    {"Rhazi", "الغازي"},
    {"Filali", "الفيلالي"},    {"Zemmouri", "الزموري"},    {"Hajji", "الحجي"},
    {"Moussaoui", "الموساوي"}, {"Belhaj", "بلحاج"},        {"Benmoussa", "بنموسى"},
    {"Boukhari", "البخاري"},   {"Cherkaoui", "الشرقاوي"},  {"Gharbi", "الغربي"},
    {"Jabri", "الجابري"},      {"Karimi", "الكريمي"},      {"Lamrani", "لمراني"},
    {"Mansouri", "المنصوري"},  {"Nejjar", "نجار"},         {"Ouali", "والي"},
    {"Rami", "رامي"},          {"Saadi", "السعدي"},        {"Tahiri", "الطاهري"},
    {"Yacoubi", "اليعقوبي"},   {"Zahraoui", "الزهراوي"},   {"Bakkali", "البقالي"},
    {"Chami", "الشامي"},       {"Dahmani", "الدحماني"},    {"Ennaji", "الناجي"},
    {"Fadili", "الفاضلي"},     {"Guessous", "جسوس"},       {"Harrak", "الحراق"},
    {"Iraqi", "العراقي"},      {"Jaidi", "الجعيدي"},       {"Khatib", "الخطيب"},
    {"Lazrak", "الأزرق"},      {"Marrakchi", "المراكشي"},  {"Nouri", "النوري"},
    {"Oufkir", "أوفقير"},      {"Qadiri", "القادري"},      {"Rachidi", "الرشيدي"},
    {"Sbai", "السباعي"},       {"Touzani", "التوزاني"},    {"Wahbi", "الوهبي"},
    {"Zaki", "زكي"},           {"Bouazza", "بوعزة"},       {"Chafik", "شفيق"},
    {"Daoudi", "الداودي"},     {"El Ouafi", "الوافي"},     {"Fikri", "فكري"},
    {"Ghazi", "غازي"},         {"Hamdaoui", "الحمداوي"},   {"Idrissi", "إدريسي"},
    {"Jazouli", "الجزولي"},    {"Kadiri", "القديري"},      {"Lamarti", "المرتي"},
    {"Mahjoubi", "المحجوبي"},  {"Nassiri", "النصيري"},     {"Ouardi", "الوردي"},
    {"Raiss", "الرايس"},       {"Sefrioui", "الصفريوي"},   {"Tounsi", "التونسي"},
    {"Zerhouni", "الزرهوني"},  {"Benbrahim", "بنبراهيم"},  {"Benchekroun", "بنشقرون"},
    {"Bensouda", "بنسودة"},    {"Bouabid", "بوعبيد"},      {"Elmalki", "المالكي"},
    {"Hilali", "الهلالي"},     {"Jebari", "الجباري"},      {"Kharbouch", "خربوش"},
};
const char* kCities[] = {"Casablanca", "Rabat",       "Fès",     "Marrakech", "Tanger", "Agadir",
                         "Meknès",     "Oujda",       "Kénitra", "Tétouan",   "Safi",   "El Jadida",
                         "Nador",      "Béni Mellal", "Taza",    "Khouribga", "Settat", "Larache"};

template <typename T, std::size_t N>
constexpr int count(const T (&)[N]) {
    return static_cast<int>(N);
}

QString u8(const char* s) {
    return QString::fromUtf8(s);
}

// Transliteration variants desks actually write.
const QList<QStringList>& variantTable() {
    static const std::vector<std::vector<const char*>> rows = {
        {"Mohamed", "Mohammed", "Mohamad", "Mhamed", "Mouhamad", "Muhammad"},
        {"Youssef", "Yousef", "Youssouf", "Yusuf"},
        {"Fatima", "Fatema", "Fatimah"},
        {"Khadija", "Khadidja", "Khadeeja"},
        {"Aicha", "Aïcha", "Aisha"},
        {"Mustapha", "Mostafa", "Moustafa"},
        {"Abdelkader", "Abdelqader", "Abd El Kader"},
        {"Abdellah", "Abdallah", "Abdella"},
        {"Othmane", "Otmane", "Outhmane"},
        {"El Idrissi", "Elidrissi", "Al Idrissi"},
        {"El Fassi", "Elfassi", "Al Fassi"},
        {"Ait Ahmed", "Aït Ahmed", "Ou Ahmed"},
        {"Ait Ali", "Aït Ali", "Ou Ali"},
        {"Benali", "Ben Ali", "Ibn Ali"},
        {"Hassan", "Hasan"},
        {"Meryem", "Maryam", "Mariem"},
        {"Ghita", "Ghitah"},
        {"Rachid", "Rachide", "Rashid"},
    };
    static const QList<QStringList> table = [] {
        QList<QStringList> out;
        for (const auto& row : rows) {
            QStringList r;
            for (const char* s : row)
                r << QString::fromUtf8(s);
            out << r;
        }
        return out;
    }();
    return table;
}

} // namespace

PopulationGenerator::PopulationGenerator(quint32 seed)
    : m_random(seed) {}

MatchInput PopulationGenerator::person() {
    MatchInput p;
    const bool female = chance(0.5);
    const Name& given = female ? kFemale[below(count(kFemale))] : kMale[below(count(kMale))];
    const Name& family = kFamily[below(count(kFamily))];
    const double scripts = m_random.generateDouble();
    QString givenLatin = u8(given.latin);
    QString familyLatin = u8(family.latin);
    // A register writes one spelling; which one varies from person to person.
    for (const QStringList& row : variantTable()) {
        if (row.first() == givenLatin && chance(0.4))
            givenLatin = row[below(static_cast<int>(row.size()))];
        if (row.first() == familyLatin && chance(0.4))
            familyLatin = row[below(static_cast<int>(row.size()))];
    }
    if (scripts < 0.7)
        p.name = core::PersonName(familyLatin, givenLatin, u8(family.arabic), u8(given.arabic));
    else if (scripts < 0.9)
        p.name = core::PersonName(familyLatin, givenLatin);
    else
        p.name = core::PersonName({}, {}, u8(family.arabic), u8(given.arabic));
    p.sex = female ? core::Sex::Female : core::Sex::Male;
    const QDate born = QDate(1935, 1, 1).addDays(below(32000));
    p.birthDate = core::PartialDate::fromDate(born);
    if (chance(0.8)) {
        const QString letters = QStringLiteral("ABCDEFGHIJKLMNPQRSTUVWXYZ");
        QString doc;
        for (int i = 0, n = 1 + below(2); i < n; ++i)
            doc += letters[below(static_cast<int>(letters.size()))];
        doc += QStringLiteral("%1").arg(below(1000000), 6, 10, QChar(u'0'));
        p.documentNumber = doc;
    }
    if (chance(0.7))
        p.phone = QStringLiteral("0%1%2")
                      .arg(chance(0.5) ? 6 : 7)
                      .arg(below(100000000), 8, 10, QChar(u'0'));
    p.birthPlace = u8(kCities[below(count(kCities))]);
    return p;
}

QString PopulationGenerator::typo(const QString& word) {
    if (word.size() < 3)
        return word;
    QString w = word;
    const int i = 1 + below(static_cast<int>(w.size()) - 2); // desks rarely miss the first letter
    const QString letters = QStringLiteral("abdefhiklmnorstuyz");
    switch (below(4)) {
    case 0:
        w[i] = letters[below(static_cast<int>(letters.size()))];
        break;
    case 1:
        w.remove(i, 1);
        break;
    case 2:
        w.insert(i, letters[below(static_cast<int>(letters.size()))]);
        break;
    default:
        if (i + 1 < w.size())
            std::swap(w[i], w[i + 1]);
    }
    return w;
}

QString PopulationGenerator::variant(const QString& latin) {
    for (const QStringList& row : variantTable()) {
        if (row.contains(latin)) {
            const QString other = row[below(static_cast<int>(row.size()))];
            if (other != latin)
                return other;
        }
    }
    // No listed variant: the spelling habits that produce them.
    QString w = latin;
    if (w.contains(QStringLiteral("ou")))
        return w.replace(w.indexOf(QStringLiteral("ou")), 2, QStringLiteral("u"));
    if (w.endsWith(u'a'))
        return w + u'h';
    for (qsizetype i = 1; i + 1 < w.size(); ++i) {
        if (w[i] == w[i + 1])
            return w.remove(i, 1);
    }
    return w.replace(QStringLiteral("e"), QStringLiteral("a"));
}

MatchInput PopulationGenerator::duplicateOf(const MatchInput& original) {
    using Script = core::PersonName::Script;
    MatchInput d = original;
    const int corruptions = 1 + below(3);
    for (int c = 0; c < corruptions; ++c) {
        switch (below(9)) {
        case 0: // a typo in the family or the given name, in Latin
            if (d.name.hasScript(Script::Latin)) {
                if (chance(0.5))
                    d.name.setFamily(Script::Latin, typo(d.name.family(Script::Latin)));
                else
                    d.name.setGiven(Script::Latin, typo(d.name.given(Script::Latin)));
            }
            break;
        case 1: // another transliteration
            if (d.name.hasScript(Script::Latin)) {
                d.name.setGiven(Script::Latin, variant(d.name.given(Script::Latin)));
                if (chance(0.5))
                    d.name.setFamily(Script::Latin, variant(d.name.family(Script::Latin)));
            }
            break;
        case 2: // written in one script only
            if (d.name.hasScript(Script::Latin) && d.name.hasScript(Script::Arabic)) {
                const Script drop = chance(0.5) ? Script::Latin : Script::Arabic;
                d.name.setFamily(drop, {});
                d.name.setGiven(drop, {});
            }
            break;
        case 3: { // family and given name swapped
            for (Script s : {Script::Latin, Script::Arabic}) {
                const QString f = d.name.family(s);
                d.name.setFamily(s, d.name.given(s));
                d.name.setGiven(s, f);
            }
            break;
        }
        case 4: // only the birth year known
            d.birthDate = core::PartialDate::year(d.birthDate.yearValue());
            break;
        case 5: // day and month swapped
            if (d.birthDate.precision() == core::PartialDate::Precision::Day &&
                d.birthDate.dayValue() <= 12 && d.birthDate.dayValue() != d.birthDate.monthValue())
                d.birthDate = core::PartialDate::fromDate(QDate(
                    d.birthDate.yearValue(), d.birthDate.dayValue(), d.birthDate.monthValue()));
            break;
        case 6: // phone not given, or a new one
            d.phone = chance(0.5)
                          ? QString()
                          : QStringLiteral("06%1").arg(below(100000000), 8, 10, QChar(u'0'));
            break;
        case 7: // no ID document this time
            d.documentNumber.clear();
            break;
        default: // birth place not asked
            d.birthPlace.clear();
        }
    }
    return d;
}

PopulationGenerator::Population PopulationGenerator::generate(int size, double duplicateShare) {
    Population pop;
    pop.people.reserve(size);
    while (pop.people.size() < size) {
        if (pop.people.size() > 10 && chance(duplicateShare)) {
            const int original = below(static_cast<int>(pop.people.size()));
            pop.personIds << pop.personIds[original];
            pop.people << duplicateOf(pop.people[original]);
        } else {
            pop.personIds << static_cast<int>(pop.people.size());
            pop.people << person();
        }
    }
    return pop;
}

PatientRecord PopulationGenerator::record(const MatchInput& in) {
    PatientRecord r;
    r.name = in.name;
    r.birthDate = in.birthDate;
    r.sex = in.sex;
    if (!in.documentNumber.isEmpty()) {
        r.documentType = DocumentType::Cnie;
        r.documentNumber = in.documentNumber;
    }
    if (PatientValidator::phoneE164(in.phone))
        r.phone = in.phone;
    r.birthCity = in.birthPlace;
    r.nationality = QStringLiteral("MA");
    r.accountingCategory = QStringLiteral("PAYANT");
    r.coverageRegime = QStringLiteral("NONE");
    return r;
}

} // namespace sijil::registry::testing
