#include "TodayView.h"

#include "Conversions.h"
#include "JournalSession.h"
#include "today/AttentionStrip.h"
#include "today/DailyFactorsForm.h"
#include "today/IntakePanel.h"
#include "today/MedicinePanel.h"
#include "today/NightForm.h"
#include "today/WeeklyCheckInDialog.h"
#include "today/OwnFactorsForm.h"
#include "today/PackTakenBox.h"
#include "widgets/ElidedLabel.h"
#include "widgets/WrappingLabel.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace quietlegs {
namespace {

QScrollArea* scrolling(QWidget* content, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Not a Tab stop of its own (it showed no focus): Tab goes from the last trigger to the
    // actions, and the area scrolls to the field that has the focus.
    area->setFocusPolicy(Qt::NoFocus);
    // No minimum width from the content: a window too narrow for both columns side by side
    // stacks them (TodayView::updateArrangement) rather than clip a field or grow.
    return area;
}

} // namespace

TodayView::TodayView(JournalSession* session, FoodCatalog* foods, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);

    // The date bar.
    auto* bar = new QHBoxLayout;
    auto* previous = new QToolButton(this);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous night (Alt+Left)"));
    previous->setAccessibleName(tr("Previous night"));
    previous->setFocusPolicy(Qt::TabFocus);
    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setCalendarPopup(true);
    const QString dateFormat = tr("ddd d MMM yyyy", "QDate::toString() format");
    m_dateEdit->setDisplayFormat(dateFormat);
    m_dateEdit->setAccessibleName(tr("Night of (journal date)"));
    m_dateEdit->setToolTip(tr("The evening the night starts"));
    m_dateEdit->setKeyboardTracking(false); // a typed date counts once complete
    const QString widest = QLocale().toString(QDate(2026, 9, 30), dateFormat);
    m_dateEdit->setMinimumWidth(m_dateEdit->fontMetrics().horizontalAdvance(widest) + 48);
    auto* next = new QToolButton(this);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next night (Alt+Right)"));
    next->setAccessibleName(tr("Next night"));
    next->setFocusPolicy(Qt::TabFocus);
    auto* toLog = new QPushButton(tr("Night to log"), this);
    toLog->setToolTip(tr("The night that just ended in the morning, tonight in the evening "
                         "(Alt+Home)"));
    toLog->setFocusPolicy(Qt::TabFocus);
    // It gives up width first (cut with "…"), so a long translation never widens the window.
    m_heading = new ElidedLabel(this);
    m_heading->setObjectName(QStringLiteral("todayHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    bar->addWidget(previous);
    bar->addWidget(m_dateEdit);
    bar->addWidget(next);
    bar->addWidget(toLog);
    bar->addSpacing(12);
    bar->addWidget(m_heading, 1);
    // In the date bar, not in a column: a blinded experiment's pack costs Today no height.
    m_packTaken = new PackTakenBox(session, this);
    bar->addWidget(m_packTaken);
    m_weeklyDue = new QPushButton(tr("Weekly check-in due"), this);
    m_weeklyDue->setObjectName(QStringLiteral("weeklyCheckInDue"));
    m_weeklyDue->setToolTip(tr("Score the ten IRLS-style areas for this week (Ctrl+Shift+K)"));
    m_weeklyDue->setFocusPolicy(Qt::TabFocus);
    m_weeklyDue->setVisible(false);
    bar->addWidget(m_weeklyDue);
    layout->addLayout(bar);
    m_attention = new AttentionStrip(session, this);
    layout->addWidget(m_attention);

    // The night and the day's triggers on the left; intakes and medicines on the right (the
    // right one is the taller: the triggers sit under the night, not below the screen).
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    // The columns go into their scroll areas while still empty: QScrollArea lays out the
    // widget it is given, and the whole of a filled column's layout would be done there once
    // more than the first paint needs (14 M instructions, an eighth of start-up).
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_leftArea = scrolling(left, m_splitter);
    m_rightArea = scrolling(right, m_splitter);
    m_splitter->addWidget(m_leftArea);
    m_splitter->addWidget(m_rightArea);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);
    m_nightForm = new NightForm(left);
    leftLayout->addWidget(m_nightForm);
    m_intakes = new IntakePanel(session, foods, right);
    rightLayout->addWidget(m_intakes, 1);
    m_medicines = new MedicinePanel(session, right);
    rightLayout->addWidget(m_medicines);
    auto* factorsBox = new QGroupBox(tr("The day: possible triggers"), left);
    auto* factorsLayout = new QVBoxLayout(factorsBox);
    m_factors = new DailyFactorsForm(factorsBox);
    factorsLayout->addWidget(m_factors);
    m_ownFactors = new OwnFactorsForm(factorsBox);
    factorsLayout->addWidget(m_ownFactors);
    leftLayout->addWidget(factorsBox);
    leftLayout->addStretch(1);
    // Once the columns are filled: the splitter keeps each column at least as wide as its fields.
    m_splitter->setSizes({560, 640});

    m_left = left;
    m_right = right;
    // A column's fields can get wider or narrower after the window was sized (a message shown
    // while it was built, a night with its ten areas): the arrangement follows them, not only
    // the window's size.
    m_left->installEventFilter(this);
    m_right->installEventFilter(this);
    // Narrow windows (1024 px): one column, the intakes under the night, scrolled together.
    auto* stacked = new QWidget(this);
    m_stackedLayout = new QVBoxLayout(stacked);
    m_stackedLayout->setContentsMargins(0, 0, 0, 0);
    m_stackedArea = scrolling(stacked, this);
    m_stackedArea->setVisible(false);
    layout->addWidget(m_stackedArea, 1);

    // Actions.
    auto* actions = new QHBoxLayout;
    // A reason not to save can be long; the window must not widen (a WrappingLabel: wrapped,
    // its heights remembered).
    m_state = new WrappingLabel(this);
    m_state->setObjectName(QStringLiteral("todayState"));
    m_delete = new QPushButton(tr("Delete night…"), this);
    m_delete->setAccessibleName(tr("Delete this night"));
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_revert->setToolTip(tr("Forget unsaved changes"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveNight"));
    m_save->setToolTip(tr("Save the night and the day's factors (Ctrl+S or Ctrl+Enter)"));
    m_save->setDefault(true);
    m_sameAsYesterday = new QPushButton(tr("Same as &yesterday"), this);
    m_sameAsYesterday->setObjectName(QStringLiteral("sameAsYesterday"));
    m_sameAsYesterday->setToolTip(tr("Copy the day before's supplements and your own factors "
                                     "into this day (Ctrl+Shift+Y)"));
    m_copyNote = new WrappingLabel(this);
    m_copyNote->setObjectName(QStringLiteral("copyNote"));
    actions->addWidget(m_sameAsYesterday);
    actions->addWidget(m_copyNote, 1);
    actions->addWidget(m_state, 1);
    actions->addWidget(m_delete);
    actions->addWidget(m_revert);
    actions->addWidget(m_save);
    layout->addLayout(actions);

    auto addShortcut = [this](const QList<QKeySequence>& keys, auto slot) {
        auto* action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    addShortcut({QKeySequence(Qt::ALT | Qt::Key_Left)}, [this] { setDate(m_date.addDays(-1)); });
    addShortcut({QKeySequence(Qt::ALT | Qt::Key_Right)}, [this] { setDate(m_date.addDays(1)); });
    addShortcut({QKeySequence(Qt::ALT | Qt::Key_Home)}, [this] { setDate(nightToLog()); });
    addShortcut({QKeySequence::Save, QKeySequence(Qt::CTRL | Qt::Key_Return),
                 QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                [this] { save(); });
    for (int i = 0; i < 9; ++i) {
        // Active whenever Today is the visible section, wherever the focus is in the window.
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] { m_intakes->addPreset(i); });
        addAction(action);
    }

    // The weekly check-in, due or not (a week's scores can be corrected).
    auto* weekly = new QAction(this);
    weekly->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    weekly->setShortcutContext(Qt::WindowShortcut);
    connect(weekly, &QAction::triggered, this, &TodayView::openWeeklyCheckIn);
    addAction(weekly);
    connect(m_weeklyDue, &QPushButton::clicked, this, &TodayView::openWeeklyCheckIn);
    // Ctrl+Shift+Y: free in MainWindow (Redo is Ctrl+Shift+Z, or Ctrl+Y on Windows).
    {
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, &TodayView::sameAsYesterday);
        addAction(action);
    }
    connect(m_sameAsYesterday, &QPushButton::clicked, this, &TodayView::sameAsYesterday);
    // Ctrl+Shift+P: a blinded experiment's "Took pack N", from wherever the focus is (free in
    // MainWindow: Ctrl+P exports the report).
    {
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, m_packTaken, &PackTakenBox::clickIfShown);
        addAction(action);
    }

    setFocusProxy(m_nightForm->firstField());
    connect(previous, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(1)); });
    connect(toLog, &QPushButton::clicked, this, [this] { setDate(nightToLog()); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (!m_loading && date != m_date && !setDate(date)) {
            m_loading = true;
            m_dateEdit->setDate(m_date);
            m_loading = false;
        }
    });
    connect(m_save, &QPushButton::clicked, this, &TodayView::save);
    connect(m_revert, &QPushButton::clicked, this, &TodayView::revert);
    connect(m_delete, &QPushButton::clicked, this, &TodayView::deleteNight);
    auto edited = [this] {
        if (m_loading)
            return;
        m_dirty = true;
        updateState();
    };
    connect(m_nightForm, &NightForm::edited, this, edited);
    connect(m_factors, &DailyFactorsForm::edited, this, edited);
    connect(m_ownFactors, &OwnFactorsForm::edited, this, edited);
    connect(session, &JournalSession::factorsChanged, this, [this] {
        if (!m_dirty) // keeps what is typed; the next date shown reads them anew
            reloadOwnFactors();
    });
    connect(session, &JournalSession::factorValuesChanged, this, [this](QDate date) {
        if (date == m_date)
            reloadOwnFactors();
    });

    connect(session, &JournalSession::nightChanged, this, [this](QDate date) {
        if (date == m_date)
            reloadNight();
    });
    connect(session, &JournalSession::dailyFactorsChanged, this, [this](QDate date) {
        if (date == m_date)
            reloadFactors();
    });
    connect(session, &JournalSession::weeksChanged, this, &TodayView::updateWeeklyCheckIn);
    connect(session, &JournalSession::settingsChanged, this, [this] {
        m_nightForm->setTenAreasShown(m_session->scoresTenAreasNightly());
        updateWeeklyCheckIn();
        updateArrangement();
    });
    connect(session, &JournalSession::journalOpened, this, [this] {
        m_nightForm->setTenAreasShown(m_session->scoresTenAreasNightly());
        updateWeeklyCheckIn();
        m_dirty = false;
        m_date = QDate();
        setDate(nightToLog());
    });
    m_nightForm->setTenAreasShown(session->scoresTenAreasNightly());
    updateWeeklyCheckIn();
    // The window is painted before the journal opens (docs/performance.md): it shows the night
    // to log from the start, and loads it again from the journal when that opens.
    setDate(nightToLog());
}

void TodayView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateArrangement();
}

bool TodayView::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_left || watched == m_right) && event->type() == QEvent::LayoutRequest &&
        !m_arrangementQueued) {
        m_arrangementQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_arrangementQueued = false;
                updateArrangement();
            },
            Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void TodayView::updateArrangement()
{
    const int scrollBar = m_leftArea->verticalScrollBar()->sizeHint().width();
    const int leftMin = m_left->minimumSizeHint().width() + scrollBar + 2;
    const int rightMin = m_right->minimumSizeHint().width() + scrollBar + 2;
    const int available = layout()->contentsRect().width();
    if (available <= 0)
        return; // not laid out yet
    const bool narrow = available < leftMin + rightMin + m_splitter->handleWidth();
    if (narrow != m_narrow) {
        // Moving the columns between the scroll areas must not lose the cursor.
        QWidget* focus = QApplication::focusWidget();
        const bool focusHere = focus && isAncestorOf(focus);
        m_narrow = narrow;
        if (narrow) {
            m_leftArea->takeWidget();
            m_rightArea->takeWidget();
            m_stackedLayout->addWidget(m_left);
            m_stackedLayout->addWidget(m_right);
            m_left->show();
            m_right->show();
            m_splitter->setVisible(false);
            m_stackedArea->setVisible(true);
        } else {
            m_stackedLayout->removeWidget(m_left);
            m_stackedLayout->removeWidget(m_right);
            m_leftArea->setWidget(m_left);
            m_rightArea->setWidget(m_right);
            m_stackedArea->setVisible(false);
            m_splitter->setVisible(true);
        }
        if (focusHere && focus->isVisible())
            focus->setFocus(Qt::OtherFocusReason);
    }
    if (!m_narrow) {
        // Each column at least as wide as its fields; what is left over shared evenly.
        const int extra = std::max(0, available - leftMin - rightMin);
        const QList<int> sizes = m_splitter->sizes();
        if (sizes.size() == 2 && (sizes[0] < leftMin || sizes[1] < rightMin))
            m_splitter->setSizes({leftMin + extra / 2, rightMin + extra - extra / 2});
    }
}

void TodayView::updateWeeklyCheckIn()
{
    const bool open = m_session->isOpen() && !m_session->isReadOnly();
    const QDate weekEnding = m_session->weekEndingOf(toQDate(localToday()));
    m_weeklyDue->setVisible(open && !m_session->week(weekEnding));
}

void TodayView::openWeeklyCheckIn()
{
    if (!m_session->isOpen())
        return;
    const QDate weekEnding = m_session->weekEndingOf(toQDate(localToday()));
    WeeklyCheckInDialog dialog(weekEnding, this);
    dialog.setWeek(m_session->week(weekEnding));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto week = dialog.week())
        m_session->saveWeek(*week);
}

QDate TodayView::nightToLog() const
{
    const auto boundary = toMinutes(m_session->preferences().journalDayBoundary);
    return toQDate(quietlegs::nightToLog(localNow(), boundary));
}

bool TodayView::confirmDiscard()
{
    if (!m_dirty)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved night"),
        tr("The night of %1 has unsaved changes.")
            .arg(QLocale().toString(m_date, QLocale::LongFormat)),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool TodayView::setDate(QDate date)
{
    if (!date.isValid())
        return false;
    if (date == m_date)
        return true; // already showing it, unsaved edits included
    if (!confirmDiscard())
        return false;
    m_date = date;
    load();
    return true;
}

void TodayView::load()
{
    m_loading = true;
    m_dateEdit->setDate(m_date);
    m_nightForm->setDate(m_date);
    m_factors->setDate(m_date);
    m_intakes->setDate(m_date);
    m_ownFactors->setDate(m_date);
    m_copyNote->clear();
    m_medicines->setDate(m_date);
    m_packTaken->setDate(m_date);
    m_loading = false;
    reloadNight();
    reloadFactors();
    reloadOwnFactors();
    m_dirty = false;
    const QLocale locale;
    const QString heading =
        tr("Night of %1 into %2")
            .arg(locale.toString(m_date, tr("dddd d MMMM", "QDate::toString() format")),
                 locale.toString(m_date.addDays(1), tr("dddd d", "QDate::toString() format")));
    m_heading->setWholeText(heading);
    updateState();
}

void TodayView::reloadNight()
{
    m_loading = true;
    m_nightForm->setNight(m_session->night(m_date));
    m_loading = false;
    updateArrangement(); // a night with its ten areas scored shows them: wider
    m_dirty = false;
    updateState();
}

void TodayView::reloadFactors()
{
    m_loading = true;
    m_factors->setFactors(m_session->dailyFactors(m_date));
    m_loading = false;
    updateState();
}

void TodayView::reloadOwnFactors()
{
    m_loading = true;
    m_ownFactors->setFactors(m_session->factors());
    m_ownFactors->setValues(m_session->factorValues(m_date));
    m_loading = false;
    updateState();
}

void TodayView::sameAsYesterday()
{
    const QDate yesterday = m_date.addDays(-1);
    const QString day = QLocale().toString(yesterday, tr("dddd d MMMM", "QDate::toString() format"));
    auto copied = m_session->copyDay(yesterday, m_date);
    if (!copied)
        return; // the session has said why
    if (!copied->sourceHadEntries)
        m_copyNote->setText(
            tr("Nothing to copy: %1 has no supplements, medicines or own factors logged.").arg(day));
    else if (copied->total() == 0)
        m_copyNote->setText(tr("Everything from %1 is in this day already.").arg(day));
    else
        m_copyNote->setText(
            tr("Copied %n entries from %1 (Edit > Undo takes them back).", "", copied->total())
                .arg(day));
}

void TodayView::focusFirstField()
{
    m_nightForm->firstField()->setFocus(Qt::OtherFocusReason);
}

void TodayView::updateState()
{
    const bool valid = m_nightForm->night().ok() && m_factors->factors().ok();
    const bool saved = m_session->night(m_date).has_value();
    m_save->setEnabled(m_dirty && valid && m_session->isOpen());
    m_revert->setEnabled(m_dirty);
    m_delete->setEnabled(saved);
    if (m_dirty && !valid)
        m_state->setText(
            tr("Cannot save yet: %1 (Ctrl+S goes there).")
                .arg(!m_nightForm->problem().isEmpty()
                         ? m_nightForm->problem()
                         : (m_factors->factors() ? QString()
                                                 : errorText(m_factors->factors().error()))));
    else if (m_dirty)
        m_state->setText(tr("Unsaved changes — Ctrl+S saves."));
    else if (saved)
        m_state->setText(tr("This night is saved."));
    else
        m_state->setText(tr("Not logged yet."));
}

bool TodayView::save()
{
    auto night = m_nightForm->night();
    auto factors = m_factors->factors();
    if (!night)
        m_nightForm->focusProblemField(); // where the fix is typed
    if (!night || !factors || !m_dirty)
        return false;
    const auto existing = m_session->night(m_date);
    // Emptying the whole form of a saved night means deleting it: ask, as Delete does.
    const bool removeNight = m_nightForm->isEmpty() && existing;
    if (removeNight) {
        const auto answer =
            QMessageBox::question(this, tr("Delete night?"),
                                  tr("The form is empty. Delete the saved night of %1?")
                                      .arg(QLocale().toString(m_date, QLocale::LongFormat)),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const bool writeNight = !m_nightForm->isEmpty() && !(existing && *existing == *night);
    if (writeNight && existing) {
        const auto answer = QMessageBox::question(
            this, tr("Replace saved night?"),
            tr("The night of %1 is saved already. Replace it with what is in the form?")
                .arg(QLocale().toString(m_date, QLocale::LongFormat)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const auto existingFactors = m_session->dailyFactors(m_date);
    const bool writeFactors =
        !(existingFactors ? *existingFactors == *factors : factors->isEmpty());
    const auto ownValues = m_ownFactors->values();
    const bool writeOwn = ownValues != m_session->factorValues(m_date);
    if (!writeNight && !writeFactors && !removeNight && !writeOwn) {
        m_dirty = false;
        updateState();
        return true;
    }
    QUndoStack* undoStack = m_session->undoStack();
    const int stepsBefore = undoStack->index();
    undoStack->beginMacro(
        tr("Save night of %1").arg(QLocale().toString(m_date, QLocale::ShortFormat)));
    bool ok = true;
    if (writeNight)
        ok = m_session->saveNight(*night);
    if (removeNight)
        ok = m_session->deleteNight(m_date);
    if (ok && writeFactors)
        ok = m_session->saveDailyFactors(*factors);
    if (ok && writeOwn)
        ok = m_session->saveFactorValues(m_date, ownValues);
    undoStack->endMacro();
    // Every change refused (a full disk): the macro would be an undo step that undoes
    // nothing. Marked obsolete, undoing it removes it; the form keeps what was typed.
    if (!ok && undoStack->index() == stepsBefore + 1) {
        auto* macro = const_cast<QUndoCommand*>(undoStack->command(stepsBefore));
        if (macro && macro->childCount() == 0) {
            macro->setObsolete(true);
            undoStack->undo();
        }
    }
    if (ok) {
        m_dirty = false;
        updateState();
    }
    return ok;
}

void TodayView::revert()
{
    // The button disables itself and would hand the keyboard on to whatever comes next,
    // outside Today (Alt+Left would stop working): the form gets it back.
    const bool focusInForm = isAncestorOf(QApplication::focusWidget()) &&
                             QApplication::focusWidget() != m_revert;
    load();
    if (!focusInForm)
        focusFirstField();
}

void TodayView::deleteNight()
{
    if (!m_session->night(m_date))
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete night?"),
        tr("Delete the night of %1? Intakes and day factors stay. Edit > Undo brings it back.")
            .arg(QLocale().toString(m_date, QLocale::LongFormat)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_session->deleteNight(m_date);
}

} // namespace quietlegs
