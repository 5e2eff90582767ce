// Renders the main screens of the app on a demo journal into PNG files, light and dark, for
// docs/images/ and for looking at every screen without a desktop:
//   QT_QPA_PLATFORM=offscreen build/tests/gui_screenshots docs/images
// and in another language (docs/translations.md), to check that its text fits:
//   QUIETLEGS_LANGUAGE=de QT_QPA_PLATFORM=offscreen build/tests/gui_screenshots /tmp/de
#include "Conversions.h"
#include "GuiResources.h"
#include "JournalSession.h"
#include "MainWindow.h"
#include "desktop/DarkPalette.h"
#include "report/ReportView.h"
#include "desktop/Translations.h"
#include "dialogs/AboutBox.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/UserGuideDialog.h"
#include "dialogs/WelcomeWizard.h"
#include "dialogs/QuickLogDialog.h"
#include "history/HistoryView.h"
#include "history/YearHeatMapView.h"
#include "widgets/ScoreSpinBox.h"
#include "labs/LabsView.h"
#include "quietlegs/core/DemoJournal.h"
#include "today/FoodCatalog.h"
#include "today/FoodPicker.h"
#include "today/IntakePanel.h"
#include "today/PresetEditorDialog.h"
#include "today/TodayView.h"

#include <QApplication>
#include <QDir>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace quietlegs;

namespace {

void save(QWidget* widget, const QString& path)
{
    QApplication::processEvents();
    if (!widget->grab().save(path))
        qWarning("cannot write %s", qPrintable(path));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QuietLegsScreenshots"));
    initGuiResources();
    if (qEnvironmentVariableIsSet("QUIETLEGS_LANGUAGE"))
        Translations::install(&app, qEnvironmentVariable("QUIETLEGS_LANGUAGE"));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    const bool dark = argc > 2 && QByteArray(argv[2]) == "--dark";
    QDir().mkpath(out);
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    const QString suffix = dark ? QStringLiteral("-dark") : QString();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    const Date today = localToday();
    {
        auto journal = Journal::open(path.toStdString());
        if (!journal || !journal->merge(demoJournalUntil(localNow(), 120)))
            return 1;
        for (auto preset :
             {SupplementPreset::create("Mg bisglycinate 2 caps", Nutrient::Magnesium, "glycinate",
                                       Route::Oral, std::nullopt, 200),
              SupplementPreset::create("Mg citrate 1 tab", Nutrient::Magnesium, "citrate",
                                       Route::Oral, 1000, std::nullopt),
              SupplementPreset::create("Ferrous bisglycinate", Nutrient::Iron, "bisglycinate",
                                       Route::Oral, std::nullopt, 25)})
            if (!journal->savePreset(*preset))
                return 1;
    }
    JournalSession session;
    if (!session.open(path).ok())
        return 1;
    MainWindow window(&session);
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    TodayView* todayView = window.todayView();
    todayView->setDate(toQDate(addDays(today, -1)));
    // An evening with two magnesium doses: above the supplemental upper limit.
    todayView->intakePanel()->addPreset(0);
    todayView->intakePanel()->addPreset(1);
    save(&window, out + QStringLiteral("/today") + suffix + QStringLiteral(".png"));
    // The sizes Today must fit (issue 24): the default window, and a small laptop's screen.
    for (const QSize size : {QSize(1280, 860), QSize(1024, 700)}) {
        window.resize(size);
        QTest::qWait(50);
        save(&window, out + QStringLiteral("/today-%1x%2").arg(size.width()).arg(size.height()) +
                          suffix + QStringLiteral(".png"));
    }
    window.resize(1400, 900);
    window.showSection(window.sectionIndex(window.historyView()));
    save(&window, out + QStringLiteral("/history") + suffix + QStringLiteral(".png"));
    // The year at a glance (issue 24), on the year holding the demo's nights.
    HistoryView* history = window.historyView();
    history->tabs()->setCurrentWidget(history->yearView());
    history->yearView()->setYear(int(addDays(today, -60).year()));
    save(&window, out + QStringLiteral("/history-year") + suffix + QStringLiteral(".png"));
    history->tabs()->setCurrentIndex(0);
    // The quick log from the tray, over the window.
    window.showQuickLog(todayView->nightToLog());
    window.quickLog()->severityField()->setValue(4);
    save(window.quickLog(), out + QStringLiteral("/quick-log") + suffix + QStringLiteral(".png"));
    window.quickLog()->hide();
    window.showSection(window.sectionIndex(window.labsView()));
    save(&window, out + QStringLiteral("/labs") + suffix + QStringLiteral(".png"));
    window.showSection(window.sectionIndex(window.reportView()));
    window.reportView()->suggestNamedPeriods();
    window.reportView()->updatePreview();
    QTest::qWait(100); // the pages' layout settles before the grab
    save(&window, out + QStringLiteral("/report-section") + suffix + QStringLiteral(".png"));

    PresetEditorDialog presets(&session, &window);
    presets.show();
    save(&presets, out + QStringLiteral("/presets") + suffix + QStringLiteral(".png"));
    FoodCatalog catalog(&session);
    FoodPicker picker(&session, &catalog, &window);
    picker.show();
    picker.search(QStringLiteral("almond"));
    save(&picker, out + QStringLiteral("/food") + suffix + QStringLiteral(".png"));
    PreferencesDialog preferences(session.preferences(), &window);
    preferences.show();
    save(&preferences, out + QStringLiteral("/preferences") + suffix + QStringLiteral(".png"));
    AboutBox about(&window);
    about.show();
    save(&about, out + QStringLiteral("/about") + suffix + QStringLiteral(".png"));
    UserGuideDialog guide(&window);
    guide.show();
    save(&guide, out + QStringLiteral("/guide") + suffix + QStringLiteral(".png"));
    WelcomeWizard welcome(&session, &window);
    welcome.show();
    for (int page = 1; page <= 3; ++page) {
        save(&welcome, out + QStringLiteral("/welcome-%1").arg(page) + suffix +
                           QStringLiteral(".png"));
        welcome.next();
    }
    return 0;
}
