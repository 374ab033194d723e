# Reference values for the Kaplan-Meier tests (tests/check_stats.c). Run: Rscript km.R
# survival 3.5-3; survfit(..., conf.type = "log-log"), summary(fit, times = ...), survdiff.
options(digits = 15)
library(survival)
# times in years; ties among events (1.0 twice), an event and a censoring at the same time
# (2.0), censoring before the first event, and group b with no events at all
time  <- c(0.5, 1.0, 1.0, 1.5, 2.0, 2.0, 2.5, 3.0, 4.0, 5.5, 6.0, 7.5, 0.8, 3.3, 6.1, 2.2, 4.4, 8.0)
event <- c(0,   1,   1,   1,   1,   0,   1,   0,   1,   1,   0,   1,   1,   1,   0,   0,   0,   0)
group <- c(rep("a", 12), rep("c", 3), rep("b", 3))
f <- survfit(Surv(time, event) ~ 1, conf.type = "log-log")
s <- summary(f, times = c(1, 2, 5, 7))
print(data.frame(time = s$time, n.risk = s$n.risk, n.event = s$n.event, surv = s$surv,
                 lower = s$lower, upper = s$upper, std.err = s$std.err))
fa <- survfit(Surv(time, event) ~ 1, conf.type = "log-log", subset = group == "a")
sa <- summary(fa, times = c(2, 5, 7))
print(data.frame(time = sa$time, n.risk = sa$n.risk, surv = sa$surv, lower = sa$lower, upper = sa$upper))
d <- survdiff(Surv(time, event) ~ group)
print(d$chisq); print(d$obs); print(d$exp)
print(pchisq(d$chisq, 2, lower.tail = FALSE))
# a single person with an event at 1 year
f1 <- survfit(Surv(1, 1) ~ 1, conf.type = "log-log"); print(summary(f1, times = 0.5))
