#!/usr/bin/python3
"""Writes a Word house style as Dutch Word saves one (tests of [monitor] template): python-docx's
own template (US Letter) with the style ids Dutch Word gives the built-in styles (Normal is
"Standaard", Heading 1 "Kop1", ...), a dark red Heading 1 in Georgia, and no style named Note.

usage: make_template.py OUT.dotx
"""
import re
import sys
import zipfile

import docx

DUTCH = {"Normal": "Standaard", "Heading1": "Kop1", "Heading2": "Kop2", "Title": "Titel",
         "Caption": "Bijschrift", "ListBullet": "Lijstopsomteken"}

path = sys.argv[1]
tmp = path + ".tmp.docx"
docx.Document().save(tmp)
src = zipfile.ZipFile(tmp)
out = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
for item in src.infolist():
    data = src.read(item.filename)
    if item.filename == "word/styles.xml":
        s = data.decode()
        for en, nl in DUTCH.items():
            s = re.sub(r'w:styleId="%s"' % en, 'w:styleId="%s"' % nl, s)
            s = re.sub(r'(<w:(?:basedOn|next|link|pStyle) w:val=)"%s"' % en, r'\1"%s"' % nl, s)
        m = re.search(r'<w:style [^>]*w:styleId="Kop1".*?</w:style>', s, flags=re.S)
        style = re.sub(r"<w:rFonts [^>]*/>|<w:color [^>]*/>", "", m.group(0))
        style = style.replace("<w:rPr>", '<w:rPr><w:rFonts w:ascii="Georgia" '
                              'w:hAnsi="Georgia"/><w:color w:val="8B0000"/>', 1)
        s = s[:m.start()] + style + s[m.end():]
        s = re.sub(r'<w:style [^>]*w:styleId="Note".*?</w:style>', "", s, flags=re.S)
        data = s.encode()
    out.writestr(item.filename, data)
out.close()
