"""Soak: years of use on one data folder, and what that does to size, start-up and screen loads.

Why: the couple's history only grows. A database that takes three years to fill must still
start as fast and load screens as quickly as on day one, so this fills one with a fake clock
(no sleeping) through the same repositories the app uses, then compares start and end.

What it simulates (defaults): 1,000 talks with turns and both partners' wrap-ups, 5,000 vault
moments sealed through ``VaultService`` and 500 invitations, about three years of evenings. The
vault runs with *fast* Argon2id parameters on purpose: the KDF runs once per unlock, not per item,
and it is the per-item sealing (HPKE to both partners, AES-GCM) that grows with history.

It measures, at the start (a couple set up, nothing else) and at the end:

* database size (after a checkpoint, so the ``-wal`` is folded in);
* start-up: ``python -m openup_desktop --data-dir X`` offscreen with
  ``OPENUP_EXIT_AFTER_FIRST_FRAME=1``, median of 3 runs each, and the resident memory at the
  first frame (the start state is kept as a copy, and both are run alternately after the
  simulation, so machine noise hits both alike); plus the start-up ``quick_check`` alone;
* screen loads, timed at the store layer (median of 3): the history list
  (``TalkRepository.recent_talks``), the progress view (``ProgressRepository.progress_facts``)
  and the vault opened together and listed (list time only: the unlock KDF is excluded);
  the slowest is reported.

It prints a table and writes ``benchmarks/results/soak.json``. A benchmark: no asserts except
sanity checks that the simulation did what it says.

    python benchmarks/soak.py [--talks 1000] [--moments 5000] [--invitations 500]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _report import write_results

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from startup import measure, seed_data_dir  # noqa: E402

from openup_desktop.core.clock import FakeClock  # noqa: E402
from openup_desktop.core.talk import IllegalTransition, Talk, TalkSettings, TalkState  # noqa: E402
from openup_desktop.store.backups import BackupManager  # noqa: E402
from openup_desktop.store.database import check_database, connect  # noqa: E402
from openup_desktop.store.talks import TalkRepository  # noqa: E402
from openup_desktop.vault import ItemContent, ItemKind, Partner, VaultService  # noqa: E402
from openup_desktop.vault.kdf import KdfParams  # noqa: E402

FAST_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)
PASSPHRASES = {
    Partner.A: "Apricot lantern drifts slowly",
    Partner.B: "Birch canoe under seven moons",
}
START = datetime(2023, 1, 6, 19, 30, tzinfo=UTC)
STARTUP_RUNS = 3
LOAD_RUNS = 3
PROMPTS = [f"deck-{n:03d}" for n in range(120)]
_SENTENCE = (
    "today I noticed how tired I was and I did not want to say it because it felt like "
    "complaining but when you asked I could say it and that felt lighter than I expected"
)
WORDS = _SENTENCE.split(" ")


def _optional(module: str, name: str) -> Any | None:
    """A repository class if this checkout has it (the soak runs on older checkouts too)."""
    try:
        mod = __import__(module, fromlist=[name])
    except ImportError:
        return None
    return getattr(mod, name, None)


InvitationRepository = _optional("openup_desktop.store.invitations", "InvitationRepository")
ProgressRepository = _optional("openup_desktop.store.progress", "ProgressRepository")


# --- measuring ---------------------------------------------------------------------------------


def app_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QT_QUICK_BACKEND", "software")
    env["OPENUP_EXIT_AFTER_FIRST_FRAME"] = "1"
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def startup_pair(first: Path, second: Path) -> list[tuple[float, float]]:
    """Start-up on two data folders, alternated so machine noise hits both alike.

    Returns, per folder, the median seconds to first frame and median RSS MiB over STARTUP_RUNS
    runs (after one unrecorded warm-up run each).
    """
    env = app_env()
    commands = [
        [sys.executable, "-m", "openup_desktop", "--data-dir", str(folder)]
        for folder in (first, second)
    ]
    for command in commands:
        measure(command, env)  # warm the file cache, unrecorded
    samples: list[list[tuple[float, int]]] = [[], []]
    for _ in range(STARTUP_RUNS):
        for index, command in enumerate(commands):
            samples[index].append(measure(command, env))
    return [
        (statistics.median(s[0] for s in runs), statistics.median(s[1] for s in runs) / 1024)
        for runs in samples
    ]


def db_size(data: Path) -> int:
    """Database bytes with the WAL folded in (checkpointed from a short-lived connection)."""
    db = connect(data / "openup.db")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return sum(p.stat().st_size for p in (data / "openup.db", data / "openup.db-wal") if p.exists())


def median_time(action: Callable[[], object], runs: int = LOAD_RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def screen_loads(data: Path) -> tuple[dict[str, float], dict[str, int]]:
    """Store-level load time of the heaviest screens (seconds), and how many rows each showed."""
    db = connect(data / "openup.db")
    loads: dict[str, float] = {}
    rows: dict[str, int] = {}
    try:
        talks = TalkRepository(db)
        rows["history (recent_talks)"] = len(talks.recent_talks())
        loads["history (recent_talks)"] = median_time(talks.recent_talks)
        if ProgressRepository is not None:
            progress = ProgressRepository(db)
            rows["progress (progress_facts)"] = len(progress.progress_facts())
            loads["progress (progress_facts)"] = median_time(progress.progress_facts)
        vault = VaultService(db, kdf_params=FAST_KDF)
        if vault.partners_set_up() == frozenset(Partner):
            with vault.open_together(PASSPHRASES[Partner.A], PASSPHRASES[Partner.B]) as session:
                rows["vault together (list)"] = len(session.items())
                loads["vault together (list)"] = median_time(session.items)
    finally:
        db.close()
    return loads, rows


# --- simulating --------------------------------------------------------------------------------


def words(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def simulate(data: Path, talks: int, moments: int, invitations: int) -> dict[str, Any]:
    """Fill ``data`` with years of use through the app's repositories; returns counts and times."""
    rng = random.Random(20230106)
    clock = FakeClock(START)
    db = connect(data / "openup.db")
    repo = TalkRepository(db, clock)
    vault = VaultService(db, kdf_params=FAST_KDF, clock=lambda: clock.now().timestamp())
    vault.set_up_partner(Partner.A, PASSPHRASES[Partner.A])
    vault.set_up_partner(Partner.B, PASSPHRASES[Partner.B])
    invites = InvitationRepository(db, clock) if InvitationRepository is not None else None

    moments_per_talk, extra_moments = divmod(moments, talks)
    invite_every = talks / invitations if invitations and invites is not None else 0.0
    made = {"talks": 0, "turns": 0, "wrapups": 0, "moments": 0, "invitations": 0}
    spent = {"talks_s": 0.0, "moments_s": 0.0, "invitations_s": 0.0}
    next_invite = 0.0

    for n in range(talks):
        # an invitation before some talks: asked, answered with a time, then done
        if invites is not None and invite_every and n >= next_invite:
            next_invite += invite_every
            started = time.perf_counter()
            inviter = rng.randrange(2)
            inv = invites.invite(inviter, words(rng, 2, 6) if rng.random() < 0.7 else None, 10)
            if rng.random() < 0.1:
                invites.decline(inv.id, 1 - inviter)
            else:
                when = clock.now() + timedelta(hours=rng.randint(2, 40))
                invites.schedule(inv.id, 1 - inviter, when, "the sofa", 10)
                invites.mark_done(inv.id)
            made["invitations"] += 1
            spent["invitations_s"] += time.perf_counter() - started

        started = time.perf_counter()
        settings = TalkSettings(talk_minutes=rng.choice((5, 5, 5, 10, 15)), turn_seconds=90)
        talk = Talk(settings, rng.choice(PROMPTS), clock, rng)
        talk_id = repo.create_talk(settings, talk.started_at)
        stop = repo.track(talk_id, talk)
        try:
            for _ in range(rng.randint(3, 8)):
                clock.advance(rng.uniform(25, 100))
                roll = rng.random()
                if roll < 0.6:
                    talk.pass_turn()
                elif roll < 0.85:
                    talk.next_prompt(rng.choice(PROMPTS))
                else:
                    talk.decline_prompt(rng.choice(PROMPTS))
            clock.advance(rng.uniform(10, 60))
            if talk.state is not TalkState.ENDED:
                talk.end()
        except IllegalTransition:
            pass  # time was up a moment ago: the talk ended by itself
        finally:
            stop()
        assert talk.state is TalkState.ENDED
        made["turns"] += len(talk.turns)
        for partner in (0, 1):
            thanks = words(rng, 3, 14) if rng.random() < 0.8 else None
            repo.save_wrapup(talk_id, partner, thanks, rng.choice((None, 3, 4, 4, 5)))
            made["wrapups"] += 1
        made["talks"] += 1
        spent["talks_s"] += time.perf_counter() - started

        # moments kept at the wrap-up, by one partner with their passphrase (V9)
        count = moments_per_talk + (1 if n < extra_moments else 0)
        if count:
            started = time.perf_counter()
            owner = Partner.A if n % 2 == 0 else Partner.B
            with vault.open_as_owner(owner, PASSPHRASES[owner]) as session:
                for _ in range(count):
                    session.save(
                        ItemKind.MOMENT,
                        ItemContent(
                            title=words(rng, 2, 5),
                            text=words(rng, 20, 90),
                            talk_id=str(talk_id),
                            prompt_id=talk.prompt_id,
                        ),
                    )
                    made["moments"] += 1
            spent["moments_s"] += time.perf_counter() - started

        clock.advance(rng.uniform(0.4, 1.8) * 86_400)  # the next evening or so

    made["days_simulated"] = round((clock.now() - START).total_seconds() / 86_400)
    db.close()
    return {"made": made, "spent": spent}


# --- main --------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="OpenUp soak benchmark")
    parser.add_argument("--talks", type=int, default=1000)
    parser.add_argument("--moments", type=int, default=5000)
    parser.add_argument("--invitations", type=int, default=500)
    parser.add_argument("--json", type=Path, default=REPO / "benchmarks" / "results" / "soak.json")
    args = parser.parse_args(argv)
    begun = time.perf_counter()

    with tempfile.TemporaryDirectory(prefix="openup-soak-") as tmp:
        # the start state is kept as its own folder, so start and end start-ups can be measured
        # alternately at the end, under the same machine conditions
        start_data = Path(tmp) / "start"
        start_data.mkdir()
        seed_data_dir(start_data)
        data = Path(tmp) / "data"
        shutil.copytree(start_data, data)

        start: dict[str, Any] = {"db_bytes": db_size(start_data)}
        start["start_check_s"] = median_time(lambda: check_database(start_data / "openup.db"))

        sim = simulate(data, args.talks, args.moments, args.invitations)
        made = sim["made"]
        print(f"simulated {made['days_simulated']} days ({time.perf_counter() - begun:.0f} s)")
        if InvitationRepository is None:
            print("note: no InvitationRepository in this checkout; invitations were skipped")
        if ProgressRepository is None:
            print("note: no ProgressRepository in this checkout; progress load not measured")

        end: dict[str, Any] = {"db_bytes": db_size(data)}
        end["start_check_s"] = median_time(lambda: check_database(data / "openup.db"))
        print(f"measuring start-up, start and end alternately ({STARTUP_RUNS} runs each)")
        (start["startup_s"], start["rss_mib"]), (end["startup_s"], end["rss_mib"]) = startup_pair(
            start_data, data
        )
        loads, load_rows = screen_loads(data)
        slowest = max(loads, key=loads.__getitem__)

        backups = BackupManager(data, FakeClock(START + timedelta(days=made["days_simulated"])))
        with_conn = connect(data / "openup.db")
        try:
            started = time.perf_counter()
            backup = backups.backup_now(with_conn, "soak")
            backup_s = time.perf_counter() - started
        finally:
            with_conn.close()
        started = time.perf_counter()
        listed = backups.list_backups()
        list_s = time.perf_counter() - started

    # sanity: the simulation did what it says
    assert made["talks"] == args.talks
    assert made["moments"] == args.moments
    assert backup.ended_talks == args.talks and backup.vault_items == args.moments
    assert len(listed) == 1 and listed[0].ok

    result: dict[str, Any] = {
        "when": datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": (
            f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
            f"Python {platform.python_version()}"
        ),
        "vault_kdf": "fast test parameters (64 KiB, t=1, p=1); sealing cost is what is measured",
        "made": made,
        "simulation_s": sim["spent"],
        "start": start,
        "end": end,
        "growth": {
            "db_size": end["db_bytes"] / start["db_bytes"],
            "startup": end["startup_s"] / start["startup_s"],
            "memory": end["rss_mib"] / start["rss_mib"],
        },
        "screen_loads_s": loads,
        "screen_load_rows": load_rows,
        "slowest_screen_load": {"what": slowest, "seconds": loads[slowest]},
        "backup": {"bytes": backup.size, "backup_now_s": backup_s, "list_backups_s": list_s},
        "startup_runs": STARTUP_RUNS,
        "total_run_s": time.perf_counter() - begun,
    }

    mib = 1024 * 1024
    print()
    print(
        f"Soak: {made['talks']} talks ({made['turns']} turns, {made['wrapups']} wrap-ups), "
        f"{made['moments']} moments, {made['invitations']} invitations over "
        f"{made['days_simulated']} simulated days"
    )
    print("Vault sealing used FAST test KDF parameters (64 KiB, t=1, p=1): per-item sealing is")
    print("what grows with history; the production KDF runs once per unlock and is excluded.")
    print()
    print(f"{'':<30}{'start':>12}{'end':>12}{'growth':>10}")
    rows = [
        ("database size", start["db_bytes"] / mib, end["db_bytes"] / mib, "MiB", "db_size"),
        (
            "start-up (median of 3)",
            start["startup_s"] * 1000,
            end["startup_s"] * 1000,
            "ms",
            "startup",
        ),
        ("memory at first frame", start["rss_mib"], end["rss_mib"], "MiB", "memory"),
    ]
    for label, a, b, unit, key in rows:
        print(f"{label:<30}{a:>8.1f} {unit:<3}{b:>8.1f} {unit:<3}{result['growth'][key]:>9.2f}×")
        if key == "startup":
            a, b = start["start_check_s"] * 1000, end["start_check_s"] * 1000
            print(f"{'  of it: quick_check':<30}{a:>8.1f} ms {b:>8.1f} ms")
    print()
    print(f"{'screen load at the end (median of 3)':<44}{'rows':>8}{'time':>12}")
    for name, seconds in loads.items():
        mark = "  ← slowest" if name == slowest else ""
        print(f"{name:<44}{load_rows[name]:>8}{seconds * 1000:>9.1f} ms{mark}")
    print()
    print(
        f"backup of the end state: {backup.size / mib:.1f} MiB in {backup_s * 1000:.0f} ms; "
        f"list_backups {list_s * 1000:.0f} ms"
    )
    spent = sim["spent"]
    print(
        f"simulation: talks {spent['talks_s']:.1f} s, moments {spent['moments_s']:.1f} s "
        f"({spent['moments_s'] / max(1, made['moments']) * 1000:.2f} ms each), "
        f"invitations {spent['invitations_s']:.1f} s; whole run {result['total_run_s']:.0f} s"
    )
    write_results(args.json, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
