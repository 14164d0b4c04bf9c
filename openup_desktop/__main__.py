"""``python -m openup_desktop`` and the ``openup`` command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from .cli import build_parser

    args_list = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args, qt_args = parser.parse_known_args(args_list)

    from .pyside_startup import load_pyside_without_feature_scan

    load_pyside_without_feature_scan()  # before the app's modules: they are what it would scan
    from .app import run_gui, self_check
    from .paths import resolve_paths

    paths = resolve_paths(args.data_dir)
    if args.self_check:
        return self_check(paths)
    return run_gui(paths, [sys.argv[0], *qt_args])


if __name__ == "__main__":
    sys.exit(main())
