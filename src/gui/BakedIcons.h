#pragma once

#include <QIcon>

namespace quietlegs {

namespace baked {
/// One size of an image, as premultiplied ARGB pixels, row by row (generated BakedIcons.cpp).
struct BakedIcon
{
    const char* name;
    int width;
    int height;
    const unsigned int* pixels;
};
extern const BakedIcon kIcons[];
extern const int kIconCount;
} // namespace baked

/// The app's icon `name` (resources/icons/NAME.svg: the sidebar's sections and "quietlegs")
/// from pixels rendered when the app was built (tools/bake-icons), at each size rendered then.
/// Drawing it reads no file: no SVG is parsed and no image or icon plugin is loaded before the
/// window's first paint (docs/performance.md). An empty icon for an unknown name.
QIcon bakedIcon(const char* name);
/// The first (or only) image baked under `name`, e.g. one of Qt's style images; a null pixmap
/// for an unknown name.
QPixmap bakedPixmap(const char* name);

} // namespace quietlegs
