"""What every benchmark does at the end: write its figures as JSON and say where."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def write_results(path: Path, result: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"Written {path}")
