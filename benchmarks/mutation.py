"""Mutation testing of core/ and vault/: would a test notice if this line were wrong?

Each module gets small, deliberate bugs ("mutants") one at a time -- an operator or comparison
swapped, a number nudged, a return value dropped, a statement removed -- and only that
module's own tests run against each. A mutant no test notices ("survivor") is either a gap in
the tests or a change nobody could observe (an "equivalent" mutant). Equivalent ones are listed
with the reason in ``benchmarks/mutation_equivalents.toml``; any other survivor is printed as
unexplained and the script exits 1, so a gap cannot hide in a score.

Why a small mutator of our own instead of driving mutmut (configured in pyproject.toml for
exploring by hand): mutmut 3 skips decorated functions (every ``@property`` of the talk timer)
and module constants, and selects tests by its own stats run over the whole tests folder. Here
every function is mutated, each module runs only the tests listed for it in ``MODULES``, and
the survivors come out with stable names that the equivalents file can refer to.

How a mutant is run: the runner imports pytest once, then forks one child per mutant. The child
puts the mutated module in front of the import system and runs ``pytest -x`` on the module's
tests; any failure kills the mutant, and so does a hang (a run past the timeout, given a
second run twice as long, because on a shared machine a slow run is often just someone else's
build; hung mutants are named in the report). Lines that no selected test
runs are not run at all: their mutants survive as "not covered". Hypothesis runs derandomized
so the same code and tests always give the same survivors.

Usage (slow: a few minutes per module on 2 cores; always under ``nice``)::

    nice -n 19 .venv/bin/python benchmarks/mutation.py                 # every module below
    nice -n 19 .venv/bin/python benchmarks/mutation.py core/talk.py    # one module
    nice -n 19 .venv/bin/python benchmarks/mutation.py --changed       # what differs from main
    .venv/bin/python benchmarks/mutation.py core/talk.py --list        # the mutants, no run
    .venv/bin/python benchmarks/mutation.py core/talk.py --report      # last results again
    nice -n 19 .venv/bin/python benchmarks/mutation.py core/talk.py --only "Talk.pause"  # re-check
    nice -n 19 .venv/bin/python benchmarks/mutation.py core/talk.py --survivors  # after new tests

Each run keeps its results in ``benchmarks/results/`` so that, after explaining survivors in the
equivalents file, ``--report`` prints the table again without running anything.

Not part of ``.ci/run``: too slow for every change. Run it when you change a module below.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import copy
import hashlib
import importlib.abc
import importlib.util
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import tomllib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EQUIVALENTS_FILE = ROOT / "benchmarks" / "mutation_equivalents.toml"
RESULTS_DIR = ROOT / "benchmarks" / "results"

#: Module -> the tests that speak for it. Only these run against the module's mutants, so a
#: module is judged by its own tests, and a run takes minutes instead of hours.
MODULES: dict[str, tuple[str, ...]] = {
    "openup_desktop/core/talk.py": ("tests/unit/test_talk.py",),
    "openup_desktop/core/surprise.py": (
        "tests/unit/test_surprise.py",
        "tests/unit/test_gentle_first_talks.py",
    ),
    "openup_desktop/core/clock.py": ("tests/unit/test_clock.py",),
    "openup_desktop/core/retention.py": ("tests/unit/test_retention.py",),
    "openup_desktop/vault/backoff.py": (
        "tests/unit/test_backoff_wait.py",
        "tests/unit/test_vault_kdf_schema_backoff.py",
        "tests/security/test_v6_vault_backoff.py",
    ),
    "openup_desktop/vault/items.py": (
        "tests/unit/test_vault_items_and_encoding.py",
        "tests/unit/test_vault_items_edges.py",
        "tests/security/test_v1_vault_no_plaintext_on_disk.py",
        "tests/security/test_v2_two_of_two_shares.py",
        "tests/security/test_v5_vault_tamper.py",
        "tests/security/test_vault_largest_moment.py",
    ),
    "openup_desktop/vault/keys.py": (
        "tests/unit/test_vault_keys_edges.py",
        "tests/security/test_v2_two_of_two_shares.py",
        "tests/security/test_v2_v4_vault_access_matrix.py",
        "tests/security/test_v8_vault_passphrase_change.py",
        "tests/security/test_vault_nonces_and_kdf.py",
        "tests/security/test_vault_row_keys.py",
    ),
    # quick, pointed tests first: most mutants fail one of them within seconds
    "openup_desktop/vault/service.py": (
        "tests/unit/test_vault_service_edges.py",
        "tests/security/test_v7_vault_session_lock.py",
        "tests/security/test_v7_no_key_left_in_memory.py",
        "tests/security/test_v8_vault_passphrase_change.py",
        "tests/security/test_v3_v12_vault_withdraw.py",
        "tests/security/test_v5_ownership_proven.py",
        "tests/security/test_v2_two_of_two_shares.py",
        "tests/security/test_v2_two_passphrases.py",
        "tests/security/test_passphrase_personal_guesses.py",
        "tests/security/test_v1_vault_no_plaintext_on_disk.py",
        "tests/security/test_vault_largest_moment.py",
        "tests/security/test_v8_key_rotation.py",
        "tests/security/test_v13_withdrawals_reach_every_copy.py",
        "tests/security/test_v6_vault_backoff.py",
        "tests/security/test_v2_v4_vault_access_matrix.py",
        "tests/security/test_v5_vault_tamper.py",
        "tests/security/test_vault_row_keys.py",
        "tests/unit/test_vault_listing_pages.py",
    ),
    "openup_desktop/vault/passphrase_policy.py": (
        "tests/unit/test_vault_passphrase_policy.py",
        "tests/security/test_passphrase_personal_guesses.py",
    ),
}

#: Names whose calls are logging: removing or changing one cannot change what a couple sees.
_LOGGERS = frozenset({"_log", "log", "logger", "_logger", "logging"})

_BINOP_SWAPS: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Div,
    ast.Mod: ast.FloorDiv,
    ast.Pow: ast.Mult,
    ast.BitOr: ast.BitAnd,
    ast.BitAnd: ast.BitOr,
    ast.BitXor: ast.BitOr,
    ast.LShift: ast.RShift,
    ast.RShift: ast.LShift,
}
_CMP_SWAPS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
}
_OP_TEXT: dict[type[ast.AST], str] = {
    ast.Add: "+",
    ast.Sub: "-",
    ast.Mult: "*",
    ast.Div: "/",
    ast.FloorDiv: "//",
    ast.Mod: "%",
    ast.Pow: "**",
    ast.BitOr: "|",
    ast.BitAnd: "&",
    ast.BitXor: "^",
    ast.LShift: "<<",
    ast.RShift: ">>",
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.Is: "is",
    ast.IsNot: "is not",
    ast.In: "in",
    ast.NotIn: "not in",
    ast.And: "and",
    ast.Or: "or",
}
_REMOVABLE = (ast.Expr, ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Raise, ast.Delete)

Path_ = tuple[tuple[str, int | None], ...]
"""Where a node sits in the tree: (field, index) steps from the module down."""


# --- mutants -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mutant:
    """One deliberate bug: which node, what replaces it, and a name that survives line moves."""

    module: str
    key: str
    line: int
    end_line: int
    where: Path_
    make: Callable[[ast.AST], ast.AST]

    def code(self, tree: ast.Module) -> Any:
        """The mutated module, compiled; the original tree is left as it was."""
        mutated = copy.deepcopy(tree)
        parent: Any = mutated
        for name, index in self.where[:-1]:
            parent = getattr(parent, name) if index is None else getattr(parent, name)[index]
        name, index = self.where[-1]
        if index is None:
            setattr(parent, name, self.make(getattr(parent, name)))
        else:
            getattr(parent, name)[index] = self.make(getattr(parent, name)[index])
        ast.fix_missing_locations(mutated)
        return compile(mutated, str(ROOT / self.module), "exec")


def _short(node: ast.AST, limit: int = 90) -> str:
    text = " ".join(ast.unparse(node).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _header(stmt: ast.stmt) -> str:
    """A statement as one line: a compound statement by its header only."""
    if isinstance(stmt, ast.If | ast.While):
        return f"{'if' if isinstance(stmt, ast.If) else 'while'} {_short(stmt.test)}:"
    if isinstance(stmt, ast.For):
        return f"for {_short(stmt.target)} in {_short(stmt.iter)}:"
    if isinstance(stmt, ast.With):
        return "with " + ", ".join(_short(i.context_expr) for i in stmt.items) + ":"
    if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return f"def {stmt.name}"
    return _short(stmt)


def _is_docstring(stmt: ast.stmt) -> bool:
    return (
        isinstance(stmt, ast.Expr)
        and isinstance(stmt.value, ast.Constant)
        and isinstance(stmt.value.value, str)
    )


def _is_logging(node: ast.AST) -> bool:
    call = node.value if isinstance(node, ast.Expr) else node
    if not isinstance(call, ast.Call):
        return False
    func = call.func
    while isinstance(func, ast.Attribute):
        func = func.value
    return isinstance(func, ast.Name) and func.id in _LOGGERS


def _is_type_checking(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.If) and "TYPE_CHECKING" in ast.unparse(stmt.test)


def _constant_swap(value: object) -> object | None:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, float):
        return value + 1.0
    return None


class _Collector:
    """Walks one module and lists every mutant, skipping what cannot change behaviour."""

    def __init__(self, module: str) -> None:
        self.module = module
        self.found: list[tuple[str, int, int, Path_, Callable[[ast.AST], ast.AST]]] = []
        self.scope: list[str] = []
        self.stmt: ast.stmt | None = None

    def add(
        self,
        what: str,
        node: ast.AST,
        where: Path_,
        make: Callable[[ast.AST], ast.AST],
        in_context: bool = True,
    ) -> None:
        scope = ".".join(self.scope) or "<module>"
        context = _header(self.stmt) if self.stmt is not None else _short(node)
        line = getattr(node, "lineno", 0)
        end = getattr(node, "end_lineno", line) or line
        name = f"{scope}: {what} in `{context}`" if in_context else f"{scope}: {what}"
        self.found.append((name, line, end, where, make))

    # statements

    def body(self, stmts: list[ast.stmt], where: Path_, field_name: str, removable: bool) -> None:
        for i, stmt in enumerate(stmts):
            here = (*where, (field_name, i))
            if i == 0 and _is_docstring(stmt):
                continue
            self.statement(stmt, here, removable)

    def statement(self, stmt: ast.stmt, where: Path_, removable: bool) -> None:
        if isinstance(stmt, ast.Import | ast.ImportFrom | ast.Assert | ast.Pass | ast.Global):
            return
        if _is_type_checking(stmt) or _is_logging(stmt):
            return
        if isinstance(stmt, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in stmt.targets
        ):
            return
        outer, self.stmt = self.stmt, stmt
        try:
            self._statement(stmt, where, removable)
        finally:
            self.stmt = outer

    def _statement(self, stmt: ast.stmt, where: Path_, removable: bool) -> None:
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            self.scope.append(stmt.name)
            try:
                inside_function = not isinstance(stmt, ast.ClassDef)
                self.body(stmt.body, where, "body", removable=inside_function)
                if inside_function:
                    for i, default in enumerate(stmt.args.defaults):  # type: ignore[union-attr]
                        self.expr(default, (*where, ("args", None), ("defaults", i)))
            finally:
                self.scope.pop()
            return
        if removable and isinstance(stmt, _REMOVABLE):
            removed = f"removed `{_header(stmt)}`"
            self.add(removed, stmt, where, lambda n: ast.Pass(), in_context=False)
        returns_none = isinstance(stmt, ast.Return) and (
            stmt.value is None
            or (isinstance(stmt.value, ast.Constant) and stmt.value.value is None)
        )
        if isinstance(stmt, ast.Return) and not returns_none:
            self.add(
                "`return ...` -> `return None`",
                stmt,
                where,
                lambda n: ast.Return(value=ast.Constant(None)),
            )
        if isinstance(stmt, ast.Break | ast.Continue):
            other = ast.Continue if isinstance(stmt, ast.Break) else ast.Break
            swapped = f"`{_header(stmt)}` -> `{other.__name__.lower()}`"
            self.add(swapped, stmt, where, lambda n: other())
        if isinstance(stmt, ast.AugAssign) and type(stmt.op) in _BINOP_SWAPS:
            new = _BINOP_SWAPS[type(stmt.op)]
            self.add(
                f"`{_OP_TEXT[type(stmt.op)]}=` -> `{_OP_TEXT[new]}=`",
                stmt,
                where,
                lambda n, new=new: ast.AugAssign(target=n.target, op=new(), value=n.value),
            )
        for name, value in ast.iter_fields(stmt):
            if name in ("annotation", "returns", "decorator_list", "type_comment", "body"):
                continue
            if name in ("orelse", "finalbody"):
                self.body(value, where, name, removable)
            elif name == "handlers":
                for i, handler in enumerate(value):
                    self.body(handler.body, (*where, ("handlers", i)), "body", removable)
            elif isinstance(value, ast.expr):
                self.expr(value, (*where, (name, None)))
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, ast.expr):
                        self.expr(item, (*where, (name, i)))
                    elif isinstance(item, ast.withitem):
                        self.expr(item.context_expr, (*where, (name, i), ("context_expr", None)))
        if hasattr(stmt, "body") and isinstance(stmt.body, list):
            self.body(stmt.body, where, "body", removable)

    # expressions

    def expr(self, node: ast.expr, where: Path_) -> None:
        if isinstance(node, ast.JoinedStr) or _is_logging(node):
            return  # message text, not behaviour; its own tests match it where it matters
        if isinstance(node, ast.Lambda):
            self.expr(node.body, (*where, ("body", None)))
            return
        if isinstance(node, ast.BinOp) and type(node.op) in _BINOP_SWAPS:
            new = _BINOP_SWAPS[type(node.op)]
            self.add(
                f"`{_OP_TEXT[type(node.op)]}` -> `{_OP_TEXT[new]}`",
                node,
                where,
                lambda n, new=new: ast.BinOp(left=n.left, op=new(), right=n.right),
            )
        elif isinstance(node, ast.Compare):
            for i, op in enumerate(node.ops):
                if type(op) in _CMP_SWAPS:
                    new = _CMP_SWAPS[type(op)]

                    def swap(n: ast.AST, i: int = i, new: type[ast.cmpop] = new) -> ast.AST:
                        ops = list(n.ops)  # type: ignore[attr-defined]
                        ops[i] = new()
                        return ast.Compare(left=n.left, ops=ops, comparators=n.comparators)  # type: ignore[attr-defined]

                    self.add(f"`{_OP_TEXT[type(op)]}` -> `{_OP_TEXT[new]}`", node, where, swap)
        elif isinstance(node, ast.BoolOp):
            new_bool = ast.Or if isinstance(node.op, ast.And) else ast.And
            self.add(
                f"`{_OP_TEXT[type(node.op)]}` -> `{_OP_TEXT[new_bool]}`",
                node,
                where,
                lambda n, new_bool=new_bool: ast.BoolOp(op=new_bool(), values=n.values),
            )
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not | ast.USub):
            sign = "not" if isinstance(node.op, ast.Not) else "-"
            self.add(f"`{sign}` dropped", node, where, lambda n: n.operand)
        elif isinstance(node, ast.Constant):
            new_value = _constant_swap(node.value)
            if new_value is not None:
                self.add(
                    f"`{node.value!r}` -> `{new_value!r}`",
                    node,
                    where,
                    lambda n, v=new_value: ast.Constant(v),
                )
            return
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("min", "max")
        ):
            other = "max" if node.func.id == "min" else "min"
            self.add(
                f"`{node.func.id}` -> `{other}`",
                node,
                where,
                lambda n, other=other: ast.Call(
                    func=ast.Name(other, ast.Load()), args=n.args, keywords=n.keywords
                ),
            )
        for name, value in ast.iter_fields(node):
            if isinstance(value, ast.expr):
                self.expr(value, (*where, (name, None)))
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, ast.expr):
                        self.expr(item, (*where, (name, i)))
                    elif isinstance(item, ast.keyword):
                        self.expr(item.value, (*where, (name, i), ("value", None)))
                    elif isinstance(item, ast.comprehension):
                        self.expr(item.iter, (*where, (name, i), ("iter", None)))
                        for j, cond in enumerate(item.ifs):
                            self.expr(cond, (*where, (name, i), ("ifs", j)))


def mutants_of(module: str) -> tuple[ast.Module, list[Mutant]]:
    """Every mutant of ``module`` (a path from the repository root), in source order."""
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"), filename=module)
    collector = _Collector(module)
    collector.body(tree.body, (), "body", removable=False)
    seen: Counter[str] = Counter()
    result = []
    for key, line, end, where, make in collector.found:
        seen[key] += 1
        name = key if seen[key] == 1 else f"{key} #{seen[key]}"
        result.append(Mutant(module, name, line, end, where, make))
    return tree, result


# --- running tests in a forked child --------------------------------------------------------


class _ReplaceModule(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves a given code object whenever ``name`` is imported (the mutant, or the original)."""

    def __init__(self, name: str, path: Path, code: Any) -> None:
        self.name, self.path, self.code = name, path, code

    def find_spec(self, fullname: str, path: object, target: object = None) -> Any:
        if fullname != self.name:
            return None
        return importlib.util.spec_from_file_location(fullname, self.path, loader=self)

    def create_module(self, spec: Any) -> None:
        return None

    def exec_module(self, module: Any) -> None:
        exec(self.code, module.__dict__)


class _SameExamplesEveryRun:
    """A pytest plugin: Hypothesis draws the same examples every run and stores none.

    Loaded from pytest's own configure step, because importing Hypothesis before pytest has
    set up its plugins is refused (filterwarnings=error turns that warning into a failure).
    """

    def pytest_configure(self, config: object) -> None:
        from hypothesis import settings

        settings.register_profile("mutation", database=None, derandomize=True)
        settings.load_profile("mutation")


def _module_name(module: str) -> str:
    return module.removesuffix(".py").replace("/", ".")


def _child(module: str, code: Any, tests: Sequence[str], lines_out: Path | None) -> int:
    """In the forked child: serve ``code`` as the module and run its tests quietly."""
    os.setpgid(0, 0)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    import pytest

    target = str(ROOT / module)
    sys.meta_path.insert(0, _ReplaceModule(_module_name(module), ROOT / module, code))
    covered: set[int] = set()
    if lines_out is not None:
        import threading

        def tracer(frame: Any, event: str, arg: object) -> Any:
            if frame.f_code.co_filename != target:
                return None
            covered.add(frame.f_lineno)

            def local(frame: Any, event: str, arg: object) -> Any:
                if event == "line":
                    covered.add(frame.f_lineno)
                return local

            return local

        sys.settrace(tracer)
        threading.settrace(tracer)
    args = [*tests, "-x", "-q", "-p", "no:cacheprovider", "-p", "no:randomly"]
    code_ = int(pytest.main(args, plugins=[_SameExamplesEveryRun()]))
    if lines_out is not None:
        sys.settrace(None)
        lines_out.write_text(" ".join(str(n) for n in sorted(covered)))
    return code_


def run_tests(
    module: str, code: Any, tests: Sequence[str], timeout: float, lines_out: Path | None = None
) -> tuple[str, int]:
    """Run ``tests`` against ``code``; returns ("passed" | "failed" | "timeout", exit code)."""
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        status = 3
        try:
            status = _child(module, code, tests, lines_out)
        except BaseException:
            status = 3
        finally:
            os._exit(status)
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            rc = os.waitstatus_to_exitcode(status)
            return ("passed" if rc == 0 else "failed"), rc
        if time.monotonic() > deadline:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return "timeout", -9
        time.sleep(0.01)


# --- the report -----------------------------------------------------------------------------


@dataclass
class Survivor:
    """A mutant no selected test noticed."""

    key: str
    line: int
    covered: bool
    """Whether any selected test runs its line at all."""
    why: str = ""
    """Why it is equivalent, from the checked-in list; empty when unexplained."""


@dataclass
class Result:
    """How one module fared."""

    module: str
    total: int = 0
    killed: int = 0
    survivors: list[Survivor] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    seconds: float = 0.0
    timed_out: list[str] = field(default_factory=list)
    """Mutants counted as killed because their tests hung (twice): likely a real hang, but
    worth a look by hand, so they are named in the report."""
    rechecked: bool = False
    """Only the survivors of the run before were run again (see ``mutate_module``)."""

    @property
    def unexplained(self) -> list[Survivor]:
        return [s for s in self.survivors if not s.why]

    def explain(self, equivalents: dict[tuple[str, str], str]) -> None:
        """Attach the reasons from the equivalents list; note entries that no longer apply."""
        for survivor in self.survivors:
            survivor.why = equivalents.get((self.module, survivor.key), "")
        names = {s.key for s in self.survivors}
        self.stale = [n for (m, n) in equivalents if m == self.module and n not in names]

    @property
    def score(self) -> float:
        """Killed mutants out of all of them, in percent."""
        return 100.0 * self.killed / self.total if self.total else 100.0

    @property
    def score_without_equivalents(self) -> float:
        """Killed out of those a test could catch at all (known-equivalent ones left out)."""
        catchable = self.total - (len(self.survivors) - len(self.unexplained))
        return 100.0 * self.killed / catchable if catchable else 100.0


def load_equivalents(path: Path = EQUIVALENTS_FILE) -> dict[tuple[str, str], str]:
    """(module, mutant name) -> why it is equivalent, from the checked-in list."""
    if not path.exists():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    result: dict[tuple[str, str], str] = {}
    for entry in data.get("equivalent", []):
        why = str(entry.get("why", "")).strip()
        if not why:
            raise SystemExit(f"{path.name}: {entry.get('mutant')!r} has no 'why'")
        result[(entry["module"], entry["mutant"])] = why
    return result


def mutate_module(
    module: str,
    equivalents: dict[tuple[str, str], str],
    limit: int | None = None,
    only: Sequence[str] = (),
    survivors_only: bool = False,
) -> Result:
    """Run every mutant of one module against its tests and sort out the survivors.

    ``limit`` and ``only`` (parts of the mutant's name; a mutant matching any is run) run a few
    mutants for a quick look, e.g. to check that a new test kills one; such a partial run is not
    saved.
    ``survivors_only`` runs just the survivors of the last saved run and counts the others as
    killed again: right after *adding* tests (a test made weaker needs a full run), on the
    same module code. The saved result says it was a re-check.
    """
    tests = MODULES[module]
    tree, mutants = mutants_of(module)
    earlier_killed = 0
    earlier_hung: list[str] = []
    if survivors_only:
        earlier_killed, keys, earlier_hung = _last_survivors(module, mutants)
        mutants = [m for m in mutants if m.key in keys]
    if only:
        mutants = [m for m in mutants if any(text in m.key for text in only)]
    if limit is not None:
        mutants = mutants[:limit]
    partial = limit is not None or bool(only)
    result = Result(module, total=len(mutants) + earlier_killed, killed=earlier_killed)
    result.rechecked = survivors_only
    result.timed_out = list(earlier_hung)
    started = time.monotonic()
    original = compile(tree, str(ROOT / module), "exec")
    with tempfile.TemporaryDirectory() as tmp:
        lines_file = Path(tmp) / "lines"
        outcome, rc = run_tests(module, original, tests, 3600, lines_file)
        if outcome != "passed":
            raise SystemExit(f"{module}: its tests fail without any mutant (exit {rc}); fix first")
        covered = {int(n) for n in lines_file.read_text().split()}
    baseline = time.monotonic() - started
    timeout = max(15.0, 4 * baseline + 10)
    print(f"{module}: {len(mutants)} mutants, tests take {baseline:.1f} s", flush=True)
    for n, mutant in enumerate(mutants, 1):
        if not covered.intersection(range(mutant.line, mutant.end_line + 1)):
            verdict = "not covered"
        else:
            outcome, _ = run_tests(module, mutant.code(tree), tests, timeout)
            if outcome == "timeout":
                # On a loaded machine a slow run is not yet a hang: give it once more, twice
                # as long, so a survivor can't hide behind someone else's build.
                outcome, _ = run_tests(module, mutant.code(tree), tests, 2 * timeout)
                if outcome == "timeout":
                    result.timed_out.append(mutant.key)
            verdict = "killed" if outcome in ("failed", "timeout") else "survived"
        if verdict == "killed":
            result.killed += 1
        else:
            result.survivors.append(Survivor(mutant.key, mutant.line, verdict != "not covered"))
        if n % 25 == 0:
            print(f"  {n}/{len(mutants)}", flush=True)
    result.seconds = time.monotonic() - started
    result.explain(equivalents)
    if partial:
        result.stale = []
    else:
        save(result)
    return result


def _code_fingerprint(module: str) -> str:
    return hashlib.sha256((ROOT / module).read_bytes()).hexdigest()


def _last_survivors(module: str, mutants: Sequence[Mutant]) -> tuple[int, set[str], list[str]]:
    """(killed, survivor names, hung names) of the last saved run, refused if the module
    changed since."""
    path = _results_file(module)
    if not path.exists():
        raise SystemExit(f"{module}: no saved results to re-check; run it in full first")
    data = json.loads(path.read_text(encoding="utf-8"))
    keys = {s["key"] for s in data["survivors"]}
    names = {m.key for m in mutants}
    same_code = data.get("code", _code_fingerprint(module)) == _code_fingerprint(module)
    if not same_code or data["total"] != len(mutants) or not keys <= names:
        raise SystemExit(f"{module}: the module changed since the last run; run it in full")
    return int(data["killed"]), keys, list(data.get("timed_out", []))


def _fingerprint(module: str) -> str:
    """Changes whenever the module or one of its tests changes, so old results are spotted."""
    digest = hashlib.sha256()
    for path in (module, *MODULES[module]):
        digest.update((ROOT / path).read_bytes())
    return digest.hexdigest()


def _results_file(module: str) -> Path:
    return RESULTS_DIR / f"mutation-{module.removesuffix('.py').replace('/', '.')}.json"


def save(result: Result) -> None:
    """Keep the outcome, so the report can be printed again after editing the equivalents."""
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    data = {
        "module": result.module,
        "fingerprint": _fingerprint(result.module),
        "code": _code_fingerprint(result.module),
        "rechecked": result.rechecked,
        "total": result.total,
        "killed": result.killed,
        "timed_out": result.timed_out,
        "seconds": result.seconds,
        "survivors": [
            {"key": s.key, "line": s.line, "covered": s.covered} for s in result.survivors
        ],
    }
    _results_file(result.module).write_text(json.dumps(data, indent=1), encoding="utf-8")


def load(module: str, equivalents: dict[tuple[str, str], str]) -> Result:
    """The last saved outcome for ``module``; refuses one older than the code or its tests."""
    path = _results_file(module)
    if not path.exists():
        raise SystemExit(f"{module}: no saved results; run it first")
    data = json.loads(path.read_text(encoding="utf-8"))
    if data["fingerprint"] != _fingerprint(module):
        raise SystemExit(
            f"{module}: the code or its tests changed since the last run; run it again"
        )
    result = Result(module, data["total"], data["killed"], seconds=data["seconds"])
    result.rechecked = bool(data.get("rechecked", False))
    result.timed_out = list(data.get("timed_out", []))
    result.survivors = [Survivor(s["key"], s["line"], s["covered"]) for s in data["survivors"]]
    result.explain(equivalents)
    return result


def print_report(results: Sequence[Result]) -> None:
    """The table, then every survivor with its explanation (or the lack of one)."""
    width = max([len("module"), *(len(r.module) for r in results)])
    print()
    header = (
        f"{'module':<{width}}  mutants  killed  (hung)  equivalent  unexplained    score"
        "  w/o equiv.   time"
    )
    print(header)
    print("-" * len(header))
    for r in results:
        equivalent = len(r.survivors) - len(r.unexplained)
        print(
            f"{r.module:<{width}}  {r.total:>7}  {r.killed:>6}  {len(r.timed_out):>6}  "
            f"{equivalent:>10}  "
            f"{len(r.unexplained):>11}  {r.score:5.1f} %     {r.score_without_equivalents:5.1f} %"
            f"  {r.seconds:4.0f} s"
        )
    print("score: killed / all mutants; w/o equiv.: killed / (all - known equivalent)")
    print("(hung): of the killed, those whose tests timed out twice (named below)")
    for r in results:
        if r.rechecked:
            print(f"{r.module}: survivors of the run before re-checked (time: the re-check)")
    for r in results:
        if not r.survivors and not r.stale and not r.timed_out:
            continue
        print(f"\n{r.module}")
        for name in r.timed_out:
            print(f"  hung (counted as killed): {name}")
        for survivor in r.survivors:
            untested = "" if survivor.covered else "  (no selected test runs this line)"
            print(f"  line {survivor.line}: {survivor.key}{untested}")
            if survivor.why:
                print(f"      equivalent: {' '.join(survivor.why.split())}")
            else:
                print("      UNEXPLAINED: no test notices this. Add a test that fails on it, or")
                print(f"      list it in {EQUIVALENTS_FILE.name} with why it cannot matter:")
                print("        [[equivalent]]")
                print(f'        module = "{r.module}"')
                print(f"        mutant = {_toml_string(survivor.key)}")
                print('        why = "..."')
        for name in r.stale:
            print(f"  note: listed as equivalent but no longer survives: {name}")


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# --- choosing modules -------------------------------------------------------------------------


def changed_files(base: str) -> set[str]:
    """Files that differ from ``base``: committed on this branch, uncommitted, or new."""

    def git(*args: str) -> list[str]:
        out = subprocess.run(
            ["git", *args], cwd=ROOT, check=True, capture_output=True, text=True
        ).stdout
        return [line.strip() for line in out.splitlines() if line.strip()]

    merge_base = git("merge-base", base, "HEAD")[0]
    return set(git("diff", "--name-only", merge_base)) | set(
        git("ls-files", "--others", "--exclude-standard")
    )


def pick_modules(names: Sequence[str], changed: bool, base: str) -> list[str]:
    """Resolve short names ("core/talk.py", "talk") and ``--changed`` to module paths."""
    if changed:
        files = changed_files(base)
        picked = [m for m, tests in MODULES.items() if m in files or files.intersection(tests)]
        for path in sorted(files):
            in_scope = path.startswith(("openup_desktop/core/", "openup_desktop/vault/"))
            if in_scope and path.endswith(".py") and path not in MODULES and "__init__" not in path:
                print(f"note: {path} changed but has no test selection in MODULES")
        return picked
    if not names:
        return list(MODULES)
    picked = []
    for name in names:
        stem = name.removesuffix(".py")
        matches = [
            m
            for m in MODULES
            if m == name
            or m.endswith("/" + name)
            or Path(m).stem == stem
            or m.endswith(stem + ".py")
        ]
        if len(matches) != 1:
            known = ", ".join(m.removeprefix("openup_desktop/") for m in MODULES)
            raise SystemExit(f"unknown or ambiguous module {name!r}; known: {known}")
        picked.append(matches[0])
    return picked


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="e.g. core/talk.py; default: all in MODULES")
    parser.add_argument("--changed", action="store_true", help="only modules changed vs --base")
    parser.add_argument("--base", default="main", help="branch to compare with (default: main)")
    parser.add_argument("--list", action="store_true", help="list the mutants; run nothing")
    parser.add_argument("--limit", type=int, help="only the first N mutants (for a quick look)")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        help="only mutants whose name contains this text; repeatable (a re-check; not saved)",
    )
    parser.add_argument(
        "--survivors",
        action="store_true",
        help="run only the last run's survivors again, after adding tests (saved)",
    )
    parser.add_argument(
        "--report",
        action="store_true",
        help="print the last saved results again with the current equivalents list; run nothing",
    )
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    modules = pick_modules(args.modules, args.changed, args.base)
    if not modules:
        print("no mutation-tested module changed")
        return 0
    if args.list:
        for module in modules:
            for mutant in mutants_of(module)[1]:
                print(f"{module}:{mutant.line}: {mutant.key}")
        return 0
    equivalents = load_equivalents()
    if args.report:
        results = [load(module, equivalents) for module in modules]
    else:
        with contextlib.suppress(OSError):
            os.nice(19 - os.nice(0))  # stay out of everyone's way on a shared machine
        import pytest  # noqa: F401 - imported once here, so each forked child starts warm

        results = [
            mutate_module(module, equivalents, args.limit, args.only, args.survivors)
            for module in modules
        ]
    print_report(results)
    unexplained = sum(len(r.unexplained) for r in results)
    if unexplained:
        print(f"\n{unexplained} unexplained survivor(s)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
