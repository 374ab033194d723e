# Reference values for tests/check_stats.c (intervals). Run: Rscript intervals.R
# Printed with 15 significant digits; the tests copy them with the R call beside each.
options(digits = 15)
library(epitools)
cat("Wilson (prop.test, correct = FALSE)\n")
for (c in list(c(81, 263), c(15, 148), c(0, 20), c(1, 29), c(20, 20)))
  print(c(c, prop.test(c[1], c[2], correct = FALSE)$conf.int))
cat("Wilson 90%\n"); print(prop.test(81, 263, correct = FALSE, conf.level = 0.9)$conf.int)
cat("Clopper-Pearson (binom.test)\n")
for (c in list(c(81, 263), c(0, 20), c(20, 20), c(1, 29)))
  print(c(c, binom.test(c[1], c[2])$conf.int))
cat("Poisson exact (poisson.test)\n")
for (x in c(0, 1, 5, 9, 10, 100)) print(c(x, poisson.test(x)$conf.int))
cat("Byar (formula of the UK PHE/OHID indicator methods, computed here in R)\n")
byar <- function(x, level = 0.95) { z <- qnorm(1 - (1 - level)/2)
  c(x * (1 - 1/(9*x) - z/(3*sqrt(x)))^3, (x+1) * (1 - 1/(9*(x+1)) + z/(3*sqrt(x+1)))^3) }
for (x in c(10, 25, 100, 1530)) print(c(x, byar(x)))
cat("t interval for a mean: mean 27.4, sd 9.1, n 40\n")
print(27.4 + c(-1, 1) * qt(0.975, 39) * 9.1 / sqrt(40))
cat("Newcombe hybrid score difference 56/70 - 48/80 (Newcombe 1998, method 10)\n")
w1 <- prop.test(56, 70, correct = FALSE)$conf.int; w2 <- prop.test(48, 80, correct = FALSE)$conf.int
p1 <- 56/70; p2 <- 48/80
print(c(p1 - p2, p1 - p2 - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2), p1 - p2 + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2)))
cat("Rate ratio, Wald on the log scale (epitools::rateratio.wald): 120 in 1.2e6 vs 80 in 1.1e6\n")
print(rateratio.wald(c(80, 120), c(1.1e6, 1.2e6))$measure)
