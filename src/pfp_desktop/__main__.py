"""`python -m pfp_desktop` starts the desktop app."""

from pfp_desktop.ui.app import main

raise SystemExit(main())
