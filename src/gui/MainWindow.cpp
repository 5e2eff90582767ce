#include "MainWindow.h"

#include "BakedIcons.h"
#include "Conversions.h"
#include "GuiResources.h"
#include "JournalSession.h"
#include "desktop/AppTheme.h"
#include "desktop/AutostartEntry.h"
#include "desktop/CalendarWeekStart.h"
#include "desktop/JournalTray.h"
#include "desktop/NightReminders.h"
#include "desktop/SingleInstance.h"
#include "desktop/WeeklyReminder.h"
#include "dialogs/AboutBox.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/QuickLogDialog.h"
#include "dialogs/RecoverFlow.h"
#include "dialogs/UserGuideDialog.h"
#include "history/HistoryView.h"
#include "quietlegs/core/BuildInfo.h"
#include "quietlegs/storage/JournalLocation.h"
#include "report/ReportView.h"
#include "today/FoodCatalog.h"
#include "today/TodayView.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace quietlegs {
namespace {

/// The read-only banner, saying also when an older journal format is shown as it is.
void showReadOnlyBanner(QLabel* banner, const JournalSession* session)
{
    banner->setVisible(session->isReadOnly());
    if (!session->isReadOnly())
        return;
    QString text = MainWindow::tr("This journal is read-only (read-only media or no permission to "
                                  "write). You can read and export it; changes cannot be saved.");
    if (session->journal().olderFormat() > 0)
        text += QLatin1Char(' ') +
                MainWindow::tr("It uses an older journal format and is shown as it is: it cannot "
                               "be upgraded there.");
    banner->setText(text);
}
/// Whether a focused text field has typing of its own to undo (or redo); true for anything
/// that is not a text field, which keeps its keys.
bool fieldHasOwnUndo(const QObject* widget, bool undo)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(widget))
        return undo ? line->isUndoAvailable() : line->isRedoAvailable();
    if (const auto* text = qobject_cast<const QPlainTextEdit*>(widget))
        return undo ? text->document()->isUndoAvailable() : text->document()->isRedoAvailable();
    return true;
}

constexpr auto kGeometryKey = "mainWindow/geometry";
constexpr auto kSectionKey = "mainWindow/section";
constexpr int kNumberedSections = 6;
constexpr int kReminderShownMs = 30 * 60 * 1000;
} // namespace

MainWindow::MainWindow(JournalSession* session, QWidget* parent)
    : QMainWindow(parent), m_session(session)
{
    initGuiResources();
    m_foods = new FoodCatalog(session, this);

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    // Shown above everything while the journal can only be read (read-only media).
    m_readOnlyBanner = new QLabel(tr("This journal is read-only (read-only media or no "
                                     "permission to write). You can read and export it; changes "
                                     "cannot be saved."),
                                  central);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setMargin(8);
    m_readOnlyBanner->setStyleSheet(
        QStringLiteral("background: #fff4ce; color: #3b2f00; font-weight: bold;"));
    m_readOnlyBanner->setVisible(false);
    outer->addWidget(m_readOnlyBanner);
    auto* layout = new QHBoxLayout;
    outer->addLayout(layout, 1);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = new QListWidget(central);
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setAutoFillBackground(true);
    QPalette sidebarPalette = m_sidebar->palette();
    sidebarPalette.setColor(QPalette::Base, sidebarPalette.color(QPalette::Window).darker(106));
    m_sidebar->setPalette(sidebarPalette);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::showSection);

    createMenus();

    m_today = new TodayView(session, m_foods, this);
    addSection(m_today, tr("Today"), bakedIcon("today"));
    addDeferredSection<HistoryView>(m_history, tr("History"), bakedIcon("history"),
                                    [this] { return buildHistory(); });
    addDeferredSection<QWidget>(m_trends, tr("Trends"), bakedIcon("trends"),
                                [this] { return buildChartSection(ChartSection::Trends); });
    addDeferredSection<QWidget>(m_insights, tr("Insights"), bakedIcon("insights"),
                                [this] { return buildChartSection(ChartSection::Insights); });
    addDeferredSection<QWidget>(m_labs, tr("Labs"), bakedIcon("labs"),
                                [this] { return buildChartSection(ChartSection::Labs); });
    addDeferredSection<ReportView>(m_report, tr("Report"), bakedIcon("report"),
                                   [this] { return buildReport(); });

    m_weekStart = new CalendarWeekStart(session->preferences().weekStart, this);
    m_reminders = new NightReminders(
        [this](QDate night) { return m_session->isOpen() && m_session->night(night).has_value(); },
        this);
    connect(m_reminders, &NightReminders::reminderDue, this, &MainWindow::remind);
    m_tray = new JournalTray(QApplication::windowIcon(), this);
    // From bed: the tray and the reminders' notifications open the small quick log.
    connect(m_tray, &JournalTray::openNightRequested, this, &MainWindow::showQuickLog);
    connect(m_tray, &JournalTray::logNightRequested, this,
            [this] { showQuickLog(m_today->nightToLog()); });
    connect(m_tray, &JournalTray::toggleWindowRequested, this, &MainWindow::toggleVisible);
    connect(m_tray, &JournalTray::quitRequested, this, &MainWindow::quit);
    m_weeklyReminder = new WeeklyReminder(
        [this](QDate day) {
            return m_session->isOpen() && m_session->week(m_session->weekEndingOf(day));
        },
        this);
    connect(m_weeklyReminder, &WeeklyReminder::reminderDue, this, &MainWindow::remindWeekly);
    connect(m_tray, &JournalTray::notificationClicked, this, [this] {
        if (!m_weeklyNotified)
            return;
        m_weeklyNotified = false;
        showNormal();
        raise();
        activateWindow();
        showSection(sectionIndex(m_today));
        m_today->openWeeklyCheckIn();
    });
    connect(session, &JournalSession::preferencesChanged, this, &MainWindow::applyPreferences);
    applyPreferences();

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("journalPath"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("journalCounts"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);

    connect(session, &JournalSession::journalOpened, this,
            [this] { buildSection(m_stack->currentIndex()); });
    connect(session, &JournalSession::journalOpened, this, &MainWindow::updateTitle);
    connect(session, &JournalSession::journalOpened, this,
            [this] { showReadOnlyBanner(m_readOnlyBanner, m_session); });
    connect(session, &JournalSession::journalChanged, this, &MainWindow::updateStatus);
    connect(session, &JournalSession::errorOccurred, this, [this](const QString& message) {
        statusBar()->showMessage(message, 10000);
        // One dialog at a time: a damaged entry read on every keystroke must not stack them.
        if (m_showingError || message == m_lastError)
            return;
        m_showingError = true;
        m_lastError = message;
        QMessageBox::warning(this, tr("QuietLegs"), message);
        m_showingError = false;
    });
    connect(session, &JournalSession::journalOpened, this, [this] { m_lastError.clear(); });
    if (session->isOpen()) {
        showReadOnlyBanner(m_readOnlyBanner, session);
        m_today->setDate(m_today->nightToLog());
        updateTitle();
        updateStatus();
    }
    qApp->installEventFilter(this);
    resize(1280, 860);
}

template <typename View>
void MainWindow::addDeferredSection(DeferredSection<View>& section, const QString& title,
                                    const QIcon& icon, std::function<View*()> build)
{
    section.placeholder = new QWidget(this);
    addSection(section.placeholder, title, icon);
    m_builders.insert(section.placeholder, [&section, build = std::move(build)] {
        section.view = build();
        return static_cast<QWidget*>(section.view);
    });
}

void MainWindow::buildSection(QWidget* placeholder)
{
    buildSection(m_stack->indexOf(placeholder));
}

void MainWindow::buildSection(int index)
{
    QWidget* placeholder = m_stack->widget(index);
    const auto builder = m_builders.constFind(placeholder);
    if (builder == m_builders.cend())
        return;
    const std::function<QWidget*()> build = *builder;
    m_builders.erase(builder);
    QWidget* section = build();
    const bool shown = m_stack->currentWidget() == placeholder;
    m_stack->insertWidget(index, section);
    m_stack->removeWidget(placeholder);
    placeholder->deleteLater();
    if (shown)
        m_stack->setCurrentIndex(index);
}

HistoryView* MainWindow::buildHistory()
{
    auto* history = new HistoryView(m_session, this);
    connect(history, &HistoryView::openRequested, this, [this](QDate date) {
        if (m_today->setDate(date)) {
            showSection(sectionIndex(m_today));
            m_today->focusFirstField();
        }
    });
    return history;
}

QWidget* MainWindow::buildChartSection(ChartSection section)
{
    QString error;
    if (const ChartSectionBuilder build = ChartSections::builder(&error))
        return build(section, m_session, this);
    qWarning("quietlegs: the chart sections could not be loaded: %s", qPrintable(error));
    auto* problem = new QLabel(tr("This section could not be loaded, so QuietLegs may not be "
                                  "installed completely. Reinstalling it should bring it back.\n\n"
                                  "Details: %1")
                                   .arg(error),
                               this);
    problem->setWordWrap(true);
    problem->setAlignment(Qt::AlignCenter);
    problem->setMargin(24);
    problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return problem;
}

ReportView* MainWindow::buildReport()
{
    auto* report = new ReportView(m_session, this);
    connect(report, &ReportView::reportSaved, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Report saved to %1.").arg(path), 10000);
    });
    return report;
}

int MainWindow::addSection(QWidget* section, const QString& title, const QIcon& icon, int position)
{
    if (position < 0 || position > m_stack->count())
        position = m_stack->count();
    const QWidget* shown = m_stack->currentWidget();
    m_stack->insertWidget(position, section);
    auto* item = new QListWidgetItem(icon, title);
    item->setSizeHint(QSize(item->sizeHint().width(), m_sidebar->fontMetrics().height() + 20));
    m_sidebar->blockSignals(true);
    m_sidebar->insertItem(position, item);
    m_sidebar->blockSignals(false);
    auto* action = new QAction(icon, title, this);
    // By the action's row: a deferred section's widget changes when it is built.
    connect(action, &QAction::triggered, this,
            [this, action] { showSection(int(m_sectionActions.indexOf(action))); });
    m_sectionActions.insert(position, action);
    addAction(action);
    renumberSections();
    fitSidebar();
    // Inserting must not switch what the user sees, nor move the keyboard focus.
    const int keep = shown ? m_stack->indexOf(const_cast<QWidget*>(shown)) : 0;
    m_stack->setCurrentIndex(keep);
    m_sidebar->blockSignals(true);
    m_sidebar->setCurrentRow(keep);
    m_sidebar->blockSignals(false);
    return position;
}

void MainWindow::fitSidebar()
{
    // The sections built with the window are measured once, when it is polished (event()),
    // not all again for each one added (docs/performance.md).
    if (!testAttribute(Qt::WA_WState_Polished))
        return;
    m_sidebar->setFixedWidth(std::max(m_sidebar->sizeHintForColumn(0) + 40, 150));
}

bool MainWindow::event(QEvent* event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Polish)
        fitSidebar(); // before the first layout, so the first paint has the sidebar's width
    return handled;
}

void MainWindow::renumberSections()
{
    // Ctrl+1..6 follow the sidebar's order, whatever order sections were added in.
    m_goMenu->clear();
    for (int row = 0; row < m_sectionActions.size(); ++row) {
        QAction* action = m_sectionActions[row];
        const QString title = action->text();
        if (row < kNumberedSections) {
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
            m_sidebar->item(row)->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(row + 1));
        } else {
            action->setShortcut(QKeySequence());
            m_sidebar->item(row)->setToolTip(title);
        }
        m_goMenu->addAction(action);
    }
}

void MainWindow::showSection(int index)
{
    if (index < 0 || index >= m_stack->count())
        return;
    // The window is painted before the journal opens (docs/performance.md): a section other
    // than Today stays blank until then rather than show an empty journal for a moment.
    if (m_session->isOpen())
        buildSection(index);
    m_stack->setCurrentIndex(index);
    if (m_sidebar->currentRow() != index)
        m_sidebar->setCurrentRow(index);
    // A section chooses where the keyboard lands with its focus proxy.
    if (QWidget* section = m_stack->currentWidget(); section->focusProxy())
        section->setFocus(Qt::ShortcutFocusReason);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Spin boxes and date/time fields hold a number, not prose: Ctrl+Z and Ctrl+Shift+Z there
    // mean the journal's undo, not undoing the last keystroke.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool undoKey =
            key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z);
        QObject* target = watched;
        if (undoKey && qobject_cast<QLineEdit*>(target) && target->parent())
            target = target->parent();
        if (undoKey && qobject_cast<QAbstractSpinBox*>(target)) {
            event->ignore();
            return true;
        }
        // A text field with no typing of its own to take back (an HH:MM field just left,
        // say): the keys mean the journal's undo, as the Edit menu shows it (issue 24).
        if (undoKey && !fieldHasOwnUndo(watched, key->matches(QKeySequence::Undo))) {
            event->ignore();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

int MainWindow::currentSection() const
{
    return m_stack->currentIndex();
}

int MainWindow::sectionIndex(QWidget* section) const
{
    return m_stack->indexOf(section);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newJournal = file->addAction(tr("&New journal…"), this, &MainWindow::newJournal);
    newJournal->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(tr("&Open journal…"), this, &MainWindow::openJournal);
    open->setShortcut(QKeySequence::Open);
    m_recoverAction = file->addAction(tr("&Recover damaged journal…"), this,
                                      [this] { RecoverFlow::run(this); });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // Not QUndoStack's own actions: the session's undo() and redo() keep the stack where it
    // was when the journal refuses the step (a full disk).
    QUndoStack* stack = m_session->undoStack();
    QAction* undo = new QAction(this);
    QAction* redo = new QAction(this);
    auto updateUndoActions = [stack, undo, redo] {
        undo->setEnabled(stack->canUndo());
        undo->setText(stack->undoText().isEmpty() ? tr("&Undo")
                                                  : tr("&Undo %1").arg(stack->undoText()));
        redo->setEnabled(stack->canRedo());
        redo->setText(stack->redoText().isEmpty() ? tr("&Redo")
                                                  : tr("&Redo %1").arg(stack->redoText()));
    };
    connect(stack, &QUndoStack::indexChanged, this, updateUndoActions);
    connect(stack, &QUndoStack::cleanChanged, this, updateUndoActions);
    updateUndoActions();
    connect(undo, &QAction::triggered, m_session, [this] { m_session->undo(); });
    connect(redo, &QAction::triggered, m_session, [this] { m_session->redo(); });
    undo->setShortcut(QKeySequence::Undo);
    // Ctrl+Shift+Z everywhere, plus the platform's own redo keys when they differ.
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys << key;
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::editPreferences);
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferenceKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferenceKeys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    preferences->setShortcuts(preferenceKeys);

    m_goMenu = menuBar()->addMenu(tr("&Go"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_helpMenu = help;
    QAction* guide = help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About QuietLegs"), this, &MainWindow::showAbout);
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 860);
    showSection(settings.value(kSectionKey, 0).toInt());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_today->hasUnsavedChanges()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved night"), tr("Save the night before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_today->save())) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSectionKey, currentSection());
    if (!m_quitting && m_session->preferences().keepInTray && m_tray->isVisible()) {
        // Reminders keep coming; the tray's menu quits for good.
        event->ignore();
        hide();
        if (!m_toldAboutTray) {
            m_toldAboutTray = true;
            m_tray->notify(tr("QuietLegs"),
                           tr("QuietLegs keeps running in the tray for its reminders. Quit it "
                              "from the tray's menu."),
                           QDate());
        }
        return;
    }
    event->accept();
    // With a tray icon the app does not quit on its last window by itself (a message box
    // closed while the window is in the tray must not end it), so closing quits here.
    if (m_tray->isVisible())
        QCoreApplication::quit();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // QStatusBar hides the path label under a message only while it is on screen: a reminder
    // given while the window was in the tray would be drawn over the path. Shown again once
    // the window is up, the message takes the label's place as it should.
    QTimer::singleShot(0, this, [this] {
        if (const QString message = statusBar()->currentMessage(); !message.isEmpty()) {
            statusBar()->clearMessage(); // the same message again would be ignored
            statusBar()->showMessage(message, kReminderShownMs);
        }
    });
}

void MainWindow::quit()
{
    m_quitting = true;
    if (isHidden())
        show(); // an unsaved night is asked about in the window it belongs to
    const bool closed = close();
    m_quitting = false;
    if (closed)
        QCoreApplication::quit();
}

bool MainWindow::openNightInToday(QDate night)
{
    showNormal();
    raise();
    activateWindow();
    showSection(sectionIndex(m_today));
    if (!m_today->setDate(night))
        return false;
    m_today->focusFirstField();
    return true;
}

void MainWindow::showQuickLog(QDate night)
{
    if (!m_session->isOpen()) {
        openNightInToday(night); // the journal is still opening: Today takes the night
        return;
    }
    if (!m_quickLog) {
        // A window of its own (no parent): it comes up over other programs while the main
        // window stays in the tray.
        m_quickLog = new QuickLogDialog(m_session, this);
        m_quickLog->setWindowFlag(Qt::Window);
    }
    m_quickLog->setNight(night);
    m_quickLog->show();
    m_quickLog->raise();
    m_quickLog->activateWindow();
}

void MainWindow::showMinimizedToTray()
{
    if (JournalTray::isAvailable()) {
        m_tray->setVisible(true);
        QApplication::setQuitOnLastWindowClosed(false);
        return;
    }
    showMinimized();
}

void MainWindow::toggleVisible()
{
    if (isVisible() && !isMinimized() && isActiveWindow()) {
        if (m_session->preferences().keepInTray)
            hide();
        else
            showMinimized();
        return;
    }
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::updateTray()
{
    // The icon stays when it has a job: reminders to carry or a window closed into it.
    const Preferences preferences = m_session->preferences();
    m_tray->setVisible(preferences.bedtimeReminderEnabled || preferences.morningReminderEnabled ||
                       preferences.weeklyReminderEnabled || preferences.keepInTray);
    QApplication::setQuitOnLastWindowClosed(!m_tray->isVisible());
}

void MainWindow::updateTitle()
{
    const QString path = m_session->path();
    const QString defaultPath = QString::fromStdString(defaultJournalPath().string());
    if (path.isEmpty() ||
        QFileInfo(path).absoluteFilePath() == QFileInfo(defaultPath).absoluteFilePath())
        setWindowTitle(tr("QuietLegs"));
    else
        setWindowTitle(tr("QuietLegs — %1").arg(QFileInfo(path).fileName()));
}

void MainWindow::updateStatus()
{
    const JournalCounts counts = m_session->counts();
    m_pathLabel->setText(tr("Journal: %1").arg(m_session->path()));
    // One %n per message, so that each count gets its own plural form.
    m_countsLabel->setText(QStringList{tr("%n night(s)", "status bar", int(counts.nights)),
                                       tr("%n intake(s)", "status bar", int(counts.intakes)),
                                       tr("%n day(s) with triggers logged", "status bar",
                                          int(counts.daily)),
                                       tr("%n lab result(s)", "status bar", int(counts.labs))}
                               .join(tr(" · ", "between the status bar's counts")));
}

void MainWindow::openJournalAt(const QString& path)
{
    if (path.isEmpty())
        return;
    if (m_instance && SingleInstance::instanceName(path) != m_instance->name()) {
        SingleInstance other(path);
        if (other.sendToRunning(QByteArrayLiteral("raise"))) {
            QMessageBox::information(this, tr("Journal open elsewhere"),
                                     tr("%1 is open in another QuietLegs window, which is now in "
                                        "front. One window per journal keeps entries from "
                                        "crossing.")
                                         .arg(QFileInfo(path).fileName()));
            return;
        }
    }
    if (m_today->hasUnsavedChanges() && !m_today->save()) {
        const auto answer =
            QMessageBox::question(this, tr("Unsaved night"), tr("Discard the unsaved night?"));
        if (answer != QMessageBox::Yes)
            return;
    }
    if (auto status = m_session->open(path); !status) {
        QMessageBox::warning(this, tr("Cannot open journal"), errorText(status.error()));
        return;
    }
    if (m_instance)
        m_instance->switchTo(path);
}

void MainWindow::newJournal()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New journal"),
                                                      QFileInfo(m_session->path()).absolutePath(),
                                                      tr("QuietLegs journals (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::information(this, tr("New journal"),
                                 tr("%1 exists already; it is opened instead of replaced.")
                                     .arg(QFileInfo(path).fileName()));
    }
    openJournalAt(path);
}

void MainWindow::openJournal()
{
    openJournalAt(QFileDialog::getOpenFileName(this, tr("Open journal"),
                                               QFileInfo(m_session->path()).absolutePath(),
                                               tr("QuietLegs journals (*.sqlite);;All files (*)")));
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(m_session->preferences(), this);
    dialog.setStartAtLogin(AutostartEntry().isEnabled());
    std::optional<PrimaryQuestion> primary;
    if (m_session->isOpen()) {
        primary = m_session->primaryQuestion();
        dialog.setPrimaryQuestion(*primary, m_session->variables());
        dialog.setTenAreasNightly(m_session->scoresTenAreasNightly());
        dialog.showOwnFactors(m_session);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->setPreferences(dialog.preferences());
    AutostartEntry::applyChoice(dialog.startAtLogin(), this);
    if (const auto chosen = dialog.primaryQuestion();
        chosen && primary && (chosen->relation != primary->relation || chosen->mid != primary->mid))
        m_session->savePrimaryQuestion(*chosen);
    if (const auto tenAreas = dialog.tenAreasNightly();
        tenAreas && *tenAreas != m_session->scoresTenAreasNightly())
        m_session->setScoresTenAreasNightly(*tenAreas);
}

void MainWindow::applyPreferences()
{
    const Preferences preferences = m_session->preferences();
    m_weekStart->setFirstDay(preferences.weekStart);
    AppTheme::apply(preferences.theme);
    m_weeklyReminder->setTime(preferences.weeklyReminderEnabled
                                  ? std::optional(preferences.weeklyReminderDay)
                                  : std::nullopt,
                              preferences.weeklyReminder);
    m_reminders->setTimes(
        preferences.bedtimeReminderEnabled ? std::optional(preferences.bedtimeReminder)
                                           : std::nullopt,
        preferences.morningReminderEnabled ? std::optional(preferences.morningReminder)
                                           : std::nullopt);
    updateTray();
}

void MainWindow::remind(ReminderKind kind, QDate night)
{
    const QString message =
        kind == ReminderKind::Bedtime
            ? tr("Bedtime: log this evening's supplements and triggers in Today (Ctrl+1).")
            : tr("The night of %1 is not logged yet. It takes under a minute in Today (Ctrl+1).")
                  .arg(QLocale().toString(night, tr("dddd d MMMM", "QDate::toString() format")));
    statusBar()->showMessage(message, kReminderShownMs);
    QApplication::alert(this);
    m_weeklyNotified = false;
    // Without a notification to click, the reminder opens the quick log itself.
    if (!m_tray->notify(tr("QuietLegs"), message, night))
        showQuickLog(night);
}

void MainWindow::remindWeekly()
{
    const QString message = tr("Weekly check-in: score this week's ten areas in Today "
                               "(Ctrl+Shift+K).");
    statusBar()->showMessage(message, kReminderShownMs);
    QApplication::alert(this);
    m_weeklyNotified = m_tray->notify(tr("QuietLegs"), message, QDate());
}

void MainWindow::showUserGuide()
{
    UserGuideDialog guide(this);
    guide.exec();
}

void MainWindow::showAbout()
{
    AboutBox box(this);
    box.exec();
}

} // namespace quietlegs
