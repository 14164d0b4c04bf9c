"""What a partner sees after wrong passphrases, through vault/backoff.py's public names only.

Kept apart from the other vault tests and free of the module's internals, because the backoff
code itself is being reworked: these pin the promise, not the implementation.
"""

from __future__ import annotations

from openup_desktop.vault.backoff import BackoffState


def test_a_partner_can_try_again_only_once_the_wait_is_over() -> None:
    assert BackoffState(failed_tries=0, retry_after=0.0).can_try_now is True
    assert BackoffState(failed_tries=3, retry_after=0.0).can_try_now is True
    assert BackoffState(failed_tries=3, retry_after=0.5).can_try_now is False
    assert BackoffState(failed_tries=4, retry_after=60.0).can_try_now is False
