"""A mixed-integer program solved by HiGHS through its own bindings (highspy).

``scipy.optimize.milp`` drives the same solver, but importing scipy.optimize
costs 0.2 to 0.4 s of a one-off brief (most of it scipy building docstrings),
against about 0.02 s for highspy; highspy is pinned to the HiGHS release that
scipy 1.17 bundles, and the model, options and reading of the result are those
``milp`` passes, so the choices are the same.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from scipy import sparse

_STDOUT_LOCK = threading.Lock()


@contextmanager
def _quiet_stdout() -> Iterator[None]:
    """Silence file descriptor 1 while HiGHS runs: some builds print a debug
    line from C++ on new incumbents, which would corrupt JSON written to stdout."""
    with _STDOUT_LOCK:
        try:
            sys.stdout.flush()
            saved = os.dup(1)
        except (OSError, ValueError):
            yield
            return
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, 1)
            yield
        finally:
            os.dup2(saved, 1)
            os.close(saved)
            os.close(devnull)


class SolverUnavailable(ImportError):
    """highspy, which newsbrief declares as a dependency, is not installed."""


def _highspy():
    try:
        import highspy
    except ImportError as error:
        raise SolverUnavailable("the sentence selection needs highspy, which newsbrief declares as a dependency; "
                                "reinstall newsbrief (pip install newsbrief) to bring it back") from error
    return highspy


def solve(objective: np.ndarray, matrix: sparse.spmatrix, upper: np.ndarray, lower_bounds: np.ndarray,
          upper_bounds: np.ndarray, integral: np.ndarray, node_limit: int, gap: float) -> np.ndarray | None:
    """Minimise ``objective @ x`` subject to ``matrix @ x <= upper`` and the bounds, where
    ``integral`` marks the variables that must be integers; the solution, or None when
    HiGHS ends without one (infeasible, or a limit reached before any solution)."""
    highspy = _highspy()
    columns = sparse.csc_matrix(matrix)
    columns.sort_indices()
    n_rows, n_cols = columns.shape
    model = highspy.HighsLp()
    model.num_col_, model.num_row_ = n_cols, n_rows
    model.a_matrix_.num_col_, model.a_matrix_.num_row_ = n_cols, n_rows
    model.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    model.a_matrix_.start_ = columns.indptr
    model.a_matrix_.index_ = columns.indices
    model.a_matrix_.value_ = columns.data.astype(np.float64)
    model.col_cost_ = np.asarray(objective, dtype=np.float64)
    model.col_lower_ = np.asarray(lower_bounds, dtype=np.float64)
    model.col_upper_ = np.asarray(upper_bounds, dtype=np.float64)
    model.row_lower_ = np.full(n_rows, -np.inf)
    model.row_upper_ = np.asarray(upper, dtype=np.float64)
    model.integrality_ = [highspy.HighsVarType(int(k)) for k in np.asarray(integral, dtype=np.uint8)]
    with _quiet_stdout():
        solver = highspy.Highs()
        for option, value in (("output_flag", False), ("log_to_console", False), ("mip_max_nodes", int(node_limit)),
                              ("presolve", "on"), ("mip_rel_gap", float(gap))):
            solver.setOptionValue(option, value)
        solver.passModel(model)
        solver.run()
    status = solver.getModelStatus()
    ended = highspy.HighsModelStatus
    if status == ended.kOptimal:
        return np.array(solver.getSolution().col_value)
    limits = (ended.kTimeLimit, ended.kIterationLimit, ended.kSolutionLimit)
    if status in limits and solver.getInfo().objective_function_value != highspy.kHighsInf:
        return np.array(solver.getSolution().col_value)
    return None
