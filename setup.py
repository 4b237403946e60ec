"""Optional mypyc build of the tagger (``timeline.temporal``).

The project's metadata lives in pyproject.toml; this file only adds compiled extension modules
when asked to. By default (``make install``, ``pip install -e .``, CI) it adds nothing and the
package is pure Python. With ``TIMELINE_MYPYC=1`` and mypy installed in the build environment
(``pip install --no-build-isolation .`` in a venv that has mypy and setuptools), mypyc compiles
the modules below into C extensions that Python imports instead of the ``.py`` files beside
them. ``make bench-compiled`` does that in a separate venv (``.venv-compiled``): never build
the extensions in place (``build_ext --inplace``), or the ``.so`` files would shadow edits to
the sources. Without mypyc (``ImportError``) the build falls back to pure Python with a warning.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup

HERE = Path(__file__).resolve().parent

#: The modules compiled: all of timeline.temporal but those named here. follow_pairs.py is
#: the offline analysis behind resources/generated/follow_pairs.tsv (not run by the tagger).
MYPYC_SKIP: frozenset[str] = frozenset({"follow_pairs.py"})


def _compiled_modules() -> list[str]:
    root = HERE / "timeline" / "temporal"
    return sorted(
        str(p.relative_to(HERE))
        for p in root.rglob("*.py")
        if str(p.relative_to(root)) not in MYPYC_SKIP
    )


def _ext_modules() -> list[object]:
    if os.environ.get("TIMELINE_MYPYC", "") not in ("1", "true", "yes"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("TIMELINE_MYPYC is set but mypyc is missing: building pure Python", file=sys.stderr)
        return []
    only = os.environ.get("TIMELINE_MYPYC_MODULES")  # e.g. "engine.py rule.py" (experiments)
    modules = _compiled_modules()
    if only:
        wanted = {f"timeline/temporal/{m}" for m in only.split()}
        modules = [m for m in modules if m in wanted]
    return list(mypycify(modules, opt_level=os.environ.get("MYPYC_OPT_LEVEL", "3")))


setup(ext_modules=_ext_modules())
