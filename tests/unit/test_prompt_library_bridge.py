"""A broken deck file never stops the others, and its problems reach Settings."""

from __future__ import annotations

import json
import shutil

import pytest

from openup_desktop.bridge.prompt_library import PromptLibrary
from openup_desktop.core.clock import FakeClock
from openup_desktop.core.prompts import load_decks
from openup_desktop.resources import asset
from openup_desktop.store.database import open_database
from openup_desktop.store.talks import TalkRepository


@pytest.fixture
def repo(tmp_path):
    opened = open_database(tmp_path / "openup.db")
    yield TalkRepository(opened.db)
    opened.close()


def test_bad_entry_is_reported_and_the_rest_loads(tmp_path, repo, openup_caplog):
    caplog = openup_caplog
    decks = tmp_path / "decks"
    shutil.copytree(asset("prompts"), decks)
    path = decks / "06-everyday.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["prompts"][0]["depth"] = 9
    path.write_text(json.dumps(data), encoding="utf-8")
    (decks / "99-broken.json").write_text("{ not json", encoding="utf-8")

    library = PromptLibrary(load_decks(decks), repo, now=FakeClock().now)
    assert len(library.decks) == 15  # fourteen shipped decks and "Ours"
    assert "could not be used" in library.status
    problems = " ".join(library.problems)
    assert "99-broken.json" in problems and "06-everyday.json" in problems
    assert "99-broken.json" in caplog.text
