"""A deterministic synthetic catalogue, as large as asked, that the app opens like the shipped one.

Run: .venv/bin/python -m benchmarks.synthetic_catalogue --initiatives 100000 \
         --out /tmp/pfp-100k.sqlite
     [--notes-dir DIR --notes 2000]   (also a notes database with that many notes)

Built from the shipped catalogue: real summits, sessions, partners and taxonomy; titles and
texts recombined from real sentences (seeded), so lengths, vocabulary and partner mixes look
like the real thing. The same seed and size always give the same catalogue.
"""

from __future__ import annotations

import argparse
import random
import time
from dataclasses import replace
from pathlib import Path

from pfp_desktop.catalogue.builder import SourcePaths, build
from pfp_desktop.domain.models import CatalogueContents, Initiative, Provenance, SourceField
from pfp_desktop.services.locations import catalogue_source_dir
from pfp_desktop.storage.catalogue_writer import write_catalogue

SEED = 20261128


def synthetic_contents(count: int, seed: int = SEED) -> CatalogueContents:
    """The shipped catalogue's frame with ``count`` recombined initiatives."""
    real = build(SourcePaths.in_folder(catalogue_source_dir()))
    randomness = random.Random(seed)
    sentences = _sentences(real.initiatives)
    items = tuple(_initiative(n, real, sentences, randomness) for n in range(count))
    return replace(real, initiatives=items, related=(), excluded=())


def _sentences(items: tuple[Initiative, ...]) -> list[str]:
    text = " ".join(f"{i.policy_challenge} {i.solution}" for i in items)
    return [s.strip() + "." for s in text.split(". ") if len(s.strip()) > 20]


def _initiative(
    number: int, real: CatalogueContents, sentences: list[str], randomness: random.Random
) -> Initiative:
    template = randomness.choice(real.initiatives)
    words = [w for i in randomness.sample(real.initiatives, 2) for w in i.title.split()]
    title = " ".join(randomness.sample(words, min(len(words), randomness.randint(4, 14))))
    partners = tuple(
        randomness.sample(
            [p for i in real.initiatives for p in i.partners], randomness.randint(1, 4)
        )
    )
    solution = " ".join(randomness.sample(sentences, randomness.randint(2, 6)))
    challenge = " ".join(randomness.sample(sentences, randomness.randint(0, 2)))
    session = randomness.choice(real.sessions)
    return replace(
        template,
        id=f"syn-{number:06d}",
        title=title.capitalize(),
        summit_number=session.summit_number,
        session_id=session.id,
        session_label=session.label,
        position=number + 1,
        partners=tuple(dict.fromkeys(partners)),
        policy_challenge=challenge,
        solution=solution,
        related=(),
        provenance=Provenance(
            "synthetic",
            (SourceField("title", number + 1, title),),
            template.provenance.attribution,
            "synthetic",
        ),
    )


def write_notes(data_dir: Path, count: int, ids: list[str], seed: int = SEED) -> None:
    """A notes database with ``count`` notes on random initiatives (for search and packs)."""
    from pfp_desktop.domain.personal import Target, TargetKind
    from pfp_desktop.services.personal import Personal
    from pfp_desktop.services.user_data import open_user_data

    randomness = random.Random(seed)
    personal = Personal.of(open_user_data(data_dir))
    words = "meet ask follow-up Tuesday minister budget diaspora remittances café délégation"
    for initiative_id in randomness.sample(ids, min(count, len(ids))):
        text = " ".join(randomness.choices(words.split(), k=randomness.randint(5, 60)))
        personal.notes.set_note(Target(TargetKind.INITIATIVE, initiative_id), text)
    personal.user.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--initiatives", type=int, default=100_000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--notes-dir", type=Path)
    parser.add_argument("--notes", type=int, default=2000)
    args = parser.parse_args()
    start = time.perf_counter()
    contents = synthetic_contents(args.initiatives, args.seed)
    write_catalogue(contents, args.out)
    print(
        f"Wrote {args.out}: {len(contents.initiatives)} initiatives "
        f"in {time.perf_counter() - start:.1f} s"
    )
    if args.notes_dir:
        write_notes(args.notes_dir, args.notes, [i.id for i in contents.initiatives], args.seed)
        print(f"Wrote {args.notes} notes to {args.notes_dir}")


if __name__ == "__main__":
    main()
