"""Writes a Partner Central style claim-payments workbook with openpyxl (a real other XLSX writer, not this
project's reader's counterpart): exact amounts, a number beyond a double, dates and date-times under number
formats, optional 1904 date system. Usage: apn_xlsx_write.py OUT.xlsx [rows] [--1904] [--id-offset=N]"""
import sys
import datetime
from decimal import Decimal
import openpyxl

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 and not sys.argv[2].startswith('--') else 0
offset = int(next((a.split('=')[1] for a in sys.argv if a.startswith('--id-offset=')), '0'))
wb = openpyxl.Workbook(write_only=rows > 0)
if '--1904' in sys.argv:
    wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
ws = wb.create_sheet('Payments') if rows > 0 else wb.active
header = ['Payment ID', 'Claim ID', 'Payment Status', 'Payment Amount', 'Currency', 'Payment Date', 'Invoice Number', 'PO Number']
ws.append(header)
if rows == 0:
    ws.append(['PAY-1', 'CLM-0001', 'Paid', 1234567.89, 'USD', datetime.date(2025, 7, 15), 'INV-77', 12345678901234567])
    ws.append(['PAY-2', 'CLM-0002', 'Pending', 0.1 + 0.2, 'USD', datetime.datetime(2025, 7, 16, 13, 45, 30, 250000), None, None])
    ws.append(['PAY-3', 'CLM-0003', 'Paid', Decimal('98765432109876543.21'), 'USD', datetime.date(1900, 1, 1), 'فاتورة ٧', 1e-7])
    ws.append(['PAY-4', 'CLM-0004', 'Paid', 0.07, 'USD', datetime.datetime(1900, 3, 1, 0, 0), None, 1.5e20])
    # openpyxl writes its numbers with %.16g; the digits a double cannot hold (Excel itself stores 17 significant
    # digits, 0.30000000000000004 for =0.1+0.2) are handed to it as the cell's stored text of a numeric cell
    for ref, text in (('D6', '0.30000000000000004'), ('H6', '12345678901234567'), ('D7', '1234567.8900000001'), ('H7', '-1.2345E-3')):
        ws[ref] = 0
        ws[ref]._value = text
    ws['A6'], ws['B6'], ws['C6'], ws['A7'], ws['B7'], ws['C7'] = 'PAY-5', 'CLM-0005', 'Paid', 'PAY-6', 'CLM-0006', 'Paid'
    if offset:
        for r in range(2, 8):
            ws[f'A{r}'] = f'PAY-{int(ws[f"A{r}"].value[4:]) + offset}'
    ws['F3'].number_format = 'yyyy-mm-dd h:mm:ss'
    ws['F5'].number_format = 'dd/mm/yyyy'
    ws['F2'].number_format = 'yyyy-mm-dd'
    ws['F4'].number_format = 'mmm d, yyyy'
else:
    for i in range(rows):
        ws.append([f'PAY-{i}', f'CLM-{i}', 'Paid', Decimal(f'{i}.{i % 100:02d}'), 'USD', f'2025-07-{1 + i % 28:02d}', f'INV-{i}', f'PO "{i}"\nline 2'])
wb.save(out)
