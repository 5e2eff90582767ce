#pragma once

#include "ChartSections.h"
#include "quietlegs/core/ReminderSchedule.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMainWindow>
#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace quietlegs {

class CalendarWeekStart;
class FoodCatalog;
class HistoryView;
class JournalTray;
class InsightsView;
class JournalSession;
class LabsView;
class NightReminders;
class QuickLogDialog;
class ReportView;
class SingleInstance;
class TodayView;
class TrendsView;
class WeeklyReminder;

/// The main window: a sidebar of sections (Today, History, Trends, Insights, Labs, Report; more
/// register with addSection()), the File/Edit/Go/Help menus, and a status bar with the journal's
/// path and counts. Remembers its geometry and last section.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(JournalSession* session, QWidget* parent = nullptr);

    /// Adds a section to the sidebar and the Go menu at `position` (-1: at the end). The first
    /// six rows of the sidebar get Ctrl+1..Ctrl+6, renumbered on every insertion. Returns the
    /// section's index. Add sections before restoreState() so the last one can be restored.
    /// The section's focus proxy, if it has one, gets the keyboard when it is shown.
    int addSection(QWidget* section, const QString& title, const QIcon& icon, int position = -1);
    void showSection(int index);
    int currentSection() const;
    /// Index of a section widget, or -1.
    int sectionIndex(QWidget* section) const;

    JournalSession* session() const { return m_session; }
    TodayView* todayView() const { return m_today; }
    /// The sections other than Today are built when first shown (start-up builds only what
    /// it paints); asking for one builds it. The chart sections' accessors are defined with
    /// them (charts/ChartSectionBuilders.cpp): only programs that link them in use these.
    HistoryView* historyView() { return built(m_history); }
    TrendsView* trendsView();
    InsightsView* insightsView();
    LabsView* labsView();
    ReportView* reportView() { return built(m_report); }
    NightReminders* nightReminders() const { return m_reminders; }
    /// The weekly check-in reminder (Preferences); its notification opens the check-in.
    WeeklyReminder* weeklyReminder() const { return m_weeklyReminder; }
    JournalTray* tray() const { return m_tray; }
    /// The Help menu, for items the app adds (Help > Welcome).
    QMenu* helpMenu() const { return m_helpMenu; }
    /// File > Recover damaged journal… (RecoverFlow).
    QAction* recoverAction() const { return m_recoverAction; }

    /// Brings the window up on Today at `night` (a reminder's notification, the tray's "Log a
    /// night"); false when an unsaved night there was kept.
    bool openNightInToday(QDate night);
    /// The tray's "Log tonight" and the reminders: the small quick-log window for `night`
    /// (made on first use), on top of whatever is shown.
    void showQuickLog(QDate night);
    QuickLogDialog* quickLog() const { return m_quickLog; }
    /// `quietlegs --minimized` (the login autostart): only the tray icon when the desktop has
    /// a tray, else a minimised window.
    void showMinimizedToTray();
    /// Quits the app, also from the tray: asks about an unsaved night first.
    void quit();

    /// The app's one-window-per-journal guard: File > Open journal moves it to the journal
    /// opened, and refuses a journal another window has open (that window is raised instead).
    void setSingleInstance(SingleInstance* instance) { m_instance = instance; }
    /// What File > Open journal does once a file is chosen (asks about an unsaved night).
    void openJournalAt(const QString& path);

    /// Restores geometry and the last section from QSettings (call after adding sections).
    void restoreState();

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    /// A section built when first shown; until then an empty placeholder holds its place.
    template <typename View> struct DeferredSection
    {
        QWidget* placeholder = nullptr;
        View* view = nullptr;
    };
    template <typename View>
    void addDeferredSection(DeferredSection<View>& section, const QString& title,
                            const QIcon& icon, std::function<View*()> build);
    template <typename View> View* built(DeferredSection<View>& section)
    {
        if (!section.view)
            buildSection(section.placeholder);
        return section.view;
    }
    /// Puts the real section in place of its placeholder, if it is still one.
    void buildSection(int index);
    void buildSection(QWidget* placeholder);
    HistoryView* buildHistory();
    /// Trends, Insights or Labs from ChartSections; a message in its place if they cannot be
    /// loaded (a damaged installation).
    QWidget* buildChartSection(ChartSection section);
    ReportView* buildReport();

    void createMenus();
    void renumberSections();
    /// The sidebar as wide as its longest title, once the window is polished.
    void fitSidebar();
    void updateTitle();
    void updateStatus();
    void newJournal();
    void openJournal();
    void editPreferences();
    void showUserGuide();
    void showAbout();
    void applyPreferences();
    void remind(ReminderKind kind, QDate night);
    void remindWeekly();
    void toggleVisible();
    void updateTray();

    JournalSession* m_session = nullptr;
    FoodCatalog* m_foods = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QMenu* m_goMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QList<QAction*> m_sectionActions; // in sidebar order
    TodayView* m_today = nullptr;
    DeferredSection<HistoryView> m_history;
    DeferredSection<QWidget> m_trends;
    DeferredSection<QWidget> m_insights;
    DeferredSection<QWidget> m_labs;
    DeferredSection<ReportView> m_report;
    QHash<QWidget*, std::function<QWidget*()>> m_builders; // by placeholder, until built
    SingleInstance* m_instance = nullptr;
    CalendarWeekStart* m_weekStart = nullptr;
    NightReminders* m_reminders = nullptr;
    WeeklyReminder* m_weeklyReminder = nullptr;
    bool m_weeklyNotified = false; // the tray's last notification is the weekly one
    JournalTray* m_tray = nullptr;
    QuickLogDialog* m_quickLog = nullptr; // made on first use
    bool m_quitting = false;      // File > Quit closes for good, whatever keepInTray says
    bool m_toldAboutTray = false; // the first close to the tray says where the app went
    QLabel* m_pathLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_readOnlyBanner = nullptr; // visible while the journal is read-only
    QAction* m_recoverAction = nullptr;
    bool m_showingError = false;
    QString m_lastError; // shown once per journal; later repeats go to the status bar only
};

} // namespace quietlegs
