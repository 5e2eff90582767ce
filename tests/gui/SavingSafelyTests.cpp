// Issue 20 in the desktop app: a save refused by a full disk is shown and the form keeps what
// was typed; exports and backups never write over the journal, and replace an existing file
// only when the user says so. Offscreen, on temporary journals; the full disk is the SQLite
// VFS shim of tests/support/FullDisk.h, installed before any journal is opened.
#include "GuiTestMain.h"
#include "../support/FullDisk.h"
#include "../support/JournalDump.h"
#include "AppWindowFixture.h"
#include "dialogs/ExportDialog.h"
#include "today/NightForm.h"
#include "today/TodayView.h"
#include "trends/TrendsView.h"

#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QUndoStack>

using namespace quietlegs;
using namespace quietlegs::guitest;
using quietlegs::testsupport::FullDisk;
using quietlegs::testsupport::journalDump;

namespace {

/// Clicks `button` in the next modal message box and keeps the box's text.
void answerNextBox(QMessageBox::StandardButton button, QString* text)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            *text = box->text();
            box->button(button)->click();
        }
    });
    timer->start();
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class SavingSafelyTests : public AppWindowFixture
{
    Q_OBJECT

public:
    SavingSafelyTests() { FullDisk::install(); }

private slots:
    void saveOnAFullDiskIsShownAndTheFormKeepsItsContents();
    void exportAndBackupRefuseTheJournalItself();
    void exportAsksBeforeReplacingAFile();
    void undoAndRedoRefusedByAFullDiskLeaveTheStackWhereItWas();
    void undoOfATwoPartSaveIsAllOrNothing();
    void trendsImageExportRefusesTheJournalAndItsBackups();

private:
    std::string journalFile() const { return m_session->path().toStdString(); }
};

void SavingSafelyTests::saveOnAFullDiskIsShownAndTheFormKeepsItsContents()
{
    QVERIFY(m_session->setScoresTenAreasNightly(true)); // the ten areas typed below
    m_session->undoStack()->clear();
    openWindow();
    TodayView* today = m_window->todayView();
    QVERIFY(today->setDate(kNight));
    today->focusFirstField();
    type(QStringLiteral("6")); // quick severity
    press(Qt::Key_Tab);
    type(QStringLiteral("3212321232")); // ten IRLS areas
    const std::string before = journalDump(journalFile());

    QString shown;
    answerNextBox(QMessageBox::Ok, &shown);
    FullDisk::failAfterWrites(0);
    press(Qt::Key_S, Qt::ControlModifier);
    const int refused = FullDisk::failedWrites();
    FullDisk::disarm();
    QVERIFY(refused > 0);

    // Told where the user looks, nothing saved, and the form still holds what was typed.
    QVERIFY2(shown.contains(QStringLiteral("full")), qPrintable(shown));
    QVERIFY(!m_session->night(kNight).has_value());
    QCOMPARE(journalDump(journalFile()), before);
    QVERIFY(today->hasUnsavedChanges());
    QCOMPARE(m_session->undoStack()->count(), 0); // no step that would undo nothing
    auto typed = today->nightForm()->night();
    QVERIFY(typed.ok());
    QCOMPARE(typed->severity(), std::optional(6));
    QCOMPARE(typed->irlsTotal(), std::optional(21));

    // With room again, Save saves what was kept.
    press(Qt::Key_S, Qt::ControlModifier);
    const auto saved = m_session->night(kNight);
    QVERIFY(saved.has_value());
    QCOMPARE(saved->severity(), std::optional(6));
    QCOMPARE(saved->irlsTotal(), std::optional(21));
    QVERIFY(!today->hasUnsavedChanges());
}

void SavingSafelyTests::exportAndBackupRefuseTheJournalItself()
{
    QVERIFY(m_session->saveNight(
        *Night::create(NightEntry{*parseDate("2026-03-14"), {}, 4, {}, "", "", {}, {}, {}})));
    const QString journal = m_session->path();
    const std::string before = journalDump(journal.toStdString());
    const QByteArray bytes = fileBytes(journal);
    const QString link = m_journalDir->filePath(QStringLiteral("link-to-journal.json"));
    QVERIFY(QFile::link(journal, link));

    ExportDialog dialog(m_session.get());
    for (auto format : {ExportDialog::Format::Json, ExportDialog::Format::CsvFolder,
                        ExportDialog::Format::Fhir}) {
        dialog.setFormat(format);
        for (const QString& target : {journal, journal + QStringLiteral("-wal"), link}) {
            dialog.setDestination(target);
            const Status status = dialog.exportNow(true); // even when told to replace
            QVERIFY2(!status.ok(), qPrintable(target));
            QVERIFY2(QString::fromStdString(status.error().message())
                         .contains(QStringLiteral("journal")),
                     status.error().message().c_str());
        }
    }
    // Export… with the journal's name: a clear message, no question about replacing it.
    dialog.setFormat(ExportDialog::Format::Json);
    dialog.setDestination(journal);
    QString shown;
    answerNextBox(QMessageBox::Ok, &shown);
    dialog.accept();
    QVERIFY2(shown.contains(QStringLiteral("is the journal itself")), qPrintable(shown));

    // File > Back up… through the session's copy.
    QVERIFY(!m_session->writeBackupCopy(journal).ok());
    QVERIFY(!m_session->writeBackupCopy(link).ok());
    QVERIFY(
        !m_session->writeBackupCopy(m_journalDir->filePath(QStringLiteral("backups/copy.sqlite")))
             .ok());

    QCOMPARE(fileBytes(journal), bytes);
    QCOMPARE(journalDump(journal.toStdString()), before);
}

void SavingSafelyTests::exportAsksBeforeReplacingAFile()
{
    const QString target = m_journalDir->filePath(QStringLiteral("export.json"));
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();

    ExportDialog dialog(m_session.get());
    dialog.setFormat(ExportDialog::Format::Json);
    dialog.setDestination(target);
    QVERIFY(!dialog.exportNow().ok()); // not asked: not replaced
    QCOMPARE(fileBytes(target), QByteArray("keep me"));

    QString asked;
    answerNextBox(QMessageBox::Cancel, &asked);
    dialog.accept();
    QVERIFY2(asked.contains(QStringLiteral("Replace")), qPrintable(asked));
    QCOMPARE(fileBytes(target), QByteArray("keep me"));

    answerNextBox(QMessageBox::Yes, &asked);
    dialog.accept();
    QVERIFY(fileBytes(target).startsWith("{"));
}

void SavingSafelyTests::undoAndRedoRefusedByAFullDiskLeaveTheStackWhereItWas()
{
    openWindow();
    const Date date = *parseDate("2026-03-14");
    QVERIFY(m_session->saveNight(*Night::create(NightEntry{date, {}, 4, {}, "", ""})));
    QUndoStack* stack = m_session->undoStack();
    QCOMPARE(stack->index(), 1);
    const std::string saved = journalDump(journalFile());
    const std::optional<Night> savedNight = m_session->night(kNight);
    QVERIFY(savedNight);

    // Edit > Undo, as the person chooses it, with the disk full.
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    for (QAction* action : m_window->findChildren<QAction*>()) {
        if (action->text().startsWith(QStringLiteral("&Undo")))
            undo = action;
        if (action->text().startsWith(QStringLiteral("&Redo")))
            redo = action;
    }
    QVERIFY(undo && redo);
    QVERIFY(undo->isEnabled());
    QString shown;
    answerNextBox(QMessageBox::Ok, &shown);
    FullDisk::failAfterWrites(0);
    undo->trigger();
    const int refused = FullDisk::failedWrites();
    FullDisk::disarm();
    QVERIFY(refused > 0);
    QVERIFY2(shown.contains(QStringLiteral("full")), qPrintable(shown));
    QCOMPARE(stack->index(), 1); // still undoable, nothing redoable
    QVERIFY(undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    QCOMPARE(journalDump(journalFile()), saved);
    QVERIFY(m_session->night(kNight).has_value());

    // With room again the same undo works; then a refused redo stays undone.
    QVERIFY(m_session->undo());
    QCOMPARE(stack->index(), 0);
    QVERIFY(!m_session->night(kNight).has_value());
    const std::string undone = journalDump(journalFile());
    // The window shows the same message once in a box; the status bar shows it each time.
    QSignalSpy errors(m_session.get(), &JournalSession::errorOccurred);
    FullDisk::failAfterWrites(0);
    redo->trigger();
    FullDisk::disarm();
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("full")));
    QCOMPARE(stack->index(), 0);
    QCOMPARE(journalDump(journalFile()), undone);
    QVERIFY(m_session->redo());
    QCOMPARE(stack->index(), 1);
    // The night is back as saved; its row's updated_at is the redo's second, so the whole
    // file is not compared here (it was flaky when the redo fell in the next second).
    QVERIFY(m_session->night(kNight) == savedNight);
}

void SavingSafelyTests::undoOfATwoPartSaveIsAllOrNothing()
{
    // Today's Save of a night and its day is one macro of two changes: undoing it must not
    // undo one half when the disk refuses the other.
    QUndoStack* stack = m_session->undoStack();
    const Date date = *parseDate("2026-03-14");
    stack->beginMacro(QStringLiteral("Save night"));
    QVERIFY(m_session->saveNight(*Night::create(NightEntry{date, {}, 4, {}, "", ""})));
    QVERIFY(m_session->saveDailyFactors(*DailyFactors::create({date, 100, 1.0, 20, 3})));
    stack->endMacro();
    QCOMPARE(stack->index(), 1);
    const std::string saved = journalDump(journalFile());
    QSignalSpy errors(m_session.get(), &JournalSession::errorOccurred);

    // Every budget of writes up to the one that lets the whole undo through.
    for (int allowed = 0;; ++allowed) {
        QVERIFY2(allowed < 200, "the undo never succeeded");
        FullDisk::failAfterWrites(allowed);
        const bool ok = m_session->undo();
        FullDisk::disarm();
        if (ok)
            break;
        QCOMPARE(stack->index(), 1);
        QCOMPARE(journalDump(journalFile()), saved);
        QVERIFY(!errors.isEmpty());
    }
    QCOMPARE(stack->index(), 0);
    QVERIFY(!m_session->night(kNight).has_value());
    QVERIFY(!m_session->dailyFactors(kNight).has_value());
}

void SavingSafelyTests::trendsImageExportRefusesTheJournalAndItsBackups()
{
    openWindow();
    QVERIFY(m_session->saveNight(
        *Night::create(NightEntry{*parseDate("2026-03-14"), {}, 4, {}, "", ""})));
    TrendsView* trends = m_window->trendsView();
    const QString journal = m_session->path();
    const QByteArray bytes = fileBytes(journal);
    QDir(m_journalDir->path()).mkpath(QStringLiteral("backups"));
    const QString link = m_journalDir->filePath(QStringLiteral("chart.png"));
    QVERIFY(QFile::link(journal, link));
    for (bool svg : {false, true}) {
        for (const QString& target :
             {journal, journal + QStringLiteral("-wal"), link,
              m_journalDir->filePath(QStringLiteral("backups/chart.svg"))}) {
            const QString error = trends->exportChartTo(target, svg);
            QVERIFY2(error.contains(QStringLiteral("journal")), qPrintable(target + ": " + error));
        }
    }
    QCOMPARE(fileBytes(journal), bytes);
    QVERIFY(!QFileInfo::exists(m_journalDir->filePath(QStringLiteral("backups/chart.svg"))));
    // Anywhere else it is written.
    const QString elsewhere = m_journalDir->filePath(QStringLiteral("trends.svg"));
    QCOMPARE(trends->exportChartTo(elsewhere, true), QString());
    QVERIFY(fileBytes(elsewhere).contains("<svg"));
}

QUIETLEGS_GUI_TEST(SavingSafelyTests)
#include "SavingSafelyTests.moc"
