"""Peak resident memory of this process, measured from a reset point.

`resource.ru_maxrss` survives `execve` on Linux and never resets, so a benchmark run in a child (or after
other benchmarks in the same process) would report someone else's peak. `/proc/self/status` VmHWM is the
process's own high-water mark, and writing 5 to `/proc/self/clear_refs` resets it (Linux 4.0+).
"""

from __future__ import annotations

import contextlib
import resource
from pathlib import Path


def reset_peak() -> None:
    # Not Linux, or not allowed: the peak then counts from the process's start.
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def peak_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
