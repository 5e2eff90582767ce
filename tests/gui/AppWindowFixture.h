#pragma once

// The desktop app driven like a person drives it: real widgets, QTest key events, a temporary
// journal and temporary settings for every test. What the window's test files share: the
// fixture their classes derive from, and typing and pressing keys as a person would.

#include "JournalSession.h"
#include "MainWindow.h"
#include "quietlegs/core/Intake.h"
#include "quietlegs/core/SupplementPreset.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDate>
#include <QMessageBox>
#include <QObject>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace quietlegs::guitest {

inline const QDate kNight(2026, 3, 14);

/// Answers the next modal message box with `button` once it is up.
inline void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            box->button(button)->click();
        }
    });
    timer->start();
}

/// The widget keys go to; after a dialog closes the window needs a moment to get it back.
inline QWidget* keyboardTarget()
{
    if (!QApplication::activeWindow()) {
        // The offscreen platform has no window manager to hand activation back to the main
        // window when a message box closes; do what the window manager would.
        for (QWidget* window : QApplication::topLevelWidgets())
            if (qobject_cast<MainWindow*>(window) && window->isVisible())
                QApplication::setActiveWindow(window);
    }
    if (!QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }, 1000))
        return QApplication::activeWindow();
    return QApplication::focusWidget();
}

/// Types into whatever has the keyboard focus, as a person would.
inline void type(const QString& text)
{
    // Key by key, each to the widget that has the focus at that moment.
    for (QChar c : text)
        QTest::keyClicks(keyboardTarget(), QString(c));
}

inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = keyboardTarget();
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
}

inline SupplementPreset magnesiumPreset(const std::string& name, std::optional<double> compound,
                                        std::optional<double> elemental,
                                        const char* form = "glycinate")
{
    return SupplementPreset::create(name, Nutrient::Magnesium, form, Route::Oral, compound,
                                    elemental)
        .value();
}

} // namespace quietlegs::guitest

/// The base of the window's test classes: QtTest runs these init and cleanup slots for each
/// class that derives from it.
class AppWindowFixture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("QuietLegsTests"));
        QCoreApplication::setApplicationName(QStringLiteral("QuietLegsTests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init()
    {
        QSettings().clear();
        m_journalDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_journalDir->isValid());
        m_session = std::make_unique<quietlegs::JournalSession>();
        QVERIFY(m_session->open(m_journalDir->filePath(QStringLiteral("journal.sqlite"))).ok());
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_journalDir.reset();
    }

protected:
    void openWindow()
    {
        m_window = std::make_unique<quietlegs::MainWindow>(m_session.get());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    std::vector<quietlegs::Intake> intakesOf(QDate date) const
    {
        std::vector<quietlegs::Intake> intakes;
        for (const auto& stored : m_session->intakes(date))
            intakes.push_back(stored.intake);
        return intakes;
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_journalDir;
    std::unique_ptr<quietlegs::JournalSession> m_session;
    std::unique_ptr<quietlegs::MainWindow> m_window;
};
