"""Independent reader of target-files-medi's XLSX files (tests): openpyxl. Prints each sheet's rows as JSON lists,
numbers as their shortest repr text, booleans as true/false, empty cells as null. Text is decoded as Excel reads it:
ECMA-376's _xHHHH_ escapes (ST_Xstring; how XML-less characters such as control characters and CR are written),
which openpyxl leaves as they are."""
import json
import re
import sys

import openpyxl


def canon(v):
    if v is None:
        return v
    if isinstance(v, str):
        return re.sub(r'_x([0-9A-Fa-f]{4})_', lambda m: chr(int(m.group(1), 16)), v)
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, float) and v.is_integer() and abs(v) < 2**53:
        return str(int(v))
    return repr(v) if isinstance(v, float) else str(v)


out = {}
for path in json.loads(sys.argv[1]):
    ws = openpyxl.load_workbook(path, read_only=True).active
    rows = [[canon(v) for v in row] for row in ws.iter_rows(values_only=True)]
    # read-only mode leaves out trailing empty cells: pad every row to the header's width
    width = len(rows[0]) if rows else 0
    out[path] = [r + [None] * (width - len(r)) for r in rows]
json.dump(out, sys.stdout, ensure_ascii=False)
