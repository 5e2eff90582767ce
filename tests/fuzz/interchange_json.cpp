// Fuzzes the interchange-v1 reader (docs/interchange-v1.md) with arbitrary bytes. Besides
// crashes and sanitizer reports it checks that whatever the reader accepts survives the
// round trip: written back and read again, it gives the same entities and the same text.
#include "quietlegs/io/InterchangeJson.h"
#include "quietlegs/io/JsonOutline.h"

#include <cstdint>
#include <cstdlib>
#include <string>

using namespace quietlegs;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort(); // libFuzzer reports the input that broke the round trip
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // As an importer gets it from readImportFile(): with room after it, so the reader works on
    // the fuzzer's bytes in place.
    std::string text;
    text.reserve(size + kJsonReadAhead);
    text.assign(reinterpret_cast<const char*>(data), size);
    auto records = readInterchangeJson(text);
    if (!records)
        return 0;
    const std::chrono::sys_seconds at{};
    const std::string written = interchangeJson(*records, at);
    auto again = readInterchangeJson(written);
    require(again.ok());
    require(again->nights == records->nights);
    require(again->intakes == records->intakes);
    require(again->daily == records->daily);
    require(again->labs == records->labs);
    require(interchangeJson(*again, at) == written);
    return 0;
}
