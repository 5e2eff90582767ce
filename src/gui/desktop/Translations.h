#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace quietlegs {

/// The app's languages: British English is the source language, German is complete
/// (docs/translations.md). The choice is a Preferences setting: empty follows the system.
class Translations
{
public:
    /// The codes Preferences stores: "" (system default), "en_GB", "de".
    static QStringList languageCodes();

    /// The locale a language setting stands for: the system's for "", else that language's
    /// (with the system's country when it speaks that language, so de_AT stays de_AT).
    static QLocale localeFor(const QString& language);

    /// Puts the C library's LC_NUMERIC back to "C" (exports stay locale-independent), sets
    /// QLocale's default to localeFor(language) and installs QuietLegs' translation
    /// (embedded under :/i18n) and Qt's own (standard buttons and dialogs, when the
    /// qt6-translations-l10n package is installed) on the application. Returns the locale.
    /// English needs a translator too: it carries the singular/plural forms of %n messages.
    static QLocale install(QCoreApplication* app, const QString& language);
};

} // namespace quietlegs
