"""The templates to offer a user: every one that can be read, and for each file that cannot,
what is wrong with it, so that one broken template of the user's own does not keep the
start screen or `roundtable templates` from offering the others."""

from __future__ import annotations

from roundtable.templates import (
    Template,
    TemplateError,
    load_template,
    template_paths,
    user_template_dir,
)


def readable_templates() -> tuple[list[Template], list[str]]:
    """The templates that can be read, sorted by title, and what is wrong with each file
    that cannot (its path and the problem). One broken file of a user's own kept the app's
    start screen from opening and `roundtable templates` from listing the others."""
    found, problems = [], []
    for path in template_paths().values():
        try:
            found.append(load_template(path))
        except TemplateError as exc:
            problems.append(str(exc))
        except Exception as exc:  # a slip of ours in reading one file: the others still come
            problems.append(f"{path}: could not be read ({exc})")
    return sorted(found, key=lambda t: t.title), problems


def left_out(problem: str) -> str:
    """What to tell the user of a template file left out for `problem` (as readable_templates
    gives it)."""
    return (
        f"Template left out: {problem}. Correct that file, or move it out of {user_template_dir()}."
    )
