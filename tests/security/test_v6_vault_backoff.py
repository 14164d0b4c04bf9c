"""V6: a wrong passphrase gives a clear message and a growing wait that survives a restart.

Three free tries, then 30 s doubling to a 15-minute cap; never a permanent lock-out; the owner
is told how many failed tries were made on their passphrase since they last unlocked. Time comes
from an injected clock, so nothing here sleeps.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openup_desktop.vault import BackoffActive, Partner, WrongPassphrase
from openup_desktop.vault.backoff import MAX_WAIT_SECONDS, remaining_wait, wait_after
from tests.security.vault_support import (
    PASS_A,
    PASS_B,
    FakeClock,
    memory_db,
    set_up_vault,
    vault_env,
)

WRONG = "not the right words at all"


def test_wait_schedule() -> None:
    assert [wait_after(n) for n in range(1, 11)] == [
        0, 0, 30, 60, 120, 240, 480, 900, 900, 900,
    ]  # fmt: skip
    assert wait_after(10**9) == MAX_WAIT_SECONDS


def test_wrong_passphrase_message_and_growing_wait(tmp_path: Path) -> None:
    with vault_env(tmp_path) as env:
        waits = []
        for attempt in range(1, 9):
            with pytest.raises(WrongPassphrase) as error:
                env.vault.open_as_owner(Partner.A, WRONG)
            assert error.value.partners == (Partner.A,)
            assert error.value.failed_tries == {Partner.A: attempt}
            assert "didn't match" in str(error.value)
            assert WRONG not in str(error.value)
            waits.append(error.value.retry_after)
            if error.value.retry_after:
                assert "Please wait" in str(error.value)
                # a try during the wait is refused without checking the passphrase at all
                with pytest.raises(BackoffActive) as active:
                    env.vault.open_as_owner(Partner.A, PASS_A)
                assert active.value.retry_after == pytest.approx(error.value.retry_after)
                env.clock.advance(error.value.retry_after - 1)
                with pytest.raises(BackoffActive):
                    env.vault.open_as_owner(Partner.A, PASS_A)
                env.clock.advance(1)
        assert waits == [0, 0, 30, 60, 120, 240, 480, 900]
        # B is not affected by A's failures
        env.vault.open_as_owner(Partner.B, PASS_B).lock()
        session = env.vault.open_as_owner(Partner.A, PASS_A)
        assert session.failed_tries == {Partner.A: 8}
        session.lock()
        # reported once, then reset
        session = env.vault.open_as_owner(Partner.A, PASS_A)
        assert session.failed_tries == {Partner.A: 0}
        session.lock()
        assert env.vault.backoff_state(Partner.A).failed_tries == 0


def test_backoff_survives_a_restart(tmp_path: Path) -> None:
    with vault_env(tmp_path) as env:
        for _ in range(4):
            with pytest.raises(WrongPassphrase) as error:
                env.vault.open_as_owner(Partner.A, WRONG)
            env.clock.advance(
                error.value.retry_after if error.value.failed_tries[Partner.A] < 4 else 0
            )
        restarted = env.reopen()
        try:
            state = restarted.vault.backoff_state(Partner.A)
            assert state.failed_tries == 4 and state.retry_after == 60
            with pytest.raises(BackoffActive):
                restarted.vault.open_as_owner(Partner.A, PASS_A)
            restarted.clock.advance(60)
            session = restarted.vault.open_as_owner(Partner.A, PASS_A)
            assert session.failed_tries == {Partner.A: 4}
            session.lock()
        finally:
            restarted.close()


def test_clock_set_back_or_far_ahead_never_locks_out(tmp_path: Path) -> None:
    with vault_env(tmp_path) as env:
        for _ in range(12):
            with pytest.raises((WrongPassphrase, BackoffActive)):
                env.vault.open_as_owner(Partner.A, WRONG)
            env.clock.advance(MAX_WAIT_SECONDS)
        env.clock.advance(-(10**9))  # clock moved back by ~30 years
        assert env.vault.backoff_state(Partner.A).retry_after <= MAX_WAIT_SECONDS
        env.clock.advance(10**9 + MAX_WAIT_SECONDS)
        env.vault.open_as_owner(Partner.A, PASS_A).lock()


def test_together_counts_each_partner_separately(tmp_path: Path) -> None:
    with vault_env(tmp_path) as env:
        with pytest.raises(WrongPassphrase) as error:
            env.vault.open_together(PASS_A, WRONG)
        assert error.value.partners == (Partner.B,)
        assert "Partner B" in str(error.value)
        with pytest.raises(WrongPassphrase) as error:
            env.vault.open_together(WRONG, WRONG)
        assert error.value.partners == (Partner.A, Partner.B)
        assert env.vault.backoff_state(Partner.A).failed_tries == 1
        assert env.vault.backoff_state(Partner.B).failed_tries == 2
        with env.vault.open_together(PASS_A, PASS_B) as session:
            assert session.failed_tries == {Partner.A: 1, Partner.B: 2}
        # a partner in a wait blocks a together try before any passphrase is checked
        for _ in range(3):
            with pytest.raises(WrongPassphrase):
                env.vault.open_as_owner(Partner.B, WRONG)
        with pytest.raises(BackoffActive) as active:
            env.vault.open_together(PASS_A, PASS_B)
        assert active.value.partner is Partner.B
        assert env.vault.backoff_state(Partner.A).failed_tries == 0


def test_change_passphrase_with_wrong_old_one_counts_as_failure(tmp_path: Path) -> None:
    with vault_env(tmp_path) as env:
        for _ in range(3):
            with pytest.raises(WrongPassphrase):
                env.vault.change_passphrase(Partner.A, WRONG, "Fresh willow kettle tune")
        with pytest.raises(BackoffActive):
            env.vault.change_passphrase(Partner.A, PASS_A, "Fresh willow kettle tune")


@settings(max_examples=40, deadline=None)
@given(
    events=st.lists(
        st.one_of(
            st.just("wrong"),
            st.just("right"),
            st.integers(min_value=0, max_value=2_000).map(float),
        ),
        max_size=25,
    )
)
def test_backoff_is_never_permanent(events: list[object]) -> None:
    """Whatever happened before, after waiting the cap the right passphrase always works."""
    db = memory_db()
    clock = FakeClock()
    vault = set_up_vault(db, clock)
    expected_failures = 0
    for event in events:
        if isinstance(event, float):
            clock.advance(event)
            continue
        passphrase = PASS_A if event == "right" else WRONG
        try:
            vault.open_as_owner(Partner.A, passphrase).lock()
            assert event == "right"
            expected_failures = 0
        except WrongPassphrase:
            assert event == "wrong"
            expected_failures += 1
        except BackoffActive as error:
            assert 0 < error.retry_after <= MAX_WAIT_SECONDS
        assert vault.backoff_state(Partner.A).failed_tries == expected_failures
    clock.advance(MAX_WAIT_SECONDS)
    session = vault.open_as_owner(Partner.A, PASS_A)
    assert session.failed_tries == {Partner.A: expected_failures}
    session.lock()
    db.close()


@given(
    failures=st.integers(min_value=0, max_value=10**6),
    last=st.one_of(st.none(), st.floats(min_value=-1e12, max_value=1e12)),
    now=st.floats(min_value=-1e12, max_value=1e12),
)
def test_remaining_wait_is_bounded(failures: int, last: float | None, now: float) -> None:
    assert 0 <= remaining_wait(failures, last, now) <= MAX_WAIT_SECONDS


# --- never a lock-out, whatever the attempts table says (issue #13, finding 2) --------------

_STORED_LAST = st.one_of(
    st.none(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.text(max_size=8),
    st.binary(max_size=8),
)
_STORED_COUNT = st.one_of(
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.text(max_size=8),
)
_EVENT = st.one_of(
    st.tuples(st.just("wrong"), st.none()),
    st.tuples(st.just("right"), st.none()),
    st.tuples(st.just("jump"), st.floats(min_value=-1e10, max_value=1e10)),
    st.tuples(st.just("edit"), st.tuples(_STORED_COUNT, _STORED_LAST)),
)


def _try(vault: object, passphrase: str) -> float:
    """One unlock try; returns the wait it announced (0 when it opened or simply didn't match)."""
    try:
        vault.open_as_owner(Partner.A, passphrase).lock()  # type: ignore[attr-defined]
    except BackoffActive as error:
        assert 0 < error.retry_after <= MAX_WAIT_SECONDS
        return error.retry_after
    except WrongPassphrase as error:
        assert error.retry_after <= MAX_WAIT_SECONDS
    return 0.0


@settings(max_examples=60, deadline=None)
@given(events=st.lists(_EVENT, max_size=20))
def test_right_passphrase_opens_within_15_minutes_whatever_the_attempts_say(
    events: list[tuple[str, object]],
) -> None:
    """The attack: clock jumps (a year ahead, then corrected) and hand-edited attempt rows
    (times in the future, infinities, text, huge counts) between tries. Whatever happened, the
    owner who tries now and comes back 15 minutes later gets in."""
    db = memory_db()
    clock = FakeClock()
    vault = set_up_vault(db, clock)
    for kind, value in events:
        if kind == "wrong":
            _try(vault, WRONG)
        elif kind == "right":
            _try(vault, PASS_A)
        elif kind == "jump":
            clock.advance(float(value))  # type: ignore[arg-type]
        else:
            count, last = value  # type: ignore[misc]
            db.execute(
                "UPDATE vault_unlock_attempts SET failed_count = ?, last_failed_at = ? "
                "WHERE partner = 'A'",
                [count, last],
            )
            db.conn.commit()
    assert vault.backoff_state(Partner.A).retry_after <= MAX_WAIT_SECONDS
    _try(vault, PASS_A)  # the owner tries now and is told to wait (or gets in)
    clock.advance(MAX_WAIT_SECONDS)
    vault.open_as_owner(Partner.A, PASS_A).lock()
    db.close()


def test_clock_a_year_ahead_then_corrected_is_not_a_lock_out(tmp_path: Path) -> None:
    """Finding 2 exactly: three wrong tries a year ahead, clock corrected, then the right
    passphrase an hour, a day, a month later."""
    with vault_env(tmp_path) as env:
        year = 365 * 24 * 3600.0
        env.clock.advance(year)
        for _ in range(3):
            with pytest.raises(WrongPassphrase):
                env.vault.open_as_owner(Partner.A, WRONG)
        env.clock.advance(-year)
        env.clock.advance(3600)
        left = env.vault.backoff_state(Partner.A).retry_after
        assert 0 < left <= 30
        env.clock.advance(left)
        env.vault.open_as_owner(Partner.A, PASS_A).lock()


def test_edited_future_timestamp_is_clamped_to_now(tmp_path: Path) -> None:
    """B edits ``last_failed_at`` to the year 3000: A still gets in after one normal wait."""
    with vault_env(tmp_path) as env:
        env.db.execute(
            "UPDATE vault_unlock_attempts SET failed_count = 50, last_failed_at = ? "
            "WHERE partner = 'A'",
            [32_503_680_000.0],
        )
        env.db.conn.commit()
        with pytest.raises(BackoffActive) as active:
            env.vault.open_as_owner(Partner.A, PASS_A)
        assert active.value.retry_after == MAX_WAIT_SECONDS
        stored = env.db.execute(
            "SELECT last_failed_at FROM vault_unlock_attempts WHERE partner = 'A'"
        ).fetchone()[0]
        assert stored == env.clock.now  # clamped, not trusted
        env.clock.advance(MAX_WAIT_SECONDS)
        env.vault.open_as_owner(Partner.A, PASS_A).lock()


def test_together_both_wrong_waits_as_long_as_the_partner_with_most_failures(
    tmp_path: Path,
) -> None:
    """The attack: guessing together to dodge A's wait. The wait announced is the longer one."""
    with vault_env(tmp_path) as env:
        for _ in range(2):
            with pytest.raises(WrongPassphrase):
                env.vault.open_as_owner(Partner.A, WRONG)
        with pytest.raises(WrongPassphrase) as error:
            env.vault.open_together(WRONG, WRONG)
        assert error.value.failed_tries == {Partner.A: 3, Partner.B: 1}
        assert error.value.retry_after == wait_after(3) > 0
        with pytest.raises(BackoffActive):
            env.vault.open_together(PASS_A, PASS_B)


def test_a_right_passphrase_in_a_failed_together_try_is_neither_counted_nor_forgiven(
    tmp_path: Path,
) -> None:
    """A's earlier failures stay as they were when B mistypes together (A typed it right), so
    B's typo can't be used to wipe A's record either; a successful together try clears both."""
    with vault_env(tmp_path) as env:
        for _ in range(2):
            with pytest.raises(WrongPassphrase):
                env.vault.open_as_owner(Partner.A, WRONG)
        with pytest.raises(WrongPassphrase) as error:
            env.vault.open_together(PASS_A, WRONG)
        assert error.value.partners == (Partner.B,)
        assert env.vault.backoff_state(Partner.A).failed_tries == 2
        assert env.vault.backoff_state(Partner.B).failed_tries == 1
        with env.vault.open_together(PASS_A, PASS_B) as session:
            assert session.failed_tries == {Partner.A: 2, Partner.B: 1}
        assert env.vault.backoff_state(Partner.A).failed_tries == 0
        assert env.vault.backoff_state(Partner.B).failed_tries == 0
