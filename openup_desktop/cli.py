"""Command-line options. Kept apart from start-up so ``--version`` never loads Qt."""

from __future__ import annotations

import argparse

from . import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="openup",
        description="OpenUp: small, safe steps towards opening up, for two people at one laptop.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help="keep all data in this folder instead of the per-user one (portable use, tests)",
    )
    parser.add_argument("--version", action="version", version=f"OpenUp {__version__}")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="load every screen and open the database, print OK and the versions, and exit",
    )
    return parser
