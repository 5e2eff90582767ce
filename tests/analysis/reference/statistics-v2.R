# Reference values of statistics-v2 as the tables wire them (tests/analysis/StatisticsV2Test.cpp):
# the pair's daily grid, acf(na.pass), the Pyper-Peterman n_eff, the corrected p and interval,
# nlme::gls with corAR1 for effects and the interrupted time series, regression to the mean.
# Regenerate with:  Rscript tests/analysis/reference/statistics-v2.R
# The numbers are pasted into the test; the tests never run R.
suppressPackageStartupMessages(library(nlme))
num <- function(v) if (is.null(v) || length(v) == 0 || is.na(v)) "std::nullopt" else sprintf("%.17g", v)

# The three-week journal of JournalStatisticsTest.cpp, day 1 = 2026-03-02.
mg   <- c(0, 200, 200, NA, 300, 100, 0, 250, 250, 200, NA, 0, 300, 300, 150, 200, 0, 100, 250, 300, 200)
irls <- c(25, 22, 20, NA, 18, 21, 26, 19, 17, 18, NA, 24, 15, 16, 19, 18, NA, 23, 17, 14, 16)

v2row <- function(name, e, o, k) {
  t <- seq_along(o)
  t <- t[t - k >= 1]
  x <- e[t - k]; y <- o[t]
  ok <- !is.na(x) & !is.na(y)
  days <- t[ok]; x <- x[ok]; y <- y[ok]
  n <- length(days)
  # the pair's daily grid: first to last complete pair, NA where the pair is incomplete
  grid <- min(days):max(days)
  gx <- rep(NA, length(grid)); gy <- gx
  gx[days - min(days) + 1] <- x; gy[days - min(days) + 1] <- y
  J <- floor(n / 5)
  ax <- acf(gx, lag.max = J, plot = FALSE, na.action = na.pass, demean = TRUE)$acf[-1]
  ay <- acf(gy, lag.max = J, plot = FALSE, na.action = na.pass, demean = TRUE)$acf[-1]
  ax[is.na(ax)] <- 0; ay[is.na(ay)] <- 0
  j <- seq_len(J)
  s <- sum(((n - j) / n) * ax[j] * ay[j])
  neff <- if (s <= 0) n else 1 / (1 / n + (2 / n) * s)
  r <- cor(x, y); rho <- cor(rank(x), rank(y))
  pcor <- function(r) { t <- r * sqrt((neff - 2) / (1 - r^2)); 2 * pt(-abs(t), neff - 2) }
  z <- atanh(r); h <- qnorm(0.975) / sqrt(neff - 3)
  fit <- gls(y ~ x + day, data = data.frame(x = x, y = y, day = days),
             correlation = corAR1(form = ~ day), method = "ML")
  tt <- summary(fit)$tTable
  ci <- intervals(fit, which = "coef")$coef
  phi <- coef(fit$modelStruct$corStruct, unconstrained = FALSE)
  cat(sprintf("    // %s\n    {%d, %s, %s, %s, %s, %s,\n     %s, %s, %s, %s, %s, %s, %s},\n", name, n,
              num(neff), num(pcor(r)), num(tanh(z - h)), num(tanh(z + h)), num(pcor(rho)),
              num(tt["x", 1]), num(tt["x", 2]), num(ci["x", 1]), num(ci["x", 3]), num(tt["x", 4]),
              num(tt["day", 1]), num(phi)))
}
cat("// --- {n, n_eff, p, ci_low, ci_high, spearman_p, slope, se, lo, hi, slope_p, trend, phi}\n")
for (k in 0:2) v2row(sprintf("magnesium_mg x irls_total lag %d", k), mg, irls, k)

# A synthetic severity diary (whole numbers 1..10) for the interrupted time series: day d =
# 1..140 from 2026-01-01, missing when d %% 9 == 0.
sev <- function(d) 1 + ((d * 37) %% 7) + (d > 60) - (d >= 111) + (d %/% 50)
d <- 1:140
y <- sev(d); y[d %% 9 == 0] <- NA
its <- function(aFrom, aTo, bFrom, bTo) {
  keep <- ((d >= aFrom & d <= aTo) | (d >= bFrom & d <= bTo)) & !is.na(y)
  dd <- d[keep]; yy <- y[keep]
  post <- as.numeric(dd >= bFrom); postDay <- (dd - bFrom) * post
  fit <- gls(yy ~ dd + post + postDay, correlation = corAR1(form = ~ dd), method = "ML")
  tt <- summary(fit)$tTable; ci <- intervals(fit, which = "coef")$coef
  phi <- coef(fit$modelStruct$corStruct, unconstrained = FALSE)
  a <- yy[post == 0]; b <- yy[post == 1]
  m <- length(a) + length(b) - 2
  J <- exp(lgamma(m / 2) - log(sqrt(m / 2)) - lgamma((m - 1) / 2))
  sp <- sqrt(((length(a) - 1) * var(a) + (length(b) - 1) * var(b)) / m)
  base <- y[d >= aFrom - 90 & d <= aFrom - 1]; base <- base[!is.na(base)]
  rtm <- if (length(base) >= 14) (mean(a) - mean(base)) > sd(base) / 2 else NA
  cat(sprintf("    // A %d..%d, B %d..%d\n    {%d, %s, %s, %s, %s, %s, %s,\n     %s, %s, %s, %s, %s, %s, %s, %s},\n",
              aFrom, aTo, bFrom, bTo, length(yy), num(phi),
              num(tt["post", 1]), num(tt["post", 2]), num(ci["post", 1]), num(ci["post", 3]), num(tt["post", 4]),
              num(tt["postDay", 1]), num(tt["postDay", 2]), num(ci["postDay", 1]), num(ci["postDay", 3]),
              num(tt["postDay", 4]), num(mean(b) - mean(a)), num((mean(b) - mean(a)) / sp * J),
              if (is.na(rtm)) "std::nullopt" else tolower(as.character(rtm))))
}
cat("// --- its: {n, phi, level, se, lo, hi, p, slope, se, lo, hi, p, difference, hedges_g, rtm}\n")
its(61, 100, 111, 140)
its(21, 60, 71, 110)
