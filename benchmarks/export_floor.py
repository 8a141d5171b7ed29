"""The floor of `pfp export --all` as a whole process: a fresh Python that reads the same texts
with plain sqlite3 and lays them out with plain reportlab in one pass (the bundled font, a page
break per initiative; no cover, contents, outline, index, header or footer), to a file.
Nothing of ours is imported. Used by benchmarks/cli_startup.py.

Run: .venv/bin/python -m benchmarks.export_floor CATALOGUE OUT.pdf
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"
TEXTS = """
SELECT i.title, i.policy_challenge, i.solution,
       (SELECT group_concat(partner_name, ', ') FROM initiative_partners p
        WHERE p.initiative_id = i.id),
       (SELECT group_concat(o.number || ' ' || o.short_label, '; ')
        FROM initiative_gcm_objectives g JOIN gcm_objectives o ON o.number = g.objective
        WHERE g.initiative_id = i.id),
       (SELECT group_concat(t.target || ' ' || t.wording, '; ')
        FROM initiative_sdg_targets s JOIN sdg_targets t ON t.target = s.target
        WHERE s.initiative_id = i.id)
FROM initiatives i JOIN sessions se ON i.session_id = se.id
ORDER BY se.summit_number DESC, se.position, i.position
"""


def main() -> None:
    catalogue, out = sys.argv[1], sys.argv[2]
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONTS / "DejaVuSans.ttf")))
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10, leading=13)
    connection = sqlite3.connect(Path(catalogue).resolve().as_uri() + "?mode=ro", uri=True)
    story = []
    for texts in connection.execute(TEXTS):
        story += [Paragraph(escape(text), body) for text in texts if text]
        story.append(PageBreak())
    SimpleDocTemplate(out, invariant=1).build(story)


if __name__ == "__main__":
    main()
