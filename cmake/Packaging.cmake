# The Debian package: `cpack -G DEB` in a build configured with -DCMAKE_INSTALL_PREFIX=/usr
# (scripts/package does both) writes quietlegs_<version>_<arch>.deb.
set(CPACK_PACKAGE_NAME quietlegs)
set(CPACK_PACKAGE_VENDOR "The QuietLegs authors")
set(CPACK_PACKAGE_CONTACT "QuietLegs maintainers <quietlegs@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "private nightly journal for Restless Legs Syndrome")
set(CPACK_PACKAGE_DESCRIPTION
    "QuietLegs is a desktop journal for people with Restless Legs Syndrome: nightly symptoms \
(an IRLS-style score or a quick rating), sleep diary times with sleep efficiency, magnesium \
and iron intakes converted to elemental milligrams, and the day's caffeine, alcohol, exercise \
and stress. It draws trends, computes honest statistics, flags lab results such as ferritin, \
and writes a PDF report for a nutritionist or doctor. Everything stays in one local SQLite \
file; it makes no network connections.
.
This package contains the desktop app (quietlegs) and the command-line tool (quietlegs-cli).")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # quietlegs_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${QUIETLEGS_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
# dpkg-shlibdeps (dpkg-dev) finds the libraries the executables link ...
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# ... but not the Qt plugins loaded at run time: the xcb/wayland/offscreen platforms. (The SVG
# icon engine that draws the window and sidebar icons is in libqt6svg6, which dpkg-shlibdeps
# already lists because the app links Qt6::Svg.)
# Nor the tz database that libdate-tz reads at run time (a night's time zone).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "tzdata")
if(QUIETLEGS_BUILD_GUI)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, tzdata")
    # Qt's own German for standard buttons and dialogs; the app's translations are built in.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
endif()

include(CPack)
