"""The setup before a talk takes only what the rules allow; the screen just binds to it."""

from __future__ import annotations

from datetime import datetime

import pytest

from openup_desktop.core.talk import APP_PICKS, MAX_TALK_MINUTES, MIN_TALK_MINUTES
from openup_desktop.core.talk_setup import LET_APP_PICK, TalkChoices

EVENING = datetime(2026, 11, 30, 20, 15)


def test_gentle_defaults_five_minutes_turns_of_ninety_seconds_app_picks() -> None:
    choices = TalkChoices()
    settings = choices.settings()
    assert (settings.talk_minutes, settings.turn_seconds) == (5, 90)
    assert settings.first_speaker == APP_PICKS and not settings.listener_step


def test_lengths_outside_the_range_and_turns_not_offered_are_not_taken() -> None:
    choices = TalkChoices()
    assert not choices.set_minutes(MIN_TALK_MINUTES - 1)
    assert not choices.set_minutes(MAX_TALK_MINUTES + 1)
    assert choices.set_minutes(MAX_TALK_MINUTES) and choices.minutes == MAX_TALK_MINUTES
    assert not choices.set_minutes(MAX_TALK_MINUTES), "the same value is no change"
    assert not choices.set_turn_seconds(75)
    assert choices.set_turn_seconds(120) and choices.turn_seconds == 120
    assert not choices.set_first_speaker(2)
    assert choices.set_first_speaker(1) and choices.settings().first_speaker == 1
    assert choices.set_first_speaker(LET_APP_PICK)
    assert choices.settings().first_speaker == APP_PICKS


def test_a_new_deck_drops_a_prompt_chosen_from_another() -> None:
    choices = TalkChoices(deck="us", prompt="us-003")
    assert choices.set_deck("warm-up")
    assert choices.prompt == ""
    choices.ask_next("fears-worries-010")
    assert (choices.deck, choices.prompt) == ("", "fears-worries-010")


def test_the_scene_prefills_when_and_a_second_tap_clears_a_factor() -> None:
    choices = TalkChoices()
    assert choices.scene_value("when", EVENING) == "evening"
    assert choices.choose_scene("where", "sofa", EVENING)
    assert choices.scene(EVENING).where == "sofa"
    assert choices.choose_scene("where", "sofa", EVENING)  # the same again: cleared
    assert choices.scene(EVENING).where is None
    assert choices.choose_scene("when", "evening", EVENING)  # tapping the pre-filled one
    assert choices.scene(EVENING).when is None
    assert not choices.choose_scene("mood", "calm", EVENING), "not a scene factor"
    choices.choose_scene("where", "nowhere-on-the-list", EVENING)
    with pytest.raises(ValueError):
        choices.scene(EVENING)


def test_starting_a_talk_keeps_the_lengths_and_forgets_the_scene_and_prompt() -> None:
    choices = TalkChoices(prompt="us-003")
    choices.set_minutes(10)
    choices.choose_scene("where", "walk", EVENING)
    choices.talk_started()
    assert choices.minutes == 10
    assert choices.prompt == "" and choices.scene_value("where", EVENING) == ""
