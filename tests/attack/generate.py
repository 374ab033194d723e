#!/usr/bin/python3
"""Writes the CSV files of tests/attack, the project whose outputs check_disclosure.c attacks
(issue 24): every attack of the issue has its shape here. Run from this folder; the files are
committed, this script says how they were made (python3 generate.py)."""
import random

R = random.Random(24)
YEARS = [2020, 2021, 2022, 2023]

# regions: four with population, a national unit without (LE)
POP = {"NO": 800000, "ZU": 700000, "OO": 90000, "WE": 80000}
NAMES = {"NO": "Noord", "ZU": "Zuid", "OO": "Oost", "WE": "West", "LE": "Landelijke Eenheid"}
with open("regions.csv", "w") as f:
    f.write("code;name;year;population\n")
    for y in YEARS:
        for c in ["NO", "ZU", "OO", "WE", "LE"]:
            f.write("%s;%s;%d;%s\n" % (c, NAMES[c], y, POP.get(c, "")))

# victims per year and region: 2023 registers 131, the regions with population 125 and the
# national unit 6 (131 - 125 = 6); 2023 has Oost 14 and West 15 (the funnel caption); 2022
# has West 5 beside Noord 52, Zuid 27, Oost 14 (98 - 52 - 27 - 14 = 5) and 12 in the
# national unit, 10 of them sexual exploitation (83.3% of 12)
REG = {2020: {"NO": 48, "ZU": 38, "OO": 15, "WE": 13, "LE": 3},
       2021: {"NO": 50, "ZU": 40, "OO": 16, "WE": 12, "LE": 10},
       2022: {"NO": 52, "ZU": 27, "OO": 14, "WE": 5, "LE": 12},
       2023: {"NO": 55, "ZU": 41, "OO": 14, "WE": 15, "LE": 6}}
# per year: organ trafficking (small every year) and minors (6 in 2023: victims - adults)
ORGAN = {2020: 5, 2021: 2, 2022: 4, 2023: 3}
MINORS = {2020: 14, 2021: 17, 2022: 12, 2023: 6}
rows = []
for y in YEARS:
    people = []
    for c, n in REG[y].items():
        people += [c] * n
    R.shuffle(people)
    forms = []
    if y == 2022:  # the national unit's 12: 10 sexual, 2 labour
        le = [i for i, c in enumerate(people) if c == "LE"]
        for k, i in enumerate(le):
            forms.append((i, "seksueel" if k < 10 else "arbeid"))
    fixed = dict(forms)
    rest = [i for i in range(len(people)) if i not in fixed]
    organ = set(rest[:ORGAN[y]])
    for i in range(len(people)):
        if i in fixed:
            v = fixed[i]
        elif i in organ:
            v = "orgaanhandel"
        else:
            v = R.choice(["seksueel", "seksueel", "arbeid", "crimineel"])
        people[i] = (people[i], v)
    minors = set(R.sample(range(len(people)), MINORS[y]))
    for i, (c, v) in enumerate(people):
        m = 1 if i in minors else 0
        age = R.randint(13, 17) if m else R.randint(18, 64)
        rows.append((y, c, v, m, age))
with open("victims.csv", "w") as f:
    f.write("jaar;regio;vorm;minderjarig;leeftijd\n")
    for r in rows:
        f.write("%d;%s;%s;%d;%d\n" % r)

# cases: 2023 has 44 = 3 of type a + 41 of type b
CASES = {2020: (20, 25), 2021: (12, 33), 2022: (15, 30), 2023: (3, 41)}
with open("cases.csv", "w") as f:
    f.write("jaar;soort\n")
    for y in YEARS:
        a, b = CASES[y]
        for s in ["a"] * a + ["b"] * b:
            f.write("%d;%s\n" % (y, s))

# recidivism: cohorts 2016-2019 of 63 people; groups groot 117, middel 117, klein 6 (4 of
# them reoffend within 2 years) and twaalf 12 (10 within 2 years: 83.3% of 12)
groups = ["groot"] * 117 + ["middel"] * 117 + ["klein"] * 6 + ["twaalf"] * 12
R.shuffle(groups)
def date(y, doy):
    import datetime
    return (datetime.date(y, 1, 1) + datetime.timedelta(days=doy)).isoformat()
with open("recidivism.csv", "w") as f:
    f.write("id;cohort;start;event;end;detained_days;groep\n")
    klein = twaalf = 0
    for i, g in enumerate(groups):
        cohort = 2016 + i // 63
        start = R.randint(0, 300)
        if g == "klein":
            offend = klein < 4
            klein += 1
            days = R.randint(100, 600) if offend else None
        elif g == "twaalf":
            offend = twaalf < 10
            twaalf += 1
            days = R.randint(60, 650) if offend else None
        else:
            offend = R.random() < 0.45
            days = R.randint(30, 2400) if offend else None
        event = date(cohort, start + days) if offend else ""
        if event and event > "2023-12-31":
            event = ""
        f.write("%d;%d;%s;%s;2023-12-31;0;%s\n" % (i + 1, cohort, date(cohort, start), event, g))

# capture histories by year: 2023 holds 6 people only, so the pooled rows of --year 2022
# and --year 2023 differ by a small count
CAPT = {2021: [40, 30, 20, 8, 5, 4, 2], 2022: [35, 28, 22, 7, 6, 3, 1], 2023: [2, 1, 1, 1, 1, 0, 0]}
with open("captures.csv", "w") as f:
    f.write("jaar,politie,kmar,zorg,count\n")
    hist = ["1,0,0", "0,1,0", "0,0,1", "1,1,0", "1,0,1", "0,1,1", "1,1,1"]
    for y, counts in CAPT.items():
        for h, n in zip(hist, counts):
            if n:
                f.write("%d,%s,%d\n" % (y, h, n))
