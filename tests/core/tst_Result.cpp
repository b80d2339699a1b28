// Errors as values: Result<T>, Result<void>, Error and the late-translated UserText they carry.
#include <sijil/core/Error.h>
#include <sijil/core/Result.h>
#include <sijil/core/UserText.h>

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace sijil::core;

namespace {

constexpr const char* kCtx = "tst_Result";

// A translator with a fixed table, so that the test does not depend on compiled .qm files.
class TableTranslator : public QTranslator {
public:
    QHash<QByteArray, QString> table;

    QString translate(const char* context, const char* source, const char* /*disambiguation*/,
                      int n) const override {
        if (QByteArray(context) != kCtx)
            return {};
        QString t = table.value(QByteArray(source));
        if (n >= 0)
            t.replace(QStringLiteral("%n"), QString::number(n));
        return t;
    }
    bool isEmpty() const override { return table.isEmpty(); }
};

Error sampleError() {
    return Error("core/sample", UserText(kCtx, "Quelque chose a échoué"),
                 QStringLiteral("technical detail"));
}

Result<int> parsePositive(int v) {
    if (v <= 0)
        return Error("core/not-positive", UserText(kCtx, "doit être positif"));
    return v;
}

} // namespace

class ResultTest : public QObject {
    Q_OBJECT

private slots:
    void valueResult() {
        const Result<int> r = parsePositive(42);
        QVERIFY(r.ok());
        QVERIFY(static_cast<bool>(r));
        QCOMPARE(r.value(), 42);
        QCOMPARE(*r, 42);
        QCOMPARE(r.valueOr(7), 42);
    }

    void errorResult() {
        const Result<int> r = parsePositive(-1);
        QVERIFY(!r.ok());
        QVERIFY(!static_cast<bool>(r));
        QCOMPARE(r.error().code(), QByteArray("core/not-positive"));
        QVERIFY(r.error().is("core/not-positive"));
        QVERIFY(!r.error().is("core/other"));
        QCOMPARE(r.valueOr(7), 7);
    }

    void arrowAndMutationReachTheValue() {
        Result<QString> r = QStringLiteral("abc");
        QCOMPARE(r->size(), 3);
        r.value().append(u'd');
        QCOMPARE(r.value(), QStringLiteral("abcd"));
    }

    void moveOnlyValuesCanBeTakenOut() {
        Result<std::unique_ptr<int>> r = std::make_unique<int>(5);
        QVERIFY(r.ok());
        std::unique_ptr<int> p = std::move(r).value();
        QVERIFY(p);
        QCOMPARE(*p, 5);
    }

    void voidResult() {
        const Status ok;
        QVERIFY(ok.ok());
        QVERIFY(static_cast<bool>(ok));

        const Status failed = sampleError();
        QVERIFY(!failed.ok());
        QVERIFY(!static_cast<bool>(failed));
        QCOMPARE(failed.error().code(), QByteArray("core/sample"));
        QCOMPARE(failed.error().detail(), QStringLiteral("technical detail"));
    }

    void errorCarriesCodeMessageAndDetail() {
        const Error e = sampleError();
        QCOMPARE(e.code(), QByteArray("core/sample"));
        QCOMPARE(e.userMessage(), QStringLiteral("Quelque chose a échoué"));
        QCOMPARE(e.detail(), QStringLiteral("technical detail"));
        QVERIFY(e.field().isEmpty());

        const Error empty;
        QVERIFY(empty.code().isEmpty());
        QVERIFY(empty.message().isEmpty());
        QVERIFY(empty.userMessage().isEmpty());
    }

    void withFieldReturnsACopy() {
        const Error e = sampleError();
        const Error f = e.withField(QStringLiteral("password"));
        QCOMPARE(f.field(), QStringLiteral("password"));
        QCOMPARE(f.code(), e.code());
        QCOMPARE(f.userMessage(), e.userMessage());
        QCOMPARE(f.detail(), e.detail());
        QVERIFY(e.field().isEmpty()); // the original is untouched
    }

    void debugOutputOmitsTheUserMessage() {
        // The user message may quote what the user typed; logs get the code and detail only.
        const Error e(
            "core/sample",
            UserText(kCtx, "Le numéro « %1 » est invalide").arg(QStringLiteral("Fatima Zahra")),
            QStringLiteral("bad checksum"));
        QString out;
        QDebug(&out) << e;
        QVERIFY2(out.contains(QStringLiteral("core/sample")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("bad checksum")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("Fatima")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("invalide")), qPrintable(out));
    }

    void userTextSubstitutesArguments() {
        const UserText t =
            UserText(kCtx, "%1 a %2 ans").arg(QStringLiteral("Amina")).arg(QStringLiteral("34"));
        QCOMPARE(t.toString(), QStringLiteral("Amina a 34 ans"));
        QVERIFY(UserText().isEmpty());
        QVERIFY(UserText().toString().isEmpty());
        QVERIFY(!t.isEmpty());
        QCOMPARE(QByteArray(t.context()), QByteArray(kCtx));
    }

    void argIsImmutable() {
        const UserText base(kCtx, "Bonjour %1");
        const UserText a = base.arg(QStringLiteral("Amina"));
        const UserText b = base.arg(QStringLiteral("Karim"));
        QCOMPARE(a.toString(), QStringLiteral("Bonjour Amina"));
        QCOMPARE(b.toString(), QStringLiteral("Bonjour Karim"));
        QCOMPARE(base.toString(), QStringLiteral("Bonjour %1"));
    }

    void placeholdersInsideArgumentsAreNotSubstitutedAgain() {
        // What a user typed may contain "%2"; it must come out as typed.
        const UserText t =
            UserText(kCtx, "%1 puis %2").arg(QStringLiteral("<%2>")).arg(QStringLiteral("fin"));
        QCOMPARE(t.toString(), QStringLiteral("<%2> puis fin"));
    }

    void upToNineArgumentsInAnyOrder() {
        UserText t(kCtx, "%9%8%7%6%5%4%3%2%1 %10");
        for (int i = 1; i <= 9; ++i)
            t = t.arg(QString::number(i));
        // Single digits only, as QString::arg: "%10" is "%1" followed by "0".
        QCOMPARE(t.toString(), QStringLiteral("987654321 10"));
        QCOMPARE(UserText(kCtx, "%1 et %3").arg(QStringLiteral("a")).toString(),
                 QStringLiteral("a et %3"));
    }

    void nestedUserTexts() {
        const UserText reason =
            UserText(kCtx, "le champ « %1 » manque").arg(QStringLiteral("facility.id"));
        const UserText t = UserText(kCtx, "Le fichier %1 est invalide : %2")
                               .arg(QStringLiteral("site.json"))
                               .arg(reason);
        QCOMPARE(t.toString(),
                 QStringLiteral("Le fichier site.json est invalide : le champ « facility.id » "
                                "manque"));
    }

    void pluralFormReplacesN() {
        QCOMPARE(UserText(kCtx, "%n fichier(s)", 3).toString(), QStringLiteral("3 fichier(s)"));
    }

    void translationHappensWhenShownIncludingNestedArguments() {
        const UserText inner(kCtx, "motif interne");
        const UserText t = UserText(kCtx, "Erreur : %1 (%2)").arg(inner).arg(QStringLiteral("x"));
        QCOMPARE(t.toString(), QStringLiteral("Erreur : motif interne (x)"));

        TableTranslator translator;
        translator.table.insert("Erreur : %1 (%2)", QStringLiteral("Error: %1 (%2)"));
        translator.table.insert("motif interne", QStringLiteral("inner reason"));
        QCoreApplication::installTranslator(&translator);
        // The same object, created before the translator existed, now reads in English.
        const QString english = t.toString();
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(english, QStringLiteral("Error: inner reason (x)"));
        QCOMPARE(t.toString(), QStringLiteral("Erreur : motif interne (x)"));
    }

    void errorMessageIsTranslatedWhenRead() {
        const Error e = sampleError();
        TableTranslator translator;
        translator.table.insert("Quelque chose a échoué", QStringLiteral("Something failed"));
        QCoreApplication::installTranslator(&translator);
        const QString english = e.userMessage();
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(english, QStringLiteral("Something failed"));
    }
};

QTEST_GUILESS_MAIN(ResultTest)
#include "tst_Result.moc"
