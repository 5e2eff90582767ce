// Renders the data-flow dialogs (import mapping, report preview, restore) on a demo journal
// into PNG files, for docs/images/ and for looking at them without a desktop:
//   xvfb-run -a -s "-screen 0 1400x900x24" build/tests/gui_dataflow_screenshots docs/images
// QUIETLEGS_LANGUAGE=de renders them in that language (docs/translations.md).
#include "JournalSession.h"
#include "desktop/Translations.h"
#include "dialogs/ColumnMappingDialog.h"
#include "dialogs/RestoreDialog.h"
#include "quietlegs/core/DemoJournal.h"
#include "quietlegs/io/ExportFile.h"
#include "quietlegs/io/GenericCsvImport.h"
#include "quietlegs/storage/JournalBackups.h"
#include "report/ReportView.h"

#include <QApplication>
#include <QDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

using namespace quietlegs;

namespace {

void saveGrab(QWidget* widget, const QString& path)
{
    widget->show();
    QTest::qWait(300);
    QApplication::processEvents();
    if (!widget->grab().save(path))
        qWarning("cannot write %s", qPrintable(path));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QuietLegsScreenshots"));
    if (qEnvironmentVariableIsSet("QUIETLEGS_LANGUAGE"))
        Translations::install(&app, qEnvironmentVariable("QUIETLEGS_LANGUAGE"));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(out);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    {
        auto journal = Journal::open(path.toStdString());
        if (!journal || !journal->merge(demoJournal(localToday(), 120)))
            return 1;
    }
    JournalSession session;
    if (!session.open(path))
        return 1;

    // A sleep diary kept in a spreadsheet: every column is guessed from its header.
    auto text = readImportFile(
        QStringLiteral(QUIETLEGS_TEST_DATA "/spreadsheet/sleep-diary-2025.csv").toStdString());
    if (!text)
        return 1;
    auto preview = previewCsv(*text, 10);
    if (!preview)
        return 1;
    ColumnMappingDialog mapping(QStringLiteral("sleep-diary-2025.csv"), *text);
    saveGrab(&mapping, out + QStringLiteral("/import-mapping.png"));

    ReportView report(&session);
    report.resize(1100, 800);
    report.setNames(QStringLiteral("Ada Example"), QStringLiteral("Dr. B. Nutrition"));
    report.updatePreview();
    saveGrab(&report, out + QStringLiteral("/report-section.png"));

    // Two backups: today's daily one and one made before a restore.
    if (!JournalBackups(session.path().toStdString()).ensureDaily(localNowSeconds()))
        return 1;
    RestoreDialog restore(&session);
    (void)restore.restoreSelected(false);
    saveGrab(&restore, out + QStringLiteral("/restore.png"));
    return 0;
}
