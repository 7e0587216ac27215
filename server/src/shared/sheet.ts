import type http from 'node:http';
import { lazy } from './lazy';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const excel = lazy(() => require('exceljs') as typeof import('exceljs'));
import { badInput } from './errors';

/** Downloads (附件一 『資料下載』): one or more sheets, sent as CSV (UTF-8 with a BOM) or XLSX. */
export type ExportFormat = 'csv' | 'xlsx';

export interface Sheet {
  title: string;
  header: string[];
  rows: (string | number)[][];
}

/** One RFC 4180 CSV line (no line end); a cell that would start a formula is prefixed with '. */
export function csvLine(cells: (string | number)[]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s; // no formulas from data
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return cells.map(cell).join(',');
}

/** The UTF-8 byte order mark CSV files start with, so Excel opens Chinese correctly. */
export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** RFC 4180 CSV, UTF-8 with a BOM so Excel opens Chinese correctly. */
export function toCsv(sheet: Sheet): Buffer {
  const text = [sheet.header, ...sheet.rows].map(csvLine).join('\r\n') + '\r\n';
  return Buffer.concat([UTF8_BOM, Buffer.from(text, 'utf8')]);
}

export async function toXlsx(sheets: Sheet[]): Promise<Buffer> {
  const wb = new (excel().Workbook)();
  wb.creator = '教師在職進修規劃平台';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.title);
    ws.addRow(s.header).font = { bold: true };
    for (const r of s.rows) ws.addRow(r);
    ws.columns.forEach((c, i) => {
      c.width = Math.min(40, Math.max(8, ...[s.header[i], ...s.rows.map((r) => r[i])].map((v) => String(v ?? '').length * 2)));
    });
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Sends a sheet as CSV (UTF-8 with BOM) or XLSX, as a download. */
export async function sendSheet(res: http.ServerResponse, format: ExportFormat, sheets: Sheet[], filename: string): Promise<void> {
  if (format === 'csv' && sheets.length > 1) throw badInput('format', 'XLSX_ONLY', 'This download is a workbook: ask for .xlsx');
  const body = format === 'csv' ? toCsv(sheets[0]) : await toXlsx(sheets);
  res.writeHead(200, {
    'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="${filename}.${format}"`,
    'cache-control': 'no-store',
  });
  res.end(body);
}
