"""Child process of the concurrent-writer tests: appends numbered paragraphs to one note,
printing each number only after its append returned (an acknowledged write)."""

from __future__ import annotations

import sys
from pathlib import Path

from pfp_desktop.domain.personal import Target, TargetKind
from pfp_desktop.services.notes import NotesService
from pfp_desktop.services.user_data import open_user_data


def main() -> None:
    data_dir, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    notes = NotesService(open_user_data(data_dir))
    target = Target(TargetKind.INITIATIVE, "shared-note")
    print("ready", flush=True)
    sys.stdin.readline()  # start together
    for number in range(count):
        notes.append(target, f"{name}-{number}")
        print(number, flush=True)


if __name__ == "__main__":
    main()
