#include "AppTheme.h"

#include "desktop/AppStyle.h"
#include "desktop/DarkPalette.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace quietlegs {
namespace {

struct ThemeState
{
    Theme shown = Theme::System;
    std::optional<Theme> commandLine;
    // What the app started with, kept the first time another theme is shown.
    bool systemKept = false;
    QString systemStyle;
};

ThemeState& state()
{
    static ThemeState s;
    return s;
}

} // namespace

void AppTheme::apply(Theme theme)
{
    if (state().commandLine)
        return;
    show(theme);
}

void AppTheme::setCommandLineTheme(Theme theme)
{
    state().commandLine = theme;
    show(theme);
}

std::optional<Theme> AppTheme::commandLineTheme()
{
    return state().commandLine;
}

Theme AppTheme::current()
{
    return state().shown;
}

void AppTheme::show(Theme theme)
{
    ThemeState& s = state();
    if (theme == s.shown)
        return;
    if (!s.systemKept) {
        s.systemKept = true;
        s.systemStyle = AppStyle::nameOf(QApplication::style());
    }
    if (theme == Theme::System) {
        if (QStyle* style = QStyleFactory::create(s.systemStyle))
            QApplication::setStyle(new AppStyle(style));
        QApplication::setPalette(QPalette()); // resolved against the platform theme again
    } else {
        QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        QApplication::setStyle(new AppStyle(fusion));
        QApplication::setPalette(theme == Theme::Dark ? darkPalette() : fusion->standardPalette());
    }
    s.shown = theme;
}

} // namespace quietlegs
