"""The frozen build's window program (pfp-desktop): the wheel's gui-script, as a script file."""

import sys

from pfp_desktop.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
