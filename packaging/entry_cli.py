"""The frozen build's command line (pfp): the wheel's console script, as a script file."""

import multiprocessing
import sys

from pfp_desktop.cli import run

if __name__ == "__main__":
    # A frozen program is also what multiprocessing starts for a child: this runs the child.
    multiprocessing.freeze_support()
    sys.exit(run())
