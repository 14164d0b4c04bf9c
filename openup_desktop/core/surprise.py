"""The "Surprise us" rules: which prompt to offer when the couple lets the app choose.

The rules follow the product's "start short and sweet" idea: a couple earns deeper prompts
through talks that felt close, instead of being handed a heavy question on day one. They are
pure and deterministic (the caller injects ``now`` and a ``random.Random``), so every rule can
be tested exactly and the same inputs always give the same prompt.

The rules, in order:

(a) Recently used prompts are avoided: a prompt whose latest use is less than
    ``RECENT_WINDOW`` (30 days) before ``now`` is "recent". A use stamped in the future (a
    clock that moved back) also counts as recent, to stay on the safe side.
(b) A couple's first ``LIGHT_ONLY_TALKS`` (3) talks get depth 1 only.
(c) Depth 2 opens after at least 2 talks rated close (4 or 5 out of 5). Depth 3 opens after at
    least 4 close talks *and* only while the most recent rated talk was close; one talk that
    felt less close gently steps back to depth 2 until the next close one. Unrated talks
    count towards (b) but never as close, and never as "the most recent rated talk".
(d) Depths are mixed, with a mild lean towards the deepest allowed depth. A target depth is
    drawn with weights ``DEPTH_WEIGHTS`` = {1: 2, 2: 3, 3: 4} over the allowed depths, so:
    allowed 1 → 100 % depth 1; allowed 2 → 40 % / 60 %; allowed 3 → 22 % / 33 % / 44 %.
    A prompt is then drawn uniformly among the unused prompts of that depth.
(e) When the filters leave nothing, they are relaxed in this order, and a prompt is returned
    whenever at least one exists:
    1. Target depth empty: try lower depths, nearest first (target - 1, ... 1), then the
       remaining allowed depths above the target (still never beyond the allowed depth).
    2. Every allowed-depth prompt was used recently: take the allowed-depth prompt whose last
       use is longest ago (ties broken by the rng).
    3. No prompt at all at an allowed depth (e.g. a deck with only deep prompts): go only as
       deep as needed, i.e. the shallowest depth available; a prompt not used recently if there
       is one, otherwise the one used longest ago.
    Recency is relaxed before depth on purpose: repeating a gentle prompt is kinder than
    offering a deep one before the couple is ready.
(f) When the couple lets the app choose from every deck, their first ``LIGHT_ONLY_TALKS``
    talks draw from the gentlest decks only (``GENTLE_FIRST_DECKS``): a mild prompt under the
    label "Fears & worries" or "Looking back" still alarms a couple on their first evening.

All datetimes must be of one kind (all timezone-aware, ideally UTC, or all naive).
This module imports no Qt.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from openup_desktop.core.prompts import MAX_DEPTH, MIN_DEPTH, Prompt
from openup_desktop.core.talk_history import PastTalk, PromptUse
from openup_desktop.files.messages import Template

__all__ = [
    "CLOSE_RATINGS",
    "CLOSE_TALKS_FOR_DEPTH_2",
    "CLOSE_TALKS_FOR_DEPTH_3",
    "DEPTH_WEIGHTS",
    "GENTLE_FIRST_DECKS",
    "LIGHT_ONLY_TALKS",
    "RECENT_WINDOW",
    "PastTalk",
    "PromptUse",
    "allowed_depth",
    "choose_surprise",
    "depth_weights",
    "first_talks_pool",
]

NO_PROMPTS = Template(
    "surprise.no_prompts",
    "There are no prompts to choose from. Add a deck or a prompt of your own first.",
)

#: A prompt used more recently than this is not offered again while others are available.
RECENT_WINDOW = timedelta(days=30)

#: The first talks stay light, whatever their ratings.
LIGHT_ONLY_TALKS = 3

#: Decks whose very names say "easy": the only ones a couple's first talks draw from.
GENTLE_FIRST_DECKS = frozenset({"warm-up"})

#: Closeness ratings (1-5) that count as "that felt close".
CLOSE_RATINGS = frozenset({4, 5})

CLOSE_TALKS_FOR_DEPTH_2 = 2
CLOSE_TALKS_FOR_DEPTH_3 = 4

#: Relative chance of each depth being the target, among the allowed depths. Deeper weighs a
#: little more so progress is felt, but lighter prompts keep appearing because a short, easy
#: talk that goes well is worth as much as a deep one.
DEPTH_WEIGHTS: dict[int, int] = {1: 2, 2: 3, 3: 4}


def _rating(talk: PastTalk) -> int | None:
    # A value outside 1-5 cannot be trusted to mean "close", so it is treated as unrated.
    value = talk.closeness
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 5:
        return value
    return None


def allowed_depth(past_talks: Sequence[PastTalk]) -> int:
    """Return the deepest prompt depth (1-3) this couple has earned, per rules (b) and (c).

    Depth follows felt closeness rather than the number of talks, so a couple moves on when
    talks feel good to them, and steps back from depth 3 after one that felt less close.
    """
    talks = list(past_talks)
    if len(talks) < LIGHT_ONLY_TALKS:
        return MIN_DEPTH
    rated = [talk for talk in talks if _rating(talk) is not None]
    close_count = sum(1 for talk in rated if _rating(talk) in CLOSE_RATINGS)
    if rated and close_count >= CLOSE_TALKS_FOR_DEPTH_3:
        # max() keeps the first maximum; reversing makes a later list entry win a tie.
        latest = max(reversed(rated), key=lambda talk: talk.ended_at)
        if _rating(latest) in CLOSE_RATINGS:
            return MAX_DEPTH
    if close_count >= CLOSE_TALKS_FOR_DEPTH_2:
        return 2
    return MIN_DEPTH


def first_talks_pool(pool: Sequence[Prompt], past_talks: Sequence[PastTalk]) -> list[Prompt]:
    """Rule (f): the prompts "Surprise us" may offer across all decks, given the history."""
    if len(past_talks) < LIGHT_ONLY_TALKS:
        gentle = [p for p in pool if p.deck_id in GENTLE_FIRST_DECKS]
        if gentle:
            return gentle
    return list(pool)


def depth_weights(max_depth: int) -> dict[int, float]:
    """Return the chance of each depth 1..``max_depth`` being the target, summing to 1.

    Public so the UI or docs can show the mix honestly, and tests can check rule (d).
    """
    depths = range(MIN_DEPTH, max(MIN_DEPTH, min(max_depth, MAX_DEPTH)) + 1)
    total = sum(DEPTH_WEIGHTS[d] for d in depths)
    return {d: DEPTH_WEIGHTS[d] / total for d in depths}


def _last_uses(uses: Iterable[PromptUse]) -> dict[str, datetime]:
    last: dict[str, datetime] = {}
    for use in uses:
        seen = last.get(use.prompt_id)
        if seen is None or use.used_at > seen:
            last[use.prompt_id] = use.used_at
    return last


def _longest_ago(
    candidates: Sequence[Prompt], last_used: dict[str, datetime], rng: random.Random
) -> Prompt:
    """The candidate whose latest use is oldest; a never-used one beats any used one."""
    never = [p for p in candidates if p.id not in last_used]
    if never:
        return rng.choice(never)
    oldest = min(last_used[p.id] for p in candidates)
    return rng.choice([p for p in candidates if last_used[p.id] == oldest])


def choose_surprise(
    prompts: Iterable[Prompt],
    uses: Iterable[PromptUse],
    past_talks: Sequence[PastTalk],
    now: datetime,
    rng: random.Random,
) -> Prompt:
    """Pick the "Surprise us" prompt following rules (a)-(e) in the module docstring.

    Never returns None: any non-empty ``prompts`` yields a prompt, relaxing the rules in the
    documented order if needed. Raises ``ValueError`` only when ``prompts`` is empty, because
    then there is truly nothing to offer and the caller must say so. The result depends only
    on the arguments (input order of ``prompts`` does not matter).
    """
    # Sorting by id makes the draw independent of the order the caller happened to use.
    pool = sorted(prompts, key=lambda p: p.id)
    if not pool:
        raise ValueError(NO_PROMPTS())
    cap = allowed_depth(past_talks)
    last_used = _last_uses(uses)

    def is_recent(prompt: Prompt) -> bool:
        used = last_used.get(prompt.id)
        return used is not None and now - used < RECENT_WINDOW

    within = [p for p in pool if p.depth <= cap]
    if within:
        fresh = [p for p in within if not is_recent(p)]
        if fresh:
            weights = depth_weights(cap)
            target = rng.choices(list(weights), weights=list(weights.values()))[0]
            # Relaxation step 1: lower depths nearest first, then the other allowed ones.
            order = [*range(target, MIN_DEPTH - 1, -1), *range(target + 1, cap + 1)]
            for depth in order:
                group = [p for p in fresh if p.depth == depth]
                if group:
                    return rng.choice(group)
            return rng.choice(fresh)  # only reached for hand-made prompts with depth < 1
        # Relaxation step 2: everything allowed was used recently; reuse the oldest.
        return _longest_ago(within, last_used, rng)

    # Relaxation step 3: nothing at an allowed depth exists; go only as deep as needed.
    shallowest = min(p.depth for p in pool)
    group = [p for p in pool if p.depth == shallowest]
    fresh = [p for p in group if not is_recent(p)]
    if fresh:
        return rng.choice(fresh)
    return _longest_ago(group, last_used, rng)
