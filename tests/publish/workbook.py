#!/usr/bin/python3
"""Checks a rapporteur workbook as statistical offices publish them, in openpyxl (Debian's
python3-openpyxl), and that LibreOffice opens it (soffice --headless --convert-to pdf).

Usage: workbook.py FILE.xlsx [WORKDIR]   Prints every problem, then "workbook: N sheets,
M problems"; exits 1 when there is any. With WORKDIR, LibreOffice converts the workbook to
WORKDIR/FILE.pdf (its profile in WORKDIR too) and the PDF must hold the first table's title.
"""
import os
import subprocess
import sys

import openpyxl

FRONT = 3  # cover, contents, notes


def check(path, problems):
    wb = openpyxl.load_workbook(path)
    names = wb.sheetnames
    if len(names) <= FRONT:
        problems.append(f"only {len(names)} sheets")
        return wb, names
    contents = wb[names[1]]
    links = {c.hyperlink.location.split("!")[0].strip("'") for row in contents.iter_rows()
             for c in row if c.hyperlink is not None and c.hyperlink.location}
    for name in names[FRONT:]:
        ws = wb[name]
        if name not in links:
            problems.append(f"{name}: not linked from the contents sheet")
        tables = list(ws.tables.values())
        if len(tables) != 1:
            problems.append(f"{name}: {len(tables)} Excel tables, expected 1")
            continue
        t = tables[0]
        if t.autoFilter is None:
            problems.append(f"{name}: the table has no autofilter")
        first = openpyxl.utils.cell.range_boundaries(t.ref)
        head_row = first[1]
        if ws.freeze_panes is None or int(''.join(ch for ch in ws.freeze_panes if ch.isdigit())) != head_row + 1:
            problems.append(f"{name}: the header row {head_row} is not frozen ({ws.freeze_panes})")
        if not ws.cell(1, 1).value:
            problems.append(f"{name}: no title in A1")
        for col in range(first[0], first[2] + 1):
            letter = openpyxl.utils.get_column_letter(col)
            width = ws.column_dimensions[letter].width
            head = str(ws.cell(head_row, col).value or "")
            longest = max((len(w) for w in head.split()), default=0)
            if not width or width < longest:
                problems.append(f"{name}!{letter}: width {width} narrower than the header "
                                f"word of {longest}")
            formats, numbers, texts = set(), 0, 0
            for row in range(head_row + 1, first[3] + 1):
                v = ws.cell(row, col).value
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    numbers += 1
                    formats.add(ws.cell(row, col).number_format)
                elif isinstance(v, str) and v.isdigit() and 1900 <= int(v) <= 2100:
                    problems.append(f"{name}!{letter}{row}: the year {v} stored as text")
                elif isinstance(v, str):
                    texts += 1
            plain = {f for f in formats if "%" not in f}
            if len(plain) > 1 or len(formats - plain) > 1:
                problems.append(f"{name}!{letter}: {len(formats)} number formats {sorted(formats)}")
            if numbers and "General" in formats:
                problems.append(f"{name}!{letter}: numbers without a number format")
    return wb, names


def libreoffice(path, workdir, wb, names, problems):
    env = dict(os.environ, HOME=workdir)
    r = subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "pdf",
                        "--outdir", workdir, path], env=env, capture_output=True, text=True,
                       timeout=300, check=False)
    pdf = os.path.join(workdir, os.path.splitext(os.path.basename(path))[0] + ".pdf")
    if r.returncode != 0 or not os.path.exists(pdf):
        problems.append(f"LibreOffice could not convert it: {r.stdout} {r.stderr}")
        return
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True,
                          check=False).stdout
    title = str(wb[names[FRONT]].cell(1, 1).value) if len(names) > FRONT else ""
    if title.split()[0] not in text:
        problems.append(f"LibreOffice's PDF lacks the first table's title {title!r}")


def main():
    problems = []
    wb, names = check(sys.argv[1], problems)
    if len(sys.argv) > 2:
        libreoffice(sys.argv[1], sys.argv[2], wb, names, problems)
    for p in problems:
        print(p)
    print(f"workbook: {len(names)} sheets, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
