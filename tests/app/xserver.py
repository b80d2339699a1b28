"""What the end-to-end tests of the desktop program share: a private X server (Xvfb) and waiting
for a condition."""
import os
import subprocess
import time


def wait_for(predicate, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


class Xvfb:
    """One private X server on a free display number, stopped on exit."""

    def __init__(self, size="1280x800x24"):
        self.size = size

    def __enter__(self):
        for display in range(140, 200):
            if not os.path.exists(f"/tmp/.X11-unix/X{display}") and not os.path.exists(
                    f"/tmp/.X{display}-lock"):
                break
        self.display = f":{display}"
        self.proc = subprocess.Popen(["Xvfb", self.display, "-screen", "0", self.size,
                                      "-nolisten", "tcp"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not wait_for(lambda: os.path.exists(f"/tmp/.X11-unix/X{display}"), 10):
            self.proc.kill()
            raise RuntimeError("Xvfb did not start")
        return self

    def __exit__(self, *exc):
        self.proc.terminate()
        self.proc.wait(10)
