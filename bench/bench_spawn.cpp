// Runs one command and prints how long it took and its peak memory, for bench/run:
//   bench_spawn [--paint] -- COMMAND [ARGS...]
// prints `ms <milliseconds> rss_kb <peak resident set of the child>`. Without --paint the
// time is launch -> exit and the child's output goes to /dev/null; with --paint it is launch
// -> the `first-paint <CLOCK_MONOTONIC ns>` line the child prints (FirstPaintProbe). Exits 1
// when the command fails or never paints.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

long long monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

} // namespace

int main(int argc, char** argv)
{
    bool paint = false;
    int first = 1;
    for (; first < argc; ++first) {
        if (std::strcmp(argv[first], "--paint") == 0)
            paint = true;
        else if (std::strcmp(argv[first], "--") == 0) {
            ++first;
            break;
        } else
            break;
    }
    if (first >= argc) {
        std::fprintf(stderr, "usage: bench_spawn [--paint] -- COMMAND [ARGS...]\n");
        return 2;
    }
    int pipeFds[2];
    if (paint && pipe(pipeFds) != 0) {
        std::perror("pipe");
        return 1;
    }
    const long long start = monotonicNs();
    const pid_t child = fork();
    if (child == 0) {
        const int out = paint ? pipeFds[1] : open("/dev/null", O_WRONLY);
        dup2(out, STDOUT_FILENO);
        if (paint) {
            close(pipeFds[0]);
            close(pipeFds[1]);
        }
        execvp(argv[first], argv + first);
        std::perror(argv[first]);
        _exit(127);
    }
    if (child < 0) {
        std::perror("fork");
        return 1;
    }
    long long paintedAt = 0;
    if (paint) {
        close(pipeFds[1]);
        FILE* output = fdopen(pipeFds[0], "r");
        char line[256];
        while (std::fgets(line, sizeof line, output)) {
            if (std::strncmp(line, "first-paint ", 12) == 0 && paintedAt == 0)
                paintedAt = std::atoll(line + 12);
        }
        std::fclose(output);
    }
    int status = 0;
    rusage usage{};
    wait4(child, &status, 0, &usage);
    const long long end = monotonicNs();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "bench_spawn: %s failed (status %d)\n", argv[first], status);
        return 1;
    }
    if (paint && paintedAt == 0) {
        std::fprintf(stderr, "bench_spawn: %s never printed first-paint\n", argv[first]);
        return 1;
    }
    const long long took = (paint ? paintedAt : end) - start;
    std::printf("ms %.3f rss_kb %ld\n", took / 1e6, usage.ru_maxrss);
    return 0;
}
