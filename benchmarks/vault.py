"""Vault speed with the production Argon2id parameters: unlock, seal, list, and UI stalls.

The vault promises (``docs/security.md``) only hold if people keep using it, and they won't if
opening it feels slow or freezes the window. So this measures what a couple feels:

1. unlocking one partner alone and both together (median of 5 each);
2. sealing one moment (median of 50);
3. with 10,000 moments (kept the app's way: each by its owner alone), opening together through
   the app's bridge: how long after the last passphrase's key is derived the newest moments are
   in the list, and the whole list; and the longest stall of the UI event loop meanwhile
   (a 5 ms timer watches it). The first open also moves each moment's other share from its
   HPKE-sealed form to the wrapped one (once); later opens are what a couple sees every time;
4. the same list through the vault service alone (no Qt), and the UI stall while a fresh vault
   unlocks.

Goals (issue #17; a benchmark figure, not a test: the exit code is 0 whether or not they are
met): newest moments in the list ≤ 300 ms and the whole list ≤ 1 s after the last key is
derived, no UI stall > 16 ms while it fills; both together unlock ≤ 1 s.

    python benchmarks/vault.py [--moments 10000] [--json benchmarks/results/vault.json]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

# Before anything imports Qt: the benchmark needs no screen, and must run on a headless CI box.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _report import write_results

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer  # noqa: E402

from openup_desktop.bridge.vault_controller import VaultController  # noqa: E402
from openup_desktop.bridge.vault_items import VaultItemsModel  # noqa: E402
from openup_desktop.bridge.vault_setup import VaultSetup  # noqa: E402
from openup_desktop.context import AppContext, build_context  # noqa: E402
from openup_desktop.paths import resolve_paths  # noqa: E402
from openup_desktop.store.database import connect  # noqa: E402
from openup_desktop.vault import ItemContent, ItemKind, Partner, VaultService  # noqa: E402
from openup_desktop.vault import service as vault_service  # noqa: E402
from openup_desktop.vault.kdf import PRODUCTION_KDF_PARAMS  # noqa: E402

# Passphrases that pass the app's policy; what they are doesn't change the Argon2id cost.
PASSPHRASE_A = "Lantern river ninety-three quiet"
PASSPHRASE_B = "Copper kettle sings at 4 am"
TICK_MS = 5
GOAL_UNLOCK_TOGETHER_S = 1.0
GOAL_NEWEST_MS = 300.0
GOAL_ALL_MS = 1000.0
GOAL_STALL_MS = 16.0
#: Longest any single Qt operation may take before we give up (the machine is then broken).
WAIT_LIMIT_MS = 180_000


def timed(work: Callable[[], object]) -> float:
    """Seconds one call takes (perf_counter: monotonic, highest resolution)."""
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def moment_content(index: int, start: datetime) -> ItemContent:
    """A moment of realistic size (a few sentences); distinct dates so the model's sort works."""
    text = (
        f"Moment {index}: we talked about the week, and what felt hard to say out loud. "
        "It helped to take turns and to know either of us could pass. " * 3
    )
    created = (start + timedelta(minutes=index)).isoformat(timespec="seconds")
    return ItemContent(title=f"Moment {index}", text=text, created_at=created)


# --------------------------------------------------------------------------- Qt helpers ---


def wait_finished(vault: VaultController, operation: str) -> str:
    """Spin the event loop until the controller reports ``operation`` done; return its error.

    The controller answers on the UI thread through a queued signal, so we must run a real event
    loop (as the app does) rather than block on the worker pool.
    """
    loop = QEventLoop()
    outcome: dict[str, str] = {}

    def on_finished(op: str, error: str) -> None:
        if op == operation:
            outcome["error"] = error
            loop.quit()

    vault.finished.connect(on_finished)
    QTimer.singleShot(WAIT_LIMIT_MS, loop.quit)
    loop.exec()
    vault.finished.disconnect(on_finished)
    if "error" not in outcome:
        raise RuntimeError(f"Vault {operation} did not finish within {WAIT_LIMIT_MS} ms")
    return outcome["error"]


@dataclass
class StallResult:
    """Largest gap between 5 ms ticks (minus the 5 ms), and how long the unlock took overall."""

    stall_ms: float
    total_s: float


def measure_stall(vault: VaultController) -> StallResult:
    """Unlock together the app's way while a 5 ms timer watches the UI event loop.

    The timer keeps ticking until the first tick *after* ``finished``: the controller fills the
    item model on the UI thread just before it emits ``finished``, and the gap covering that
    work only shows at the next tick.
    """
    loop = QEventLoop()
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    state: dict[str, Any] = {"last": None, "max_gap": 0.0, "done": False, "error": None}

    def tick() -> None:
        now = time.perf_counter()
        if state["last"] is not None:
            state["max_gap"] = max(state["max_gap"], now - state["last"])
        state["last"] = now
        if state["done"]:
            loop.quit()

    def on_finished(op: str, error: str) -> None:
        if op == "unlock_together":
            state["done"] = True
            state["error"] = error
            state["ended"] = time.perf_counter()

    def start_unlock() -> None:
        state["started"] = time.perf_counter()
        vault.unlockTogether(PASSPHRASE_A, PASSPHRASE_B)

    timer.timeout.connect(tick)
    vault.finished.connect(on_finished)
    timer.start()
    QTimer.singleShot(50, start_unlock)  # a few quiet ticks first, so timing is steady
    QTimer.singleShot(WAIT_LIMIT_MS, loop.quit)
    loop.exec()
    timer.stop()
    vault.finished.disconnect(on_finished)
    if not state["done"] or state["error"]:
        raise RuntimeError(f"Unlock together failed: {state['error'] or 'timed out'}")
    return StallResult(
        stall_ms=max(0.0, state["max_gap"] * 1000 - TICK_MS),
        total_s=state["ended"] - state["started"],
    )


class DeriveClock:
    """When the last Argon2id derivation ended: wraps the service's ``derive_key``."""

    def __init__(self) -> None:
        self.last_end = 0.0
        self.last_end_cpu = 0.0
        self._original = vault_service.derive_key

        def timed_derive(*args: Any, **kwargs: Any) -> bytearray:
            try:
                return self._original(*args, **kwargs)
            finally:
                self.last_end = time.perf_counter()
                self.last_end_cpu = time.process_time()

        vault_service.derive_key = timed_derive  # type: ignore[assignment]

    def close(self) -> None:
        vault_service.derive_key = self._original  # type: ignore[assignment]


@dataclass
class ListingResult:
    """Milliseconds after the last key was derived; the longest UI stall while the list filled."""

    newest_ms: float
    all_ms: float
    stall_ms: float
    batches: int
    #: CPU time this process used from the last key derived to the whole list (both threads):
    #: unlike the times above, other programs on the machine don't inflate it
    cpu_ms: float


def measure_listing(
    vault: VaultController, model: VaultItemsModel, derived: DeriveClock, expected: int
) -> ListingResult:
    """Open together the app's way and watch the item model fill while a 5 ms timer ticks.

    "Newest on screen" is when the first batch lands in the model the list view shows; "whole"
    is when the last one does. The stall is the largest gap between ticks from the moment the
    key is derived until the list is whole (minus the tick).
    """
    loop = QEventLoop()
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    state: dict[str, Any] = {"last": None, "max_gap": 0.0, "first": None, "whole": None}
    batches = [0]

    def tick() -> None:
        now = time.perf_counter()
        if state["last"] is not None and derived.last_end and now > derived.last_end:
            state["max_gap"] = max(state["max_gap"], now - max(state["last"], derived.last_end))
        state["last"] = now
        if state["whole"] is not None and not vault.property("busy"):
            loop.quit()

    def inserted(*_args: object) -> None:
        now = time.perf_counter()
        batches[0] += 1
        if state["first"] is None:
            state["first"] = now
        if model.rowCount() >= expected and state["whole"] is None:
            state["whole"] = now
            state["whole_cpu"] = time.process_time()

    derived.last_end = 0.0
    timer.timeout.connect(tick)
    model.rowsInserted.connect(inserted)
    timer.start()
    QTimer.singleShot(50, lambda: vault.unlockTogether(PASSPHRASE_A, PASSPHRASE_B))
    QTimer.singleShot(WAIT_LIMIT_MS, loop.quit)
    loop.exec()
    timer.stop()
    model.rowsInserted.disconnect(inserted)
    if state["whole"] is None:
        raise RuntimeError(f"The list never held {expected} moments (it has {model.rowCount()})")
    return ListingResult(
        newest_ms=(state["first"] - derived.last_end) * 1000,
        all_ms=(state["whole"] - derived.last_end) * 1000,
        stall_ms=max(0.0, state["max_gap"] * 1000 - TICK_MS),
        batches=batches[0],
        cpu_ms=(state["whole_cpu"] - derived.last_end_cpu) * 1000,
    )


# ------------------------------------------------------------------------------ phases ---


def fill_vault(db_path: Path, target: int) -> float:
    """Top the vault up to ``target`` moments, fast; returns the seconds it took (setup only).

    Each moment is kept by its owner alone, as the app keeps them (the owner's passphrase is the
    consent), so the other partner's share is HPKE-sealed until a together session moves it. A
    separate connection with ``synchronous=OFF`` skips one fsync per moment: the stored rows are
    byte-for-byte what the app writes, only the durability wait differs.
    """
    started = time.perf_counter()
    db = connect(db_path)
    db.execute("PRAGMA synchronous=OFF")
    try:
        service = VaultService(db, kdf_params=PRODUCTION_KDF_PARAMS)
        (have,) = db.execute("SELECT count(*) FROM vault_items").fetchone()
        start = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)
        sessions = {
            Partner.A: service.open_as_owner(Partner.A, PASSPHRASE_A),
            Partner.B: service.open_as_owner(Partner.B, PASSPHRASE_B),
        }
        try:
            for index in range(have, target):
                owner = Partner.A if index % 2 == 0 else Partner.B
                sessions[owner].save(ItemKind.MOMENT, moment_content(index, start))
        finally:
            for session in sessions.values():
                session.lock()
    finally:
        db.close()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="OpenUp vault benchmark")
    parser.add_argument("--unlock-runs", type=int, default=5, help="unlocks of each kind (≥ 3)")
    parser.add_argument("--saves", type=int, default=50, help="moments sealed for the median")
    parser.add_argument("--moments", type=int, default=10_000, help="moments in the big vault")
    parser.add_argument("--list-runs", type=int, default=3, help="open-and-list runs (≥ 1)")
    parser.add_argument("--stall-runs", type=int, default=3, help="watched unlocks, fresh vault")
    parser.add_argument("--json", type=Path, default=REPO / "benchmarks" / "results" / "vault.json")
    args = parser.parse_args(argv)
    unlock_runs = max(3, args.unlock_runs)
    list_runs = max(1, args.list_runs)
    stall_runs = max(1, args.stall_runs)
    moments = max(args.saves, args.moments)

    _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])  # keep it alive
    began = time.perf_counter()
    result: dict[str, Any] = {
        "when": datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": (
            f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
            f"Python {platform.python_version()}"
        ),
        "kdf_params": {
            "memory_kib": PRODUCTION_KDF_PARAMS.memory_kib,
            "iterations": PRODUCTION_KDF_PARAMS.iterations,
            "lanes": PRODUCTION_KDF_PARAMS.lanes,
        },
        "moments": moments,
        "load_average_at_start": os.getloadavg()[0],
    }

    with tempfile.TemporaryDirectory(prefix="openup-vault-bench-") as tmp:
        paths = resolve_paths(Path(tmp) / "data")
        paths.ensure()
        context: AppContext = build_context(paths, kdf_params=PRODUCTION_KDF_PARAMS)
        try:
            if context.app.firstRunNeeded:
                context.app.completeFirstRun("Sam", "#B4432F", "Alex", "#2F5E8C")
            vault, setup = context.bridges["Vault"], context.bridges["VaultSetup"]
            assert isinstance(vault, VaultController) and isinstance(setup, VaultSetup)
            model = context.bridges["Moments"].items  # the model the list view shows
            assert isinstance(model, VaultItemsModel)

            # Set-up through the controller, exactly as the first-run screens do it.
            for seat, passphrase in ((0, PASSPHRASE_A), (1, PASSPHRASE_B)):
                setup.setUpPartner(seat, passphrase, passphrase)
                error = wait_finished(vault, "setup")
                if error:
                    raise RuntimeError(f"Set-up failed: {error}")

            # 4a. UI stall while unlocking a fresh vault the app's way.
            print("Watching the UI event loop during unlocks (fresh vault)…", flush=True)
            stalls = []
            for _ in range(stall_runs):
                stalls.append(measure_stall(vault))
                vault.lock("bench")

            # 1. and 2. Service-level timings on a connection with the app's pragmas.
            print("Timing unlocks and sealing…", flush=True)
            db = connect(paths.database)
            service = VaultService(db, kdf_params=PRODUCTION_KDF_PARAMS)
            owner_s = []
            together_s = []
            for _ in range(unlock_runs):
                started = time.perf_counter()
                session = service.open_as_owner(Partner.A, PASSPHRASE_A)
                owner_s.append(time.perf_counter() - started)
                session.lock()
                started = time.perf_counter()
                session = service.open_together(PASSPHRASE_A, PASSPHRASE_B)
                together_s.append(time.perf_counter() - started)
                session.lock()
            start = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)
            with service.open_as_owner(Partner.A, PASSPHRASE_A) as owner_session:
                save_s = []
                for index in range(args.saves):
                    content = moment_content(index, start)
                    started = time.perf_counter()
                    owner_session.save(ItemKind.MOMENT, content)
                    save_s.append(time.perf_counter() - started)

            db.close()

            # 3. The big vault through the app's bridge: first open (moves sealed shares), then
            # what every later open looks like.
            print(f"Filling the vault to {moments:,} moments (setup, not timed)…", flush=True)
            fill_s = fill_vault(paths.database, moments)
            print(f"Opening together through the app, {moments:,} moments…", flush=True)
            derived = DeriveClock()
            try:
                first_open = measure_listing(vault, model, derived, moments)
                vault.lock("bench")
                later = []
                for _ in range(list_runs):
                    later.append(measure_listing(vault, model, derived, moments))
                    vault.lock("bench")
            finally:
                derived.close()

            # 4. The same list through the service alone (no Qt), all at once and oldest first.
            db = connect(paths.database)
            service = VaultService(db, kdf_params=PRODUCTION_KDF_PARAMS)
            list_total_s = []
            list_items_s = []
            for _ in range(list_runs):
                started = time.perf_counter()
                with service.open_together(PASSPHRASE_A, PASSPHRASE_B) as session:
                    opened = time.perf_counter()
                    listed = session.items(ItemKind.MOMENT)
                    ended = time.perf_counter()
                list_total_s.append(ended - started)
                list_items_s.append(ended - opened)
                if len(listed) != moments:
                    raise RuntimeError(f"Listed {len(listed)} moments, expected {moments}")
                listed = []  # drop the plain text before the next run
            db.close()
        finally:
            context.close()

    med = statistics.median
    steady = {
        "newest_ms": med(r.newest_ms for r in later),
        "all_ms": med(r.all_ms for r in later),
        "stall_ms_max": max(r.stall_ms for r in later),
        "batches": later[0].batches,
        "cpu_ms": med(r.cpu_ms for r in later),
        "runs": [dataclasses.asdict(r) for r in later],
    }
    result.update(
        {
            "unlock_owner_s": med(owner_s),
            "unlock_together_s": med(together_s),
            "save_moment_ms": med(save_s) * 1000,
            "app_list": {
                "first_open_moving_sealed_shares": dataclasses.asdict(first_open),
                "later_opens": steady,
            },
            "service_list": {
                "runs": list_runs,
                "open_together_and_list_s": med(list_total_s),
                "items_only_s": med(list_items_s),
            },
            "stall_ms": {
                "fresh_vault_max": max(s.stall_ms for s in stalls),
                "fresh_vault_runs": [s.stall_ms for s in stalls],
            },
            "setup_fill_s": fill_s,
            "elapsed_s": time.perf_counter() - began,
            "goals": {
                "newest_max_ms": GOAL_NEWEST_MS,
                "all_max_ms": GOAL_ALL_MS,
                "stall_max_ms": GOAL_STALL_MS,
                "unlock_together_max_s": GOAL_UNLOCK_TOGETHER_S,
            },
        }
    )

    def verdict(value: float, goal: float) -> str:
        return "yes" if value <= goal else "NO"

    lines: list[tuple[str, str, str, str]] = []

    def add(name: str, value: str, goal: str = "", met: str = "") -> None:
        lines.append((name, value, goal, met))

    add(
        f"newest moments in the list ({moments:,})",
        f"{steady['newest_ms']:.0f} ms",
        f"≤ {GOAL_NEWEST_MS:.0f} ms",
        verdict(steady["newest_ms"], GOAL_NEWEST_MS),
    )
    add(
        f"whole list ({moments:,})",
        f"{steady['all_ms']:.0f} ms",
        f"≤ {GOAL_ALL_MS / 1000:.0f} s",
        verdict(steady["all_ms"], GOAL_ALL_MS),
    )
    add(
        "longest UI stall while it fills",
        f"{steady['stall_ms_max']:.1f} ms",
        f"≤ {GOAL_STALL_MS:.0f} ms",
        verdict(steady["stall_ms_max"], GOAL_STALL_MS),
    )
    add("  (times after the last key is derived; medians of", f"{list_runs} opens)")
    add("  CPU time used for the whole list (both threads)", f"{steady['cpu_ms']:.0f} ms")
    add("first open: newest (moves sealed shares once)", f"{first_open.newest_ms:.0f} ms")
    add("first open: whole list", f"{first_open.all_ms:.0f} ms")
    add("first open: longest UI stall", f"{first_open.stall_ms:.1f} ms")
    add("first open: CPU time used", f"{first_open.cpu_ms:.0f} ms")
    fresh = result["stall_ms"]["fresh_vault_max"]
    add(
        f"UI stall, unlock fresh vault (max of {stall_runs})",
        f"{fresh:.1f} ms",
        f"≤ {GOAL_STALL_MS:.0f} ms",
        verdict(fresh, GOAL_STALL_MS),
    )
    add("unlock one partner (median)", f"{result['unlock_owner_s'] * 1000:.0f} ms")
    add(
        "unlock both together (median)",
        f"{result['unlock_together_s'] * 1000:.0f} ms",
        f"≤ {GOAL_UNLOCK_TOGETHER_S:.0f} s",
        verdict(result["unlock_together_s"], GOAL_UNLOCK_TOGETHER_S),
    )
    add("seal one moment (median)", f"{result['save_moment_ms']:.1f} ms")
    listing = result["service_list"]
    add(
        f"service: open together + items() of {moments:,}",
        f"{listing['open_together_and_list_s'] * 1000:.0f} ms",
    )
    add("  of which items()", f"{listing['items_only_s'] * 1000:.0f} ms")

    params = PRODUCTION_KDF_PARAMS
    print()
    print(
        f"Vault benchmark (Argon2id {params.memory_kib // 1024} MiB, t={params.iterations}, "
        f"p={params.lanes}; {result['machine']})"
    )
    width = max(len(line[0]) for line in lines) + 2
    print(f"{'':<{width}}{'figure':>10}  {'goal':<10}{'met':<4}")
    for name, value, goal, met in lines:
        print(f"{name:<{width}}{value:>10}  {goal:<10}{met:<4}")
    print(f"(filling the vault took {fill_s:.0f} s; whole run {result['elapsed_s']:.0f} s)")
    result["load_average_at_end"] = os.getloadavg()[0]
    print(
        "(load average {:.1f} at the start, {:.1f} at the end: other work on this machine slows "
        "every figure)".format(result["load_average_at_start"], result["load_average_at_end"])
    )
    write_results(args.json, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
