"""Tests for the "Surprise us" rules in openup_desktop.core.surprise, one rule at a time."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openup_desktop.core.prompts import Prompt
from openup_desktop.core.surprise import (
    DEPTH_WEIGHTS,
    RECENT_WINDOW,
    PastTalk,
    PromptUse,
    allowed_depth,
    choose_surprise,
    depth_weights,
)

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, database=None)


def make_prompt(number: int, depth: int) -> Prompt:
    return Prompt(
        id=f"t-{number:03d}",
        deck_id="t",
        text={"en": f"Prompt {number}?"},
        depth=depth,
        tags=(),
    )


def make_prompts(*depths: int) -> list[Prompt]:
    return [make_prompt(i, depth) for i, depth in enumerate(depths, 1)]


def talks(*ratings: int | None, start_days_ago: int = 100) -> list[PastTalk]:
    """Talks one day apart in the given order, the last one most recent."""
    return [
        PastTalk(ended_at=NOW - timedelta(days=start_days_ago - i), closeness=rating)
        for i, rating in enumerate(ratings)
    ]


def used(prompt: Prompt, days_ago: float) -> PromptUse:
    return PromptUse(prompt_id=prompt.id, used_at=NOW - timedelta(days=days_ago))


DEPTH_3_TALKS = talks(5, 4, 5, 4)
DEPTH_2_TALKS = talks(5, 4, 2)


# --- allowed_depth: rules (b) and (c) -----------------------------------------------------


@pytest.mark.parametrize(
    ("ratings", "expected"),
    [
        ((), 1),
        ((5,), 1),
        ((5, 5), 1),  # rule (b): still among the first three talks
        ((5, 5, 5), 2),  # three talks done, two or more close
        ((5, 4, 1), 2),
        ((4, 2, 1), 1),  # only one close talk
        ((3, 3, 3, 3, 3), 1),  # 3 is not "close"
        ((None, None, None, None), 1),  # unrated talks never count as close
        ((5, 5, 5, 4), 3),  # four close and the latest rated was close
        ((5, 5, 5, 5, 2), 2),  # latest rated not close: step back to depth 2
        ((5, 5, 2, 5, 5), 3),  # an older less-close talk does not matter
        ((5, 5, 5, 5, None), 3),  # an unrated talk is not "the most recent rated talk"
        ((5, 5, 5, 5, 1, None), 2),  # ... so the rated 1 before it still counts
    ],
)
def test_allowed_depth(ratings: tuple[int | None, ...], expected: int) -> None:
    assert allowed_depth(talks(*ratings)) == expected


def test_allowed_depth_uses_end_time_not_list_order() -> None:
    history = talks(5, 5, 5, 5, 2)
    assert allowed_depth(history) == 2
    # The same talks, listed newest-first: the latest rated talk is still the 2.
    assert allowed_depth(list(reversed(history))) == 2
    # Move the less-close talk back in time: now a close talk is the latest.
    moved = [*history[:4], PastTalk(NOW - timedelta(days=365), 2)]
    assert allowed_depth(moved) == 3


@pytest.mark.parametrize("odd", [0, 6, -1, 99])
def test_out_of_range_ratings_are_treated_as_unrated(odd: int) -> None:
    assert allowed_depth(talks(odd, odd, odd, odd)) == 1
    assert allowed_depth(talks(5, 5, 5, 5, odd)) == 3


@given(st.lists(st.one_of(st.none(), st.integers(1, 5)), max_size=12))
@PROPERTY_SETTINGS
def test_allowed_depth_properties(ratings: list[int | None]) -> None:
    history = talks(*ratings)
    depth = allowed_depth(history)
    close = sum(1 for r in ratings if r in (4, 5))
    assert depth in (1, 2, 3)
    if len(ratings) < 3:
        assert depth == 1
    if close < 2:
        assert depth == 1
    if depth == 3:
        latest_rated = [r for r in ratings if r is not None][-1]
        assert close >= 4 and latest_rated >= 4
    if len(ratings) >= 3 and close >= 2:
        assert depth >= 2


# --- choose_surprise basics ---------------------------------------------------------------


def test_empty_prompt_list_raises_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no prompts to choose from"):
        choose_surprise([], [], [], NOW, random.Random(1))


def test_single_prompt_is_always_returned_even_if_deep_and_just_used() -> None:
    [only] = make_prompts(3)
    result = choose_surprise([only], [used(only, 0)], [], NOW, random.Random(1))
    assert result is only


def test_same_seed_same_choice_and_input_order_does_not_matter() -> None:
    prompts = make_prompts(1, 1, 2, 2, 3, 3, 1, 2, 3)
    uses = [used(prompts[0], 3), used(prompts[4], 40)]
    for seed in range(30):
        a = choose_surprise(prompts, uses, DEPTH_3_TALKS, NOW, random.Random(seed))
        b = choose_surprise(list(reversed(prompts)), uses, DEPTH_3_TALKS, NOW, random.Random(seed))
        assert a == b


def test_a_prompt_with_an_odd_depth_is_still_offered_rather_than_nothing() -> None:
    # Depth 0 never comes from a deck, but "never returns None" holds for any prompt list: a
    # couple pressing "Surprise us" always gets a prompt.
    odd = [make_prompt(1, 0), make_prompt(2, 0)]
    for seed in range(10):
        assert choose_surprise(odd, [], DEPTH_3_TALKS, NOW, random.Random(seed)) in odd


def test_accepts_any_iterable_of_prompts() -> None:
    prompts = make_prompts(1, 1)
    assert choose_surprise(iter(prompts), [], [], NOW, random.Random(0)) in prompts


# --- rule (a): recently used prompts ------------------------------------------------------


def test_recently_used_prompt_is_avoided() -> None:
    recent, fresh = make_prompts(1, 1)
    for seed in range(50):
        result = choose_surprise([recent, fresh], [used(recent, 29)], [], NOW, random.Random(seed))
        assert result is fresh


def test_window_is_thirty_days() -> None:
    a, b = make_prompts(1, 1)
    just_inside = [used(a, 30 - 1 / 24 / 60), used(b, 30 - 2 / 24 / 60)]
    boundary = [used(a, 30), used(b, 1)]
    for seed in range(20):
        rng = random.Random(seed)
        # Both inside the window: relaxed to the one used longest ago.
        assert choose_surprise([a, b], just_inside, [], NOW, rng) is a
        # Exactly 30 days ago is no longer recent.
        assert choose_surprise([a, b], boundary, [], NOW, rng) is a
    assert timedelta(days=30) == RECENT_WINDOW


def test_a_prompt_used_exactly_thirty_days_ago_can_come_up_again() -> None:
    # b was used 31 days ago, a exactly 30 days ago: both are fresh again, so either can come
    # up. If a still counted as recent, b would be offered every single time.
    a, b = make_prompts(1, 1)
    uses = [used(a, 30), used(b, 31)]
    seen = {choose_surprise([a, b], uses, [], NOW, random.Random(s)).id for s in range(40)}
    assert seen == {a.id, b.id}


def test_only_the_latest_use_of_a_prompt_counts() -> None:
    a, b = make_prompts(1, 1)
    uses = [used(a, 400), used(a, 2), used(b, 100)]
    for seed in range(20):
        assert choose_surprise([a, b], uses, [], NOW, random.Random(seed)) is b


def test_a_use_stamped_in_the_future_counts_as_recent() -> None:
    a, b = make_prompts(1, 1)
    uses = [used(a, -5), used(b, 10)]
    for seed in range(20):
        # Both recent; "longest ago" is b, because a's stamp is later than b's.
        assert choose_surprise([a, b], uses, [], NOW, random.Random(seed)) is b


def test_uses_of_unknown_prompts_are_ignored() -> None:
    [a] = make_prompts(1)
    ghost = make_prompt(99, 1)
    assert choose_surprise([a], [used(ghost, 1)], [], NOW, random.Random(0)) is a


# --- rules (b) and (c) applied ------------------------------------------------------------


@pytest.mark.parametrize(
    ("history", "cap"),
    [([], 1), (talks(5, 5), 1), (DEPTH_2_TALKS, 2), (DEPTH_3_TALKS, 3)],
)
def test_never_deeper_than_allowed_when_allowed_prompts_exist(
    history: list[PastTalk], cap: int
) -> None:
    prompts = make_prompts(1, 1, 1, 2, 2, 2, 3, 3, 3)
    seen = Counter(
        choose_surprise(prompts, [], history, NOW, random.Random(seed)).depth for seed in range(300)
    )
    assert max(seen) == cap
    assert set(seen) == set(range(1, cap + 1))  # rule (d): depths are mixed


# --- rule (d): weighting ------------------------------------------------------------------


def test_depth_weights_are_documented_values() -> None:
    assert DEPTH_WEIGHTS == {1: 2, 2: 3, 3: 4}
    assert depth_weights(1) == {1: 1.0}
    assert depth_weights(2) == pytest.approx({1: 0.4, 2: 0.6})
    assert depth_weights(3) == pytest.approx({1: 2 / 9, 2: 3 / 9, 3: 4 / 9})


@pytest.mark.parametrize(("history", "cap"), [(DEPTH_2_TALKS, 2), (DEPTH_3_TALKS, 3)])
def test_depth_mix_follows_the_weights(history: list[PastTalk], cap: int) -> None:
    prompts = [make_prompt(i, 1 + i % 3) for i in range(60)]
    rng = random.Random(2024)
    draws = 9000
    counts = Counter(choose_surprise(prompts, [], history, NOW, rng).depth for _ in range(draws))
    for depth, share in depth_weights(cap).items():
        assert counts[depth] / draws == pytest.approx(share, abs=0.02)
    # The lean towards depth is mild: the lightest allowed depth keeps a real share.
    assert counts[1] / draws > 0.2


def test_within_a_depth_every_fresh_prompt_can_come_up() -> None:
    prompts = make_prompts(1, 1, 1, 1)
    seen = {choose_surprise(prompts, [], [], NOW, random.Random(s)).id for s in range(200)}
    assert seen == {p.id for p in prompts}


# --- rule (e): relaxation order -----------------------------------------------------------


def test_step_1_target_depth_empty_falls_to_lower_depth_first() -> None:
    # Depth 3 allowed; no fresh depth-3 prompt; fresh depth 2 and 1 exist. Whenever the target
    # is 3 the result must be depth 2 (nearest lower), never a recent depth 3.
    d1, d2, d3 = make_prompts(1, 2, 3)
    uses = [used(d3, 1)]
    counts = Counter(
        choose_surprise([d1, d2, d3], uses, DEPTH_3_TALKS, NOW, random.Random(s)).depth
        for s in range(900)
    )
    assert counts[3] == 0
    # Depth 2 gets its own share plus depth 3's share: about 7/9.
    assert counts[2] / 900 == pytest.approx(7 / 9, abs=0.05)


def test_step_1_then_other_allowed_depths_above_the_target() -> None:
    # Only a fresh depth-2 prompt is left at allowed depths; targets 1 and 3 both end there.
    d1, d2, d3 = make_prompts(1, 2, 3)
    uses = [used(d1, 1), used(d3, 1)]
    for seed in range(100):
        rng = random.Random(seed)
        assert choose_surprise([d1, d2, d3], uses, DEPTH_3_TALKS, NOW, rng) is d2


def test_step_1_above_the_target_the_nearest_deeper_depth_comes_first() -> None:
    # The couple used up their light prompts but has fresh ones at depths 2 and 3 (several of
    # each, so the order can show). When the draw targets depth 1, they get depth 2 -- never a
    # jump to depth 3. So depth 2 shows up for targets 1 and 2 (5/9), depth 3 only for 3 (4/9).
    light = make_prompts(1, 1, 1)
    deeper = [make_prompt(10 + i, 2 + i % 2) for i in range(6)]
    uses = [used(p, 2) for p in light]
    counts = Counter(
        choose_surprise([*light, *deeper], uses, DEPTH_3_TALKS, NOW, random.Random(s)).depth
        for s in range(900)
    )
    assert counts[1] == 0
    assert counts[2] / 900 == pytest.approx(5 / 9, abs=0.05)
    assert counts[3] / 900 == pytest.approx(4 / 9, abs=0.05)


def test_step_2_all_allowed_used_recently_reuses_the_one_used_longest_ago() -> None:
    a, b, c = make_prompts(1, 1, 1)
    deep = make_prompt(9, 3)  # never used, but not allowed yet: recency relaxes first
    uses = [used(a, 3), used(b, 20), used(c, 7)]
    for seed in range(50):
        assert choose_surprise([a, b, c, deep], uses, [], NOW, random.Random(seed)) is b


def test_step_2_ties_are_broken_by_the_rng() -> None:
    a, b, c = make_prompts(1, 1, 1)
    uses = [used(a, 10), used(b, 10), used(c, 1)]
    seen = {choose_surprise([a, b, c], uses, [], NOW, random.Random(s)).id for s in range(60)}
    assert seen == {a.id, b.id}


def test_step_3_no_allowed_depth_goes_only_as_deep_as_needed() -> None:
    d2, d3 = make_prompts(2, 3)
    for seed in range(50):
        assert choose_surprise([d2, d3], [], [], NOW, random.Random(seed)) is d2


def test_step_3_prefers_fresh_then_longest_ago_at_that_depth() -> None:
    a, b, c = make_prompts(2, 2, 2)
    deeper = make_prompt(9, 3)
    prompts = [a, b, c, deeper]
    fresh_left = [used(a, 1), used(b, 2)]
    all_recent = [used(a, 1), used(b, 9), used(c, 4)]
    for seed in range(50):
        assert choose_surprise(prompts, fresh_left, [], NOW, random.Random(seed)) is c
        assert choose_surprise(prompts, all_recent, [], NOW, random.Random(seed)) is b


# --- properties ---------------------------------------------------------------------------


@st.composite
def scenarios(
    draw: st.DrawFn,
) -> tuple[list[Prompt], list[PromptUse], list[PastTalk], int]:
    depths = draw(st.lists(st.integers(1, 3), min_size=1, max_size=12))
    prompts = make_prompts(*depths)
    uses: list[PromptUse] = []
    for prompt in prompts:
        for hours_ago in draw(st.lists(st.integers(-48, 24 * 120), max_size=3)):
            uses.append(PromptUse(prompt.id, NOW - timedelta(hours=hours_ago)))
    ratings = draw(st.lists(st.one_of(st.none(), st.integers(1, 5)), max_size=10))
    seed = draw(st.integers(0, 2**32 - 1))
    return prompts, uses, talks(*ratings), seed


def _is_recent(prompt: Prompt, uses: Sequence[PromptUse]) -> bool:
    return any(u.prompt_id == prompt.id and NOW - u.used_at < RECENT_WINDOW for u in uses)


@given(scenarios())
@PROPERTY_SETTINGS
def test_property_never_recent_when_an_unused_allowed_prompt_exists(
    scenario: tuple[list[Prompt], list[PromptUse], list[PastTalk], int],
) -> None:
    prompts, uses, history, seed = scenario
    cap = allowed_depth(history)
    result = choose_surprise(prompts, uses, history, NOW, random.Random(seed))
    assert result in prompts
    if any(p.depth <= cap and not _is_recent(p, uses) for p in prompts):
        assert not _is_recent(result, uses)
        assert result.depth <= cap


@given(scenarios())
@PROPERTY_SETTINGS
def test_property_never_deeper_than_allowed_unless_nothing_else_exists(
    scenario: tuple[list[Prompt], list[PromptUse], list[PastTalk], int],
) -> None:
    prompts, uses, history, seed = scenario
    cap = allowed_depth(history)
    result = choose_surprise(prompts, uses, history, NOW, random.Random(seed))
    if any(p.depth <= cap for p in prompts):
        assert result.depth <= cap
    else:
        assert result.depth == min(p.depth for p in prompts)


@given(scenarios())
@PROPERTY_SETTINGS
def test_property_relaxed_recency_picks_the_longest_ago(
    scenario: tuple[list[Prompt], list[PromptUse], list[PastTalk], int],
) -> None:
    prompts, uses, history, seed = scenario
    cap = allowed_depth(history)
    allowed = [p for p in prompts if p.depth <= cap]
    if not allowed or not all(_is_recent(p, uses) for p in allowed):
        return
    result = choose_surprise(prompts, uses, history, NOW, random.Random(seed))

    def last_use(prompt: Prompt) -> datetime:
        return max(u.used_at for u in uses if u.prompt_id == prompt.id)

    assert last_use(result) == min(last_use(p) for p in allowed)


@given(scenarios(), st.randoms(use_true_random=False))
@PROPERTY_SETTINGS
def test_property_deterministic_and_order_independent(
    scenario: tuple[list[Prompt], list[PromptUse], list[PastTalk], int],
    shuffler: random.Random,
) -> None:
    prompts, uses, history, seed = scenario
    first = choose_surprise(prompts, uses, history, NOW, random.Random(seed))
    shuffled = list(prompts)
    shuffler.shuffle(shuffled)
    assert choose_surprise(shuffled, uses, history, NOW, random.Random(seed)) == first
