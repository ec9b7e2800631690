"""The README and the guide point only at files and headings that exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\]\(([^)\s]+)\)")


def _anchors(page: Path) -> set[str]:
    """The #anchors GitHub gives a page's headings."""
    out = set()
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            out.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return out


def _broken(page: Path) -> list[str]:
    bad = []
    for target in LINK.findall(page.read_text(encoding="utf-8")):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        if not file.exists():
            bad.append(f"{page.name}: {target} (no such file)")
        elif anchor and anchor not in _anchors(file):
            bad.append(f"{page.name}: {target} (no such heading)")
    return bad


def test_every_link_of_the_readme_and_the_guide_leads_somewhere():
    assert (ROOT / "docs" / "guide.md") in PAGES
    assert [b for page in PAGES for b in _broken(page)] == []


def test_a_link_to_a_missing_heading_is_found(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("# Start\n\nSee [votes](#votes) and [start](#start).\n", encoding="utf-8")
    assert _broken(page) == ["page.md: #votes (no such heading)"]
