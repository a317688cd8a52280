"""Second, independent reader for target-files-medi's output (tests): pyarrow for Parquet and CSV, Python's json
for JSONL (decimals arrive as strings there). Prints the rows as JSON, every value in the tests' canonical text:
integers and decimals as exact digits, date-times as UTC epoch microseconds, dates as YYYY-MM-DD."""
import datetime
import decimal
import gzip
import json
import sys

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def canon_decimal(d):
    s = format(d, 'f')
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return '0' if s in ('-0', '') else s


def canon(v, t):
    if v is None:
        return None
    if t == 'TIMESTAMPTZ':
        if isinstance(v, str):
            v = datetime.datetime.fromisoformat(v)
        return str((v - EPOCH) // datetime.timedelta(microseconds=1))
    if t.startswith('DECIMAL'):
        return canon_decimal(decimal.Decimal(v) if isinstance(v, str) else v)
    if t == 'BIGINT':
        return str(int(v))
    if t == 'BOOLEAN':
        if isinstance(v, str):
            return v
        return 'true' if v else 'false'
    if t == 'DATE':
        return v if isinstance(v, str) else v.isoformat()
    return v


def arrow_type(t):
    if t.startswith('DECIMAL'):
        p, s = t[8:-1].split(',')
        return pa.decimal128(int(p), int(s))
    return {'BIGINT': pa.int64(), 'BOOLEAN': pa.bool_(), 'DATE': pa.date32()}.get(t, pa.string())


def read(fmt, path, types):
    if fmt == 'parquet':
        table = pq.read_table(path)
        schema = {f.name: str(f.type) for f in table.schema}
        rows = table.to_pylist()
    elif fmt == 'csv':
        opts = pacsv.ConvertOptions(
            column_types={n: arrow_type(t) for n, t in types.items()},
            null_values=[''],
            strings_can_be_null=True,
            quoted_strings_can_be_null=False,
        )
        table = pacsv.read_csv(path, convert_options=opts)
        schema = {f.name: str(f.type) for f in table.schema}
        rows = table.to_pylist()
    else:
        opener = gzip.open if path.endswith('.gz') else open
        with opener(path, 'rt', encoding='utf-8') as f:
            rows = [json.loads(line) for line in f if line.strip()]
        schema = {}
    return {'schema': schema, 'rows': [{n: canon(r.get(n), types[n]) for n in types} for r in rows]}


def main():
    # format, a JSON list of paths, the columns: one process reads them all (pyarrow's import is the slow part)
    fmt, paths, columns = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
    types = {c['name']: c['type'] for c in columns}
    json.dump({p: read(fmt, p, types) for p in paths}, sys.stdout, ensure_ascii=False)


main()
