/**
 * A heavy dependency loaded on its first use rather than when the module that uses it loads: the
 * spreadsheet (exceljs), PDF (pdfkit, fontkit, qrcode) and mail (nodemailer) libraries take about
 * 0.6 s to load together, and most processes (each test suite, a server that never renders a
 * certificate) never use some of them. Usage: `const excel = lazy(() => require('exceljs') as typeof import('exceljs'))`.
 */
export function lazy<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}
