"""The log never fills the disk: past its size it moves to ``.1`` and only three old files stay.

A long evening or months of use must not leave a log folder that grows without end, and a
rotation must not lose or reorder lines (the last lines before a problem are the useful ones).
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from openup_desktop.logging_setup import (
    LOG_BACKUPS,
    LOG_FILE_NAME,
    LOG_MAX_BYTES,
    SizeCappedFileHandler,
    setup_logging,
)


@pytest.fixture
def logger():
    log = logging.getLogger("openup.test_rotation")
    log.propagate = False
    log.setLevel(logging.INFO)
    yield log
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def test_each_file_stays_under_its_cap_and_only_the_newest_backups_are_kept(tmp_path, logger):
    path = tmp_path / "openup.log"
    logger.addHandler(SizeCappedFileHandler(path, max_bytes=200, backups=3))
    for number in range(60):
        logger.info("line %03d of the evening", number)  # 24 bytes with the newline

    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["openup.log", "openup.log.1", "openup.log.2", "openup.log.3"]
    for name in files:
        assert (tmp_path / name).stat().st_size <= 200
    # Oldest to newest: .3, .2, .1, the log itself; no line lost or repeated between them.
    kept = _lines(tmp_path / "openup.log.3") + _lines(tmp_path / "openup.log.2")
    kept += _lines(tmp_path / "openup.log.1") + _lines(path)
    numbers = [int(line.split()[1]) for line in kept]
    assert numbers == list(range(numbers[0], 60)), "consecutive, ending with the last line"
    assert numbers[0] > 0, "the oldest lines went with the file that fell off the end"


def test_a_line_longer_than_the_cap_is_written_whole(tmp_path, logger):
    path = tmp_path / "openup.log"
    logger.addHandler(SizeCappedFileHandler(path, max_bytes=50, backups=1))
    logger.info("%s", "x" * 120)
    assert not (tmp_path / "openup.log.1").exists(), "an empty log is not rotated away"
    logger.info("after")
    assert _lines(tmp_path / "openup.log.1") == ["x" * 120]
    assert _lines(path) == ["after"]


def test_a_log_left_by_the_last_session_is_continued_then_rotated(tmp_path, logger):
    path = tmp_path / "openup.log"
    path.write_text("from yesterday\n", encoding="utf-8")
    logger.addHandler(SizeCappedFileHandler(path, max_bytes=40, backups=2))
    logger.info("today one")
    assert _lines(path) == ["from yesterday", "today one"]
    logger.info("today two, longer")
    assert _lines(tmp_path / "openup.log.1") == ["from yesterday", "today one"]
    assert _lines(path) == ["today two, longer"]


def test_no_backups_means_the_full_log_is_started_afresh(tmp_path, logger):
    path = tmp_path / "openup.log"
    logger.addHandler(SizeCappedFileHandler(path, max_bytes=30, backups=0))
    logger.info("first line of text")
    logger.info("second line of text")
    assert [p.name for p in tmp_path.iterdir()] == ["openup.log"]
    assert _lines(path) == ["second line of text"]


def test_a_rotation_that_fails_still_writes_the_line(tmp_path, logger, monkeypatch):
    path = tmp_path / "openup.log"
    handler = SizeCappedFileHandler(path, max_bytes=30, backups=2)
    logger.addHandler(handler)
    logger.info("first line of text")

    def refuse(*_args: object) -> None:
        raise PermissionError("the file is held by another program")

    monkeypatch.setattr("openup_desktop.logging_setup.os.replace", refuse)
    monkeypatch.setattr(logging, "raiseExceptions", False)  # handleError stays quiet
    logger.info("second line of text")
    assert _lines(path) == ["first line of text", "second line of text"]


def test_the_app_log_is_capped_at_one_megabyte_with_three_old_files(tmp_path):
    path = setup_logging(tmp_path / "logs")
    handler = logging.getLogger("openup").handlers[0]
    assert path == tmp_path / "logs" / LOG_FILE_NAME
    assert isinstance(handler, SizeCappedFileHandler)
    assert (handler.max_bytes, handler.backups) == (LOG_MAX_BYTES, LOG_BACKUPS) == (1_000_000, 3)
