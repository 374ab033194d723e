# Reference values for the year-on-year changes of key findings (tests/check_stats.c,
# year_on_year_changes_against_r). Run: Rscript findings.R
options(digits=15)
# counts 1040 -> 1060: rate ratio, Wald on the log scale (epitools::rateratio.wald)
r <- 1060/1040; se <- sqrt(1/1060 + 1/1040); z <- qnorm(0.975)
cat(sprintf("count %.12f %.12f %.12f p %.12g\n", 100*(r-1), 100*(r*exp(-z*se)-1), 100*(r*exp(z*se)-1), 2*pnorm(-abs(log(r)/se))))
# shares 160/1040 -> 184/1060: Newcombe hybrid score (method 10), p from prop.test
w <- function(x, n) { p <- x/n; zz <- z^2; c((2*x+zz - z*sqrt(zz+4*x*(1-p)))/(2*(n+zz)), (2*x+zz + z*sqrt(zz+4*x*(1-p)))/(2*(n+zz))) }
p1 <- 184/1060; p0 <- 160/1040; a <- w(184,1060); b <- w(160,1040); d <- p1 - p0
lo <- d - sqrt((p1-a[1])^2 + (b[2]-p0)^2); hi <- d + sqrt((a[2]-p1)^2 + (p0-b[1])^2)
cat(sprintf("share %.12f %.12f %.12f p %.12g\n", d, lo, hi, prop.test(c(184,160), c(1060,1040), correct=FALSE)$p.value))
# means: Welch from summary statistics (m1 24.8 sd 6.1 n 1060; m0 25.5 sd 6.4 n 1040)
m1 <- 24.8; s1 <- 6.1; n1 <- 1060; m0 <- 25.5; s0 <- 6.4; n0 <- 1040
va <- s0^2/n0; vb <- s1^2/n1; se <- sqrt(va+vb); df <- (va+vb)^2/(va^2/(n0-1)+vb^2/(n1-1))
cat(sprintf("mean %.12f %.12f %.12f p %.12g df %.6f\n", m1-m0, m1-m0-qt(0.975,df)*se, m1-m0+qt(0.975,df)*se, 2*pt(-abs((m1-m0)/se), df), df))
