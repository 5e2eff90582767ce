// The German translation and the German locale: the .ts files are complete and keep their
// placeholders, the app speaks German when asked, German number entry works, and the exports
// keep a decimal point whatever the locale (interchange-v1.md).
#include "Conversions.h"
#include "JournalSession.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "desktop/Translations.h"
#include "dialogs/PreferencesDialog.h"
#include "quietlegs/core/DemoJournal.h"
#include "quietlegs/io/CsvExport.h"
#include "quietlegs/io/FhirExport.h"
#include "quietlegs/io/InterchangeJson.h"
#include "quietlegs/storage/Journal.h"
#include "report/ReportView.h"
#include "today/DailyFactorsForm.h"
#include "today/NightForm.h"
#include "today/AttentionStrip.h"
#include "today/IntakePanel.h"
#include "today/TodayView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <clocale>
#include <cstdio>
#include <memory>
#include <utility>

using namespace quietlegs;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "unfinished", "vanished", ... or empty when finished
};

QList<TsMessage> readTs(const QString& path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            current = TsMessage{context, {}, {}, {}};
        else if (name == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either text, or <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages << current;
        }
    }
    if (xml.hasError())
        messages.clear();
    return messages;
}

/// %1..%99 and %n, sorted: a translation must use exactly the source's.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

/// Keyboard accelerators: "&x" that is not "&&" and not an HTML entity such as "&amp;".
int acceleratorCount(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("&(?!&|[a-zA-Z]+;|#\\d+;)(?=\\S)"));
    int count = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

QString sourceDir()
{
    return QStringLiteral(QUIETLEGS_TRANSLATIONS_DIR);
}

} // namespace

class TranslationsTests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void germanIsCompleteAndKeepsPlaceholders();
    void englishPluralsAreFinished();
    void germanWindowSpeaksGerman();
    void germanSpinBoxAcceptsDecimalComma();
    void exportsKeepADecimalPointUnderGermanLocale();
    void languageChoiceIsStoredForTheNextStart();
    void reportFromTheAppIsGerman();
    void alertOnTodayReadsGerman();
    void germanTodayKeepsItsTwoColumnsAt1280x860();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_journalDir;
    bool m_germanCLocale = false;
};

void TranslationsTests::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_journalDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("QuietLegsTests"));
    QCoreApplication::setApplicationName(QStringLiteral("QuietLegsTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings().clear();

    // CTest runs this under LANG=de_DE.UTF-8 with a locale compiled into the build tree
    // (LOCPATH): QApplication has then set the C library's numbers to German, as on a German
    // desktop. Without that locale the export test still checks QLocale's German default.
    m_germanCLocale = *std::localeconv()->decimal_point == ',';
    if (!m_germanCLocale)
        qWarning("de_DE.UTF-8 is not available to the C library: LC_NUMERIC is not exercised");

    const QLocale locale = Translations::install(qApp, QStringLiteral("de"));
    QCOMPARE(locale.language(), QLocale::German);
    QCOMPARE(QLocale().language(), QLocale::German);
}

void TranslationsTests::germanIsCompleteAndKeepsPlaceholders()
{
    const QList<TsMessage> messages = readTs(sourceDir() + QStringLiteral("/quietlegs_de.ts"));
    QVERIFY2(messages.size() > 500, "quietlegs_de.ts is missing or unreadable");
    for (const TsMessage& m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
        QVERIFY2(m.type.isEmpty(), qPrintable(where + QStringLiteral(" is ") + m.type));
        for (const QString& translation : m.translations) {
            QVERIFY2(!translation.isEmpty(), qPrintable(where + QStringLiteral(" is empty")));
            QVERIFY2(placeholders(translation) == placeholders(m.source),
                     qPrintable(where + QStringLiteral(": placeholders differ in ") + translation));
            QVERIFY2(acceleratorCount(translation) == acceleratorCount(m.source),
                     qPrintable(where + QStringLiteral(": accelerators differ in ") + translation));
            // Spin box suffixes (" mg") and list separators (", ") keep their spaces.
            QVERIFY2(translation.front().isSpace() == m.source.front().isSpace()
                         && translation.back().isSpace() == m.source.back().isSpace(),
                     qPrintable(where + QStringLiteral(": leading or trailing space differs")));
        }
    }
}

void TranslationsTests::englishPluralsAreFinished()
{
    const QList<TsMessage> messages =
        readTs(sourceDir() + QStringLiteral("/quietlegs_en_GB.ts"));
    QVERIFY2(!messages.isEmpty(), "quietlegs_en_GB.ts is missing or unreadable");
    for (const TsMessage& m : messages) {
        QVERIFY2(m.type.isEmpty(), qPrintable(m.source + QStringLiteral(" is ") + m.type));
        QCOMPARE(m.translations.size(), 2); // singular and plural
        for (const QString& translation : m.translations)
            QCOMPARE(placeholders(translation), placeholders(m.source));
    }
}

void TranslationsTests::germanWindowSpeaksGerman()
{
    JournalSession session;
    QVERIFY(session.open(m_journalDir.filePath(QStringLiteral("journal.sqlite"))).ok());
    MainWindow window(&session);
    window.show();

    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text();
    QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(u' ')));
    QVERIFY2(menus.contains(QStringLiteral("&Bearbeiten")), qPrintable(menus.join(u' ')));
    QVERIFY2(menus.contains(QStringLiteral("&Hilfe")), qPrintable(menus.join(u' ')));

    // Today: the sleep diary's labels and the save button.
    QStringList labels;
    for (QLabel* label : window.todayView()->findChildren<QLabel*>())
        labels << label->text();
    QVERIFY2(labels.contains(QStringLiteral("&Ins Bett:")), qPrintable(labels.join(u'|')));
    QVERIFY2(labels.contains(QStringLiteral("&Licht aus:")), qPrintable(labels.join(u'|')));
    QStringList buttons;
    for (QPushButton* button : window.todayView()->findChildren<QPushButton*>())
        buttons << button->text();
    QVERIFY2(buttons.contains(QStringLiteral("Speichern")), qPrintable(buttons.join(u'|')));

    // A name from the Qt-free layers, translated in the GUI (DisplayNames).
    QStringList items;
    for (QComboBox* box : window.todayView()->findChildren<QComboBox*>())
        for (int i = 0; i < box->count(); ++i)
            items << box->itemText(i);
    QVERIFY2(items.contains(QStringLiteral("Eisen")), qPrintable(items.join(u'|')));

    // A rule of the core, met while typing, in German (NightForm's ruleText).
    QLineEdit* finalWake = nullptr;
    QLineEdit* outOfBed = nullptr;
    for (QLineEdit* edit : window.todayView()->nightForm()->findChildren<QLineEdit*>()) {
        if (edit->accessibleName().startsWith(QStringLiteral("Endgültig wach")))
            finalWake = edit;
        if (edit->accessibleName().startsWith(QStringLiteral("Aufgestanden")))
            outOfBed = edit;
    }
    QVERIFY(finalWake && outOfBed);
    QTest::keyClicks(finalWake, QStringLiteral("06:30"));
    QTest::keyClicks(outOfBed, QStringLiteral("06:20"));
    auto* message = window.findChild<QLabel*>(QStringLiteral("message_out_of_bed"));
    QVERIFY(message);
    QCOMPARE(message->text(), QStringLiteral("Aufgestanden: liegt vor „Endgültig wach“ (06:30)"));

    // Alt+letter reaches one thing: in every section (and every tab of one), the German
    // accelerators of the visible labels, buttons and tabs and of the menu bar all differ.
    auto* stack = window.findChild<QStackedWidget*>();
    QVERIFY(stack);
    // The accelerators in use and the ones used twice.
    const auto visibleAccelerators = [&window, &menus] {
        QMultiHash<QChar, QString> owners;
        const auto note = [&owners](const QString& text) {
            static const QRegularExpression accelerator(QStringLiteral("&([^&\\s])"));
            if (const auto m = accelerator.match(text); m.hasMatch())
                owners.insert(m.captured(1).at(0).toLower(), text);
        };
        for (const QString& menu : menus)
            note(menu);
        for (QLabel* label : window.findChildren<QLabel*>())
            if (label->buddy() && label->isVisibleTo(&window))
                note(label->text());
        for (QAbstractButton* button : window.findChildren<QAbstractButton*>())
            if (button->isVisibleTo(&window))
                note(button->text());
        for (QTabBar* tabs : window.findChildren<QTabBar*>())
            if (tabs->isVisibleTo(&window))
                for (int i = 0; i < tabs->count(); ++i)
                    note(tabs->tabText(i));
        QStringList clashes;
        for (const QChar key : owners.uniqueKeys())
            if (owners.count(key) > 1)
                clashes << QStringList(owners.values(key)).join(u'|');
        return std::pair(int(owners.size()), clashes);
    };
    for (int section = 0; section < stack->count(); ++section) {
        window.showSection(section); // builds a section not shown before
        const auto tabWidgets = stack->currentWidget()->findChildren<QTabWidget*>();
        if (tabWidgets.isEmpty()) {
            const auto [count, clashes] = visibleAccelerators();
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u' ')));
            QVERIFY(count > 4);
            continue;
        }
        for (QTabWidget* tabs : tabWidgets)
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                const auto [count, clashes] = visibleAccelerators();
                QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u' ')));
                QVERIFY(count > 4);
            }
    }
}

void TranslationsTests::germanSpinBoxAcceptsDecimalComma()
{
    DailyFactorsForm form;
    QDoubleSpinBox* alcohol = nullptr;
    for (QDoubleSpinBox* spin : form.findChildren<QDoubleSpinBox*>())
        if (spin->accessibleName() == QStringLiteral("Alkohol, Einheiten"))
            alcohol = spin;
    QVERIFY(alcohol);
    alcohol->setFocus();
    alcohol->selectAll();
    QTest::keyClicks(alcohol, QStringLiteral("2,5"));
    alcohol->interpretText();
    QCOMPARE(alcohol->value(), 2.5);
    QVERIFY2(alcohol->text().startsWith(QStringLiteral("2,5")), qPrintable(alcohol->text()));
}

void TranslationsTests::exportsKeepADecimalPointUnderGermanLocale()
{
    // What Translations::install() restored: the C library prints numbers with a point.
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.1f", 2.5);
    QCOMPARE(QByteArray(buffer), QByteArray("2.5"));

    const JournalRecords records = demoJournal(Date{std::chrono::year{2026} / 3 / 31}, 60);
    const QString nights = QString::fromStdString(nightsCsv(records));
    const QString intakes = QString::fromStdString(intakesCsv(records));
    const QString json =
        QString::fromStdString(interchangeJson(records, std::chrono::sys_seconds{}));
    // A decimal comma would show as a quoted "2,5" field in the CSV.
    static const QRegularExpression commaNumber(QStringLiteral("\"-?\\d+,\\d+\""));
    static const QRegularExpression pointNumber(QStringLiteral("\\d\\.\\d"));
    for (const QString& csv : {nights, intakes}) {
        QVERIFY2(!commaNumber.match(csv).hasMatch(), qPrintable(commaNumber.match(csv).captured()));
        QVERIFY(pointNumber.match(csv).hasMatch());
    }
    static const QRegularExpression jsonNumber(QStringLiteral(":\\s*-?\\d+\\.\\d+"));
    QVERIFY(jsonNumber.match(json).hasMatch());

    // FHIR's dosage text is printed with snprintf("%g mg"): "12.5 mg", never "12,5 mg".
    JournalRecords withHalf = records;
    IntakeEntry half;
    half.takenAt = atTime(Date{std::chrono::year{2026} / 3 / 30}, std::chrono::minutes{21 * 60});
    half.nutrient = Nutrient::Iron;
    half.form = "ferrous_sulfate";
    half.elementalMg = 12.5;
    auto intake = Intake::create(half);
    QVERIFY(intake.ok());
    withHalf.intakes.push_back(*intake);
    const QString fhir = QString::fromStdString(fhirBundleJson(withHalf, FhirExportOptions{}));
    static const QRegularExpression commaMg(QStringLiteral("\\d,\\d+ mg"));
    QVERIFY2(!commaMg.match(fhir).hasMatch(), qPrintable(commaMg.match(fhir).captured()));
    QVERIFY(fhir.contains(QStringLiteral("12.5 mg")));
}

void TranslationsTests::languageChoiceIsStoredForTheNextStart()
{
    Preferences chosen;
    chosen.language = QStringLiteral("de");
    PreferencesDialog dialog(chosen);
    QComboBox* language = nullptr;
    for (QComboBox* box : dialog.findChildren<QComboBox*>())
        if (box->findData(QStringLiteral("de")) >= 0)
            language = box;
    QVERIFY(language);
    QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
    language->setCurrentIndex(language->findData(QStringLiteral("en_GB")));
    dialog.preferences().save();
    QCOMPARE(Preferences::load().language, QStringLiteral("en_GB"));

    // A value no build knows (edited by hand, or from a newer version) means the system's.
    QSettings().setValue(QStringLiteral("preferences/language"), QStringLiteral("xx"));
    QCOMPARE(Preferences::load().language, QString());
}

void TranslationsTests::reportFromTheAppIsGerman()
{
    const QString path = m_journalDir.filePath(QStringLiteral("report.sqlite"));
    {
        auto journal = Journal::open(path.toStdString());
        QVERIFY(journal.ok());
        QVERIFY(journal->merge(demoJournal(toDate(QDate::currentDate()), 60)).ok());
    }
    JournalSession session;
    QVERIFY(session.open(path).ok());
    ReportView view(&session);
    const QString pdf = m_journalDir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(view.savePdf(pdf).ok());
    if (qEnvironmentVariableIsSet("QUIETLEGS_KEEP_REPORT")) // to look at it
        QFile::copy(pdf, qEnvironmentVariable("QUIETLEGS_KEEP_REPORT"));

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    // Headings of the older pages and of issue 23's (the dosing timeline).
    for (const char* heading : {"Wöchentliche Verläufe", "Methoden und Quellen", "Einnahmeverlauf"})
        QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);
    QVERIFY(!text.contains(QStringLiteral("Weekly trends")));
    QVERIFY(!text.contains(QStringLiteral("Dosing timeline")));
    // The demo's latest ferritin is flagged: its alert is worded in German, in the third person
    // (no advice to the reader) and with the report's decimal point.
    static const QRegularExpression ferritin(QStringLiteral("Letztes Ferritin \\d+\\.\\d \u00b5g/L"));
    QVERIFY2(text.contains(ferritin), qPrintable(text.left(3000)));
    QVERIFY(!text.contains(QStringLiteral("Latest ferritin")));
    QVERIFY(!text.contains(QStringLiteral("Besprechen Sie")));
}

void TranslationsTests::alertOnTodayReadsGerman()
{
    JournalSession session;
    QVERIFY(session.open(m_journalDir.filePath(QStringLiteral("alerts.sqlite"))).ok());
    MainWindow window(&session);
    window.resize(1280, 860);
    window.show();
    const QDate drawn = QDate::currentDate().addDays(-3);
    QVERIFY(session.saveLabResult(*LabResult::create(toDate(drawn), LabTest::Ferritin, 62.5, "ug/L")));

    AttentionStrip* strip = window.todayView()->attentionStrip();
    QVERIFY(strip && !strip->isHidden());
    QCOMPARE(strip->lines().size(), std::size_t(1));
    const QLabel* line = strip->lines().front();
    const QString whole = line->property("wholeText").toString();
    // German words, a decimal comma and a German date (05.12.26), not the core's English.
    const QString date = QLocale().toString(drawn, QLocale::ShortFormat);
    QVERIFY2(date.contains(QRegularExpression(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d\\d$"))),
             qPrintable(date));
    QVERIFY2(whole.startsWith(QStringLiteral("Ferritin im Bereich f\u00fcr eine Eisengabe (AASM 2024) (") +
                              date + QStringLiteral("): Letztes Ferritin 62,5 \u00b5g/L (") + date +
                              QStringLiteral(").")),
             qPrintable(whole));
    QVERIFY2(whole.endsWith(QStringLiteral("Besprechen Sie das mit Ihrer \u00c4rztin oder Ihrem Arzt.")),
             qPrintable(whole));
    QVERIFY2(!whole.contains(QStringLiteral("Latest")) && !whole.contains(QStringLiteral("62.5")),
             qPrintable(whole));
    // The rule and source in the tooltip are German too.
    QVERIFY2(line->toolTip().contains(QStringLiteral("Ferritin h\u00f6chstens 75 \u00b5g/L: Eisengabe")),
             qPrintable(line->toolTip()));
    QVERIFY2(line->toolTip().contains(QStringLiteral("Leitlinie")), qPrintable(line->toolTip()));
    // One line: cut to the strip's width, never wrapped or widening the window.
    QCoreApplication::processEvents();
    QVERIFY(line->text().size() <= whole.size());
    QVERIFY(line->fontMetrics().horizontalAdvance(line->text()) <= line->width() + 1);
}

void TranslationsTests::germanTodayKeepsItsTwoColumnsAt1280x860()
{
    // German labels are longer than English ones; at the default size the night and the
    // intakes still stand side by side (each column fits its fields), and neither scrolls.
    JournalSession session;
    QVERIFY(session.open(m_journalDir.filePath(QStringLiteral("columns.sqlite"))).ok());
    QVERIFY(session.saveLabResult(
        *LabResult::create(toDate(QDate::currentDate().addDays(-3)), LabTest::Ferritin, 62.5, "ug/L")));
    MainWindow window(&session);
    window.resize(1280, 860);
    window.show();
    TodayView* today = window.todayView();
    QVERIFY(today->attentionStrip()->isVisible());
    QTRY_VERIFY(today->nightForm()->isVisible());
    int columns = 0;
    QScrollArea* nightColumn = nullptr;
    QScrollArea* intakeColumn = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            columns = 0;
            for (auto* area : today->findChildren<QScrollArea*>()) {
                if (!area->isVisible() || !area->widget())
                    continue;
                ++columns;
                if (area->widget()->isAncestorOf(today->nightForm()))
                    nightColumn = area;
                if (area->widget()->isAncestorOf(today->intakePanel()))
                    intakeColumn = area;
            }
            return columns == 2;
        }(),
        2000);
    QVERIFY(nightColumn && intakeColumn && nightColumn != intakeColumn);
    for (QScrollArea* area : {nightColumn, intakeColumn}) {
        QCOMPARE(area->horizontalScrollBar()->maximum(), 0);
        QTRY_COMPARE(area->verticalScrollBar()->maximum(), 0);
    }
}

QTEST_MAIN(TranslationsTests)
#include "TranslationsTests.moc"
