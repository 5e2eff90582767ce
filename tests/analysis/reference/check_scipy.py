#!/usr/bin/python3
"""Cross-checks reference.R's Spearman and two-sample values with SciPy (a second, independent
implementation). Run with Debian's python3 (it has scipy):
    /usr/bin/python3 tests/analysis/reference/check_scipy.py
Prints SciPy's values next to the ones pasted into the tests; exits 1 on a mismatch."""
import sys

import numpy as np
from scipy import stats

failures = 0


def same(name, ours, theirs, tolerance=1e-9):
    global failures
    ok = (ours == theirs) or abs(ours - theirs) <= tolerance * max(abs(ours), abs(theirs))
    print(f"{'ok ' if ok else 'BAD'} {name}: R {ours!r} SciPy {theirs!r}")
    failures += 0 if ok else 1


# (x, y, R's rho, R's rho p, R's pearson r, R's pearson p) from reference.R's output.
correlations = [
    ([1, 2, 2, 3, 4, 4, 4, 5, 6, 7], [2, 1, 3, 3, 5, 4, 6, 5, 7, 6],
     0.89132154103116612, 0.00053426696422879786, 0.87157579364891946, 0.0010162870598175496),
    ([1, 2, 4], [3, 1, 2], -0.5, 0.66666666666666674, -0.32732683535398854, 0.78770438499034345),
    ([0, 100, 200, 300], [20, 18, 15, 19],
     -0.40000000000000002, 0.59999999999999987, -0.35856858280031806, 0.64143141719968189),
    ([300, 0, 150, 150, 0], [12, 20, 15, 16, 22],
     -0.94868329805051377, 0.013846832988859059, -0.9711232450841949, 0.0058649768298936087),
    ([0.5, 1.25, 3.75, 2.0, 2.0, 0.0, 4.5, 1.0, 3.0, 2.5, 0.75, 5.0],
     [7.1, 6.4, 4.9, 6.0, 5.2, 8.3, 4.4, 6.9, 5.5, 5.2, 7.7, 3.9],
     -0.9631578947368421, 5.0247780582551134e-07, -0.94545076078519308, 3.4697226404660608e-06),
]
for x, y, rho, rho_p, r, p in correlations:
    s = stats.spearmanr(x, y)
    same(f"spearman rho n={len(x)}", rho, s.correlation)
    same(f"spearman p   n={len(x)}", rho_p, s.pvalue)
    pr = stats.pearsonr(x, y)
    same(f"pearson r    n={len(x)}", r, pr.statistic)
    same(f"pearson p    n={len(x)}", p, pr.pvalue, 1e-7)  # SciPy uses the beta distribution

# (a, b, R's Welch t, Welch p, Mann-Whitney p)
samples = [
    ([21, 19, 24, 21, 18, 23, 21, 20], [15, 17, 21, 16, 15, 19, 14, 18, 17],
     -3.9467720127397423, 0.0012921187947492099, 0.0048811070236295289),
    ([80.5, 77.2, 82.0, 79.9, 81.3], [84.0, 85.5, 79.9, 86.1, 83.3, 84.7, 88.0],
     3.4122450239796445, 0.0066580802125210123, 0.028074956885900258),
    ([3, 4, 4, 5, 5, 5, 6, 7], [4, 4, 5, 5, 5, 6, 6],
     0.23234581088428424, 0.82013946510531666, 0.80854911297758125),
]
for a, b, t, p, mw in samples:
    w = stats.ttest_ind(b, a, equal_var=False)
    same(f"welch t n={len(a)},{len(b)}", t, w.statistic)
    same(f"welch p n={len(a)},{len(b)}", p, w.pvalue)
    u = stats.mannwhitneyu(b, a, use_continuity=True, alternative="two-sided", method="asymptotic")
    same(f"mann-whitney p n={len(a)},{len(b)}", mw, u.pvalue)

sys.exit(1 if failures else 0)
