#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace quietlegs {

/// Text from the Qt-free layers (UTF-8) as a QString.
inline QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}
inline QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace quietlegs
