# Reference values for tests/analysis/*.cpp, computed independently with R's own functions
# (cor.test, p.adjust, t.test, wilcox.test). Regenerate with:
#   Rscript tests/analysis/reference/reference.R > /tmp/reference.txt
# and check the Spearman values with SciPy: /usr/bin/python3 tests/analysis/reference/check_scipy.py
# (check_demo_journal.py cross-checks the CLI on a demo journal; schedule.py the on/off schedules)
# The numbers are pasted into the tests; the tests never run R.

num <- function(v) if (is.null(v) || length(v) == 0 || is.na(v)) "std::nullopt" else sprintf("%.17g", v)

# Spearman as statistics-v1.md (and SciPy's spearmanr) define it: Pearson r of the mid-ranks,
# p from t = rho sqrt((n - 2) / (1 - rho^2)) on n - 2 df.
spearman <- function(x, y) {
  n <- length(x)
  if (n < 3 || sd(x) == 0 || sd(y) == 0) return(c(NA, NA))
  rho <- cor(rank(x), rank(y))
  if (abs(rho) == 1) return(c(rho, 0))
  t <- rho * sqrt((n - 2) / (1 - rho^2))
  c(rho, 2 * pt(-abs(t), n - 2))
}

correlation <- function(name, x, y) {
  n <- length(x)
  r <- NA; lo <- NA; hi <- NA; p <- NA
  if (n >= 3 && sd(x) > 0 && sd(y) > 0) {
    test <- cor.test(x, y, method = "pearson")
    r <- unname(test$estimate); p <- test$p.value
    if (n >= 4) { lo <- test$conf.int[1]; hi <- test$conf.int[2] }
  }
  s <- spearman(x, y)
  cat(sprintf("    // %s\n    {%d, %s, %s, %s, %s, %s, %s},\n", name, n, num(r), num(lo), num(hi), num(p),
              num(s[1]), num(s[2])))
  invisible(p)
}

cat("// --- correlations: {n, r, ci_low, ci_high, p, rho, rho_p}\n")
correlation("ties, n = 10", c(1, 2, 2, 3, 4, 4, 4, 5, 6, 7), c(2, 1, 3, 3, 5, 4, 6, 5, 7, 6))
correlation("n = 3", c(1, 2, 4), c(3, 1, 2))
correlation("n = 4", c(0, 100, 200, 300), c(20, 18, 15, 19))
correlation("n = 5 with ties", c(300, 0, 150, 150, 0), c(12, 20, 15, 16, 22))
correlation("perfect, y = 2x + 1", c(1, 2, 3, 4, 5, 6), c(3, 5, 7, 9, 11, 13))
correlation("perfect negative, decimals", c(0.1, 0.2, 0.3, 0.7, 1.1), c(0.4, 0.1, -0.2, -1.4, -2.6))
correlation("decimals, n = 12", c(0.5, 1.25, 3.75, 2.0, 2.0, 0.0, 4.5, 1.0, 3.0, 2.5, 0.75, 5.0),
            c(7.1, 6.4, 4.9, 6.0, 5.2, 8.3, 4.4, 6.9, 5.5, 5.2, 7.7, 3.9))

cat("// --- Benjamini-Hochberg (NA = undefined)\n")
p <- c(0.01, NA, 0.04, 0.03, 0.2, 0.04, 0.5, 0.001, NA, 0.0205)
cat("    // p: ", paste(ifelse(is.na(p), "NA", format(p)), collapse = ", "), "\n")
cat(paste0("    ", sapply(p.adjust(p, "BH"), num), ",\n"), sep = "")

cat("// --- two samples: {na, ma, sa, nb, mb, sb, diff, t, df, p, W, mw_p, g}\n")
two <- function(name, a, b) {
  na <- length(a); nb <- length(b)
  tt <- tryCatch(t.test(b, a), error = function(e) NULL)
  w <- wilcox.test(b, a, exact = FALSE, correct = TRUE)
  sp <- sqrt(((na - 1) * var(a) + (nb - 1) * var(b)) / (na + nb - 2))
  g <- (mean(b) - mean(a)) / sp * (1 - 3 / (4 * (na + nb) - 9))
  if (!is.finite(g)) g <- NA
  cat(sprintf("    // %s\n    {%d, %s, %s, %d, %s, %s, %s, %s, %s, %s, %s, %s, %s},\n", name,
              na, num(mean(a)), num(sd(a)), nb, num(mean(b)), num(sd(b)), num(mean(b) - mean(a)),
              num(tt$statistic), num(tt$parameter), num(tt$p.value), num(unname(w$statistic)),
              num(w$p.value), num(g)))
}
two("ties", c(21, 19, 24, 21, 18, 23, 21, 20), c(15, 17, 21, 16, 15, 19, 14, 18, 17))
two("decimals, B higher", c(80.5, 77.2, 82.0, 79.9, 81.3), c(84.0, 85.5, 79.9, 86.1, 83.3, 84.7, 88.0))
two("overlapping, many ties", c(3, 4, 4, 5, 5, 5, 6, 7), c(4, 4, 5, 5, 5, 6, 6))
two("each side constant", c(5, 5, 5), c(7, 7, 7, 7))

# The small journal of tests/analysis/JournalStatisticsTest.cpp, day 1 = 2026-03-02 (a Monday).
# NA = undefined: no record that date (magnesium), no IRLS total, no daily caffeine.
cat("// --- journal: rows magnesium_mg x irls_total and caffeine_mg x irls_total, lags 0..3\n")
mg   <- c(0, 200, 200, NA, 300, 100, 0, 250, 250, 200, NA, 0, 300, 300, 150, 200, 0, 100, 250, 300, 200)
irls <- c(25, 22, 20, NA, 18, 21, 26, 19, 17, 18, NA, 24, 15, 16, 19, 18, NA, 23, 17, 14, 16)
caf  <- c(100, NA, 200, NA, 90, 180, 0, NA, 100, 90, NA, 270, 90, 90, NA, 180, 100, 90, 0, NA, 90)
pairs <- function(e, o, k, from = 1, to = length(o)) {
  t <- from:to
  t <- t[t - k >= 1]
  x <- e[t - k]; y <- o[t]
  ok <- !is.na(x) & !is.na(y)
  list(x = x[ok], y = y[ok])
}
ps <- c()
for (e in c("mg", "caf")) for (k in 0:3) {
  pr <- pairs(get(e), irls, k)
  ps <- c(ps, correlation(sprintf("%s lag %d", e, k), pr$x, pr$y))
}
cat("// q of those eight rows (the only defined p of the table)\n")
cat(paste0("    ", sapply(p.adjust(ps, "BH"), num), ",\n"), sep = "")
cat("// magnesium lag 3 with nights of days 8..21 (exposures of days 5..7 lie before the range)\n")
pr <- pairs(mg, irls, 3, from = 8)
correlation("mg lag 3, nights from day 8", pr$x, pr$y)
cat("// comparison of irls_total, A = days 1..7, B = days 15..21\n")
two("journal A/B", na.omit(irls[1:7]), na.omit(irls[15:21]))

# The journal of tests/cli/StatsCommandTest.cpp: nights 2026-11-16..20, magnesium the same day.
cat("// --- cli journal: magnesium_mg x irls_total lag 0 and lag 1; A = 16..17, B = 18..20\n")
mg <- c(300, 0, 150, 150, 0)
irls <- c(12, 20, 15, 16, 22)
p0 <- correlation("cli lag 0", mg, irls)
p1 <- correlation("cli lag 1", mg[1:4], irls[2:5])
p2 <- correlation("cli lag 2", mg[1:3], irls[3:5])
cat("// q of lags 0 and 1 (the only defined p of the table: lag 2 has n = 3 < 4)\n")
cat(paste0("    ", sapply(p.adjust(c(p0, p1), "BH"), num), ",\n"), sep = "")
two("cli A/B", irls[1:2], irls[3:5])

# For the GUI's charts: the scatter plot's least-squares line, the before/after chart's mean
# intervals, and the 7-day trailing moving average (days without a value are NA).
cat("// --- lm(y ~ x) of the ties data set: intercept, slope\n")
cat(sprintf("    %s, %s\n", num(coef(lm(c(2, 1, 3, 3, 5, 4, 6, 5, 7, 6) ~ c(1, 2, 2, 3, 4, 4, 4, 5, 6, 7)))[1]),
            num(coef(lm(c(2, 1, 3, 3, 5, 4, 6, 5, 7, 6) ~ c(1, 2, 2, 3, 4, 4, 4, 5, 6, 7)))[2])))
cat("// --- t.test(x)$conf.int of the 'ties' samples a and b\n")
ci <- function(x) cat(sprintf("    {%s, %s},\n", num(t.test(x)$conf.int[1]), num(t.test(x)$conf.int[2])))
ci(c(21, 19, 24, 21, 18, 23, 21, 20))
ci(c(15, 17, 21, 16, 15, 19, 14, 18, 17))
cat("// --- 7-day trailing mean of days 1..14, shown only with >= 4 values in the window\n")
z <- c(10, 12, 14, NA, 11, 13, NA, NA, 20, 30, 25, NA, NA, NA)
trailing <- function(d) { w <- z[max(1, d - 6):d]; if (sum(!is.na(w)) >= 4) mean(w, na.rm = TRUE) else NA }
cat(paste0("    ", sapply(1:14, function(d) num(trailing(d))), ",\n"), sep = "")
