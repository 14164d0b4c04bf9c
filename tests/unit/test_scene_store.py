"""Talk scenes on a real database, and the rated-talks query behind "What works for us"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from openup_desktop.core.clock import FakeClock
from openup_desktop.core.insights import what_works
from openup_desktop.core.scene import Scene
from openup_desktop.core.talk import TalkSettings
from openup_desktop.store.database import open_database
from openup_desktop.store.scenes import SceneRepository, create_scene_tables
from openup_desktop.store.talks import TalkRepository
from tests.helpers.db import full

T0 = datetime(2025, 3, 1, 19, 0, tzinfo=UTC)
SECRET = "Kx9 by candlelight"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    opened = open_database(tmp_path / "openup.db")
    create_scene_tables(opened.db)
    yield opened.db
    opened.close()


@pytest.fixture
def talks(db: sqlite_utils.Database) -> TalkRepository:
    return TalkRepository(db, FakeClock(T0))


@pytest.fixture
def scenes(db: sqlite_utils.Database) -> SceneRepository:
    return SceneRepository(db)


def ended(
    talks: TalkRepository,
    day: int,
    ratings: tuple[int | None, int | None] = (None, None),
    *,
    end: bool = True,
) -> int:
    started = T0 + timedelta(days=day)
    talk_id = talks.create_talk(TalkSettings(talk_minutes=5), started)
    if end:
        talks.finish_talk(talk_id, started + timedelta(minutes=5), "time_up")
    for partner, rating in enumerate(ratings):
        if rating is not None:
            talks.save_wrapup(talk_id, partner, None, rating)
    return talk_id


def test_create_tables_is_idempotent(db):
    create_scene_tables(db)
    create_scene_tables(db)
    assert "talk_scenes" in full(db).table_names()


def test_save_and_read_back(talks, scenes):
    talk_id = ended(talks, 0)
    scene = Scene(where="kitchen_table", when="evening", doing="tea_coffee", music=True, note="x")
    scenes.save_scene(talk_id, scene)
    assert scenes.scene_for(talk_id) == scene
    scenes.save_scene(talk_id, Scene(where="walk", music=False))
    assert scenes.scene_for(talk_id) == Scene(where="walk", music=False)


def test_skipped_scene_stores_nothing(talks, scenes, db):
    talk_id = ended(talks, 0)
    assert scenes.scene_for(talk_id) is None
    scenes.save_scene(talk_id, Scene(where="sofa"))
    scenes.save_scene(talk_id, Scene())
    assert scenes.scene_for(talk_id) is None
    assert full(db)["talk_scenes"].count == 0


def test_unknown_talk(scenes):
    with pytest.raises(KeyError):
        scenes.save_scene(42, Scene(where="sofa"))
    assert scenes.scene_for(42) is None


def test_scene_is_deleted_with_its_talk(talks, scenes, db):
    talk_id = ended(talks, 0)
    scenes.save_scene(talk_id, Scene(where="bed"))
    db.execute("DELETE FROM talks WHERE id = ?", [talk_id])
    assert full(db)["talk_scenes"].count == 0


def test_values_unknown_to_this_version_read_as_not_said(talks, scenes, db):
    talk_id = ended(talks, 0)
    db.execute(
        'INSERT INTO talk_scenes (talk_id, "where", when_of_day, doing, music, note) '
        "VALUES (?, 'rooftop', 'evening', 'knitting', 1, NULL)",
        [talk_id],
    )
    assert scenes.scene_for(talk_id) == Scene(when="evening", music=True)


def test_rated_talks_with_scenes_uses_the_lower_rating_and_skips_the_rest(talks, scenes):
    both = ended(talks, 0, (5, 3))
    one = ended(talks, 1, (None, 4))
    ended(talks, 2, (None, None))  # unrated: left out
    running = ended(talks, 3, (5, 5), end=False)  # not ended: left out
    no_scene = ended(talks, 4, (2, 2))
    scenes.save_scene(both, Scene(where="sofa", music=True))
    scenes.save_scene(one, Scene(where="walk", note=SECRET))
    scenes.save_scene(running, Scene(where="bed"))
    pairs = scenes.rated_talks_with_scenes()
    assert pairs == [
        (Scene(), 2),
        (Scene(where="walk", note=SECRET), 4),
        (Scene(where="sofa", music=True), 3),
    ]
    assert no_scene  # present as the empty scene above
    result = what_works(pairs)
    assert result.rated_talks == 2
    assert [(v.value, v.average) for v in result.factors["where"]] == [("walk", 4), ("sofa", 3)]


def test_the_note_is_never_logged(talks, scenes, openup_caplog):
    caplog = openup_caplog
    talk_id = ended(talks, 0)
    scenes.save_scene(talk_id, Scene(note=SECRET))
    assert "Kx9" not in caplog.text
