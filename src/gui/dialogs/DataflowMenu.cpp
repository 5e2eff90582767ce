#include "DataflowMenu.h"

#include "Conversions.h"
#include "DailyBackup.h"
#include "JournalSession.h"
#include "MainWindow.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportFlow.h"
#include "dialogs/RestoreDialog.h"
#include "report/ReportView.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

namespace quietlegs {

namespace {

/// The menu bar's first menu (File), and the action the new items go before: the separator
/// above Quit, so Quit stays last.
QMenu* fileMenu(MainWindow* window)
{
    const auto actions = window->menuBar()->actions();
    return actions.isEmpty() ? nullptr : actions.first()->menu();
}

QAction* beforeQuit(QMenu* menu)
{
    const auto actions = menu->actions();
    for (int i = 0; i < actions.size(); ++i)
        if (actions[i]->shortcut() == QKeySequence(QKeySequence::Quit))
            return i > 0 && actions[i - 1]->isSeparator() ? actions[i - 1] : actions[i];
    return nullptr;
}

} // namespace

DataflowMenu::DataflowMenu(MainWindow* window) : QObject(window), m_window(window)
{
    m_importFlow = new ImportFlow(window->session(), window);
    m_import = new QAction(tr("&Import…"), this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_export = new QAction(tr("&Export…"), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_report = new QAction(tr("Export &report…"), this);
    m_report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_backup = new QAction(tr("&Backup…"), this);
    m_restore = new QAction(tr("Res&tore from backup…"), this);
    connect(m_import, &QAction::triggered, m_importFlow, &ImportFlow::chooseAndImport);
    connect(m_export, &QAction::triggered, this, &DataflowMenu::exportJournal);
    connect(m_report, &QAction::triggered, this, &DataflowMenu::exportReport);
    connect(m_backup, &QAction::triggered, this, &DataflowMenu::backUp);
    connect(m_restore, &QAction::triggered, this, &DataflowMenu::restore);

    if (QMenu* menu = fileMenu(window)) {
        QAction* before = beforeQuit(menu);
        menu->insertSeparator(before);
        menu->insertActions(before, {m_import, m_export, m_report});
        menu->insertSeparator(before);
        menu->insertActions(before, {m_backup, m_restore});
    } else {
        window->addActions({m_import, m_export, m_report, m_backup, m_restore});
    }

    JournalSession* session = window->session();
    m_externalCheck = new QTimer(this);
    m_externalCheck->setInterval(kExternalCheckIntervalMs);
    connect(m_externalCheck, &QTimer::timeout, session, &JournalSession::reloadIfChangedElsewhere);

    m_dailyBackup = new DailyBackup(this);
    connect(m_dailyBackup, &DailyBackup::finished, this, [this](const QString& error) {
        if (!error.isEmpty())
            m_window->statusBar()->showMessage(tr("Daily backup failed: %1").arg(error));
    });
    m_dailyBackupCheck = new QTimer(this);
    m_dailyBackupCheck->setInterval(kDailyBackupCheckIntervalMs);
    connect(m_dailyBackupCheck, &QTimer::timeout, this, &DataflowMenu::backUpDailyIfDue);
    m_dailyBackupCheck->start();
    connect(session, &JournalSession::journalOpened, this, &DataflowMenu::backUpDailyIfDue);
    backUpDailyIfDue();
    // The first reading is the baseline: it reads every entry, so it waits until start-up has
    // painted (the session still notices a write made elsewhere in between). The periodic and
    // activation checks start with it (the window's first activation comes with start-up).
    window->installEventFilter(this);
}

bool DataflowMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Paint) {
        m_window->removeEventFilter(this);
        JournalSession* session = m_window->session();
        QTimer::singleShot(kBaselineDelayMs, this, [this, session] {
            session->reloadIfChangedElsewhere();
            m_externalCheck->start();
            connect(qGuiApp, &QGuiApplication::applicationStateChanged, session,
                    [session](Qt::ApplicationState state) {
                        if (state == Qt::ApplicationActive)
                            session->reloadIfChangedElsewhere();
                    });
        });
    }
    return QObject::eventFilter(watched, event);
}

void DataflowMenu::exportJournal()
{
    ExportDialog dialog(m_window->session(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window->statusBar()->showMessage(tr("Exported."), 5000);
}

void DataflowMenu::exportReport()
{
    // The report has its own section, with the preview beside the options.
    m_window->showSection(m_window->sectionIndex(m_window->reportView()));
}

void DataflowMenu::backUp()
{
    JournalSession* session = m_window->session();
    const QString suggested = QDir::home().filePath(
        QStringLiteral("quietlegs-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save a backup of the journal"),
                                                      suggested, tr("Journal (*.sqlite)"));
    if (path.isEmpty())
        return;
    // The journal itself, its -wal/-shm and its backups folder are refused (issue 20).
    if (auto refused = session->checkSaveTarget(path); !refused) {
        QMessageBox::critical(m_window, tr("Backup not saved"), errorText(refused.error()));
        return;
    }
    auto written = session->writeBackupCopy(path);
    if (!written) {
        QMessageBox::critical(m_window, tr("Backup not saved"), errorText(written.error()));
        return;
    }
    QMessageBox::information(
        m_window, tr("Backup saved"),
        tr("%1 holds %2 nights and passed its integrity check.").arg(path).arg(written->nights));
}

void DataflowMenu::backUpDailyIfDue()
{
    JournalSession* session = m_window->session();
    if (!session->isOpen() || session->isReadOnly()) // no backups folder on read-only media
        return;
    // Storage keeps 7 daily and 4 weekly backups beside the journal.
    m_dailyBackup->start(session->path());
}

void DataflowMenu::restore()
{
    m_dailyBackup->waitForFinished(); // the list shows today's backup, and nothing is rotated away
    RestoreDialog dialog(m_window->session(), m_window);
    dialog.exec();
}

} // namespace quietlegs
