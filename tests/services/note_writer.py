"""Child process of the durability test: saves notes as fast as it can, printing each number
only after its commit returned (an acknowledged write), until it is killed."""

from __future__ import annotations

import sys
from pathlib import Path

from pfp_desktop.domain.personal import Target, TargetKind
from pfp_desktop.services.notes import NotesService
from pfp_desktop.services.user_data import open_user_data


def main() -> None:
    data_dir, first = Path(sys.argv[1]), int(sys.argv[2])
    notes = NotesService(open_user_data(data_dir))
    number = first
    while True:
        target = Target(TargetKind.INITIATIVE, f"note-{number % 50}")
        notes.set_note(target, f"write {number}: " + "text that matters " * (number % 40))
        print(number, flush=True)
        number += 1


if __name__ == "__main__":
    main()
