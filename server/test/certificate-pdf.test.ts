import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import zlib from 'node:zlib';
import * as QRCode from 'qrcode';
import {
  certificateFonts,
  certificateSentence,
  renderCertificatePdf,
  woffToSfnt,
  type CertificateData,
} from '../src/modules/hours/certificate-pdf';
import { rocDateLabel } from '../src/shared/taiwan-time';

/**
 * The certificate PDF (issue 12, item 4): its text read back with a PDF text extractor (pdfjs-dist,
 * through the fonts' ToUnicode maps), rare ideographs included, and its size. The renderer's speed is
 * a bench row (`npm run bench -- --certs`), not a test.
 */

/** The text of each page, as pdfjs-dist extracts it (run in a child process: pdfjs-dist is an ES module). */
function extractText(pdf: Buffer): string[] {
  const script = `
    import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
    const chunks = [];
    for await (const c of process.stdin) chunks.push(c);
    const doc = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
    const pages = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      pages.push(content.items.map((i) => i.str + (i.hasEOL ? '\\n' : '')).join(''));
    }
    process.stdout.write(JSON.stringify(pages));
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { input: pdf, cwd: __dirname, maxBuffer: 16 << 20 });
  return JSON.parse(out.toString('utf8')) as string[];
}

/** Without white space (the extractor inserts spaces and line breaks between positioned runs). */
const squeeze = (s: string) => s.replace(/\s+/g, '');

const base: CertificateData = {
  teacherName: '林怡君',
  courseTitle: '素養導向教學設計與評量實務工作坊：以國中數學領域為例',
  hours: 6,
  startsOn: '2026-03-02',
  endsOn: '2026-03-03',
  issuerName: '臺北市政府教育局',
  certificateNumber: '115-TPE-000123',
  verificationCode: 'K7QF9M2XR4TD',
  verifyUrl: 'https://inservice.example.tw/verify?code=K7QF9M2XR4TD',
  issuedOn: '2026-03-10',
  source: 'COURSE',
  domainLabel: '數學領域',
};

describe('certificate PDF', () => {
  it('writes 民國 dates as Taiwan does', () => {
    expect(rocDateLabel('2026-03-02')).toBe('115年3月2日');
    expect(rocDateLabel('2011-12-31')).toBe('100年12月31日');
    expect(rocDateLabel('2026-03-10', true)).toBe('115 年 3 月 10 日');
    expect(rocDateLabel('not a date')).toBe('not a date');
    expect(certificateSentence({ ...base, endsOn: base.startsOn, hours: 1.5 })).toBe(
      '茲證明 林怡君 君於115年3月2日參加「素養導向教學設計與評量實務工作坊：以國中數學領域為例」研習，共計 1.5 小時，特此證明。',
    );
  });

  it('is one A4 page whose extracted text has the name, course, hours, dates, issuer, number, code and verify URL', async () => {
    const pdf = await renderCertificatePdf(base);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const pages = extractText(pdf);
    expect(pages).toHaveLength(1);
    const text = squeeze(pages[0]);
    for (const expected of [
      '研習證明書',
      '茲證明林怡君君於115年3月2日至115年3月3日參加「素養導向教學設計與評量實務工作坊：以國中數學領域為例」研習，共計6小時，特此證明。',
      '姓名林怡君',
      '研習名稱素養導向教學設計與評量實務工作坊：以國中數學領域為例',
      '研習類別數學領域',
      '研習日期115年3月2日至115年3月3日',
      '研習時數6小時',
      '核發單位臺北市政府教育局',
      '證書字號115-TPE-000123',
      '驗證碼K7QF9M2XR4TD',
      'https://inservice.example.tw/verify?code=K7QF9M2XR4TD',
      '中華民國115年3月10日',
    ])
      expect(text).toContain(expected);
  });

  it('draws every CJK Unified Ideograph and Extension A character (Noto Serif TC, else UnifontEX)', () => {
    const { regular, bold, fallback } = certificateFonts();
    const missing: string[] = [];
    const ranges: [number, number][] = [
      [0x3400, 0x4dbf],
      [0x4e00, 0x9fff],
    ];
    for (const [from, to] of ranges)
      for (let cp = from; cp <= to; cp++) {
        const font = regular.hasGlyphForCodePoint(cp) ? regular : fallback;
        if (!font.hasGlyphForCodePoint(cp)) missing.push(cp.toString(16));
        if (!bold.hasGlyphForCodePoint(cp) && !fallback.hasGlyphForCodePoint(cp)) missing.push(`bold ${cp.toString(16)}`);
      }
    expect(missing).toEqual([]);
    // the fallback is needed: Noto Serif TC lacks these
    expect(regular.hasGlyphForCodePoint(0x8d5f)).toBe(false); // 赟
    expect(regular.hasGlyphForCodePoint(0x9fff)).toBe(false);
  });

  it('keeps rare ideographs as text: names and titles with characters that only the fallback font has', async () => {
    const rare = {
      ...base,
      // 赟 (U+8D5F), 䶵 (U+4DB5, Extension A), 鿿 (U+9FFF) are not in Noto Serif TC; 堃 犇 淼 喆 are
      teacherName: '龔堃赟',
      courseTitle: '犇淼喆與䶵鿿：罕用字測試 Workshop 2026',
      issuerName: '國立臺灣師範大學',
      source: 'EXTERNAL' as const,
    };
    const pdf = await renderCertificatePdf(rare);
    const text = squeeze(extractText(pdf)[0]);
    expect(text).toContain(
      '茲證明龔堃赟君於115年3月2日至115年3月3日參加國立臺灣師範大學認證之「犇淼喆與䶵鿿：罕用字測試Workshop2026」研習',
    );
    expect(text).toContain('姓名龔堃赟');
    expect(text).toContain('認證單位國立臺灣師範大學');
    // both fonts embedded, each as a subset
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifTC-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+UnifontExMono/);
  });

  it('is small: the fonts are subset (tens of KB, where the font files are MB)', async () => {
    const pdf = await renderCertificatePdf({ ...base, courseTitle: `${base.courseTitle}（${'進階'.repeat(20)}）` });
    expect(pdf.length).toBeLessThan(100_000);
    const fontFile = fs.statSync(require.resolve('@expo-google-fonts/noto-serif-tc/400Regular/NotoSerifTC_400Regular.ttf')).size;
    expect(fontFile).toBeGreaterThan(5_000_000);
  });

  it('cleans what people typed: control characters and runs of white space become one space', async () => {
    const pdf = await renderCertificatePdf({ ...base, teacherName: ' 林\u0000怡\n\n君 ', courseTitle: 'A\tB' });
    const text = extractText(pdf)[0];
    expect(text).not.toContain('\u0000');
    expect(squeeze(text)).toContain('姓名林怡君');
  });

  it('encodes the verify URL in the QR code it draws (the same matrix as the qrcode package makes)', async () => {
    // the QR is drawn as one filled path of rectangles, one per run of dark modules in a row
    const qr = QRCode.create(base.verifyUrl, { errorCorrectionLevel: 'M' });
    let runs = 0;
    for (let r = 0; r < qr.modules.size; r++)
      for (let c = 0; c < qr.modules.size; c++) if (qr.modules.get(r, c) && (c === 0 || !qr.modules.get(r, c - 1))) runs++;
    expect(runs).toBeGreaterThan(100);
    const pdf = await renderCertificatePdf(base);
    // the page's content streams, inflated: the rectangles drawn are the frame (2), the QR's white ground (1) and the runs
    const raw = pdf.toString('latin1');
    let rectangles = 0;
    for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
      let body: string;
      try {
        body = zlib.inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
      } catch {
        continue;
      }
      if (/\bBT\b/.test(body)) rectangles += (body.match(/ re\n/g) ?? []).length;
    }
    expect(rectangles).toBe(runs + 3);
  });

  it('reads a WOFF font as the sfnt it wraps', () => {
    const woff = fs.readFileSync(require.resolve('@fontsource/unifontex/files/unifontex-latin-400-normal.woff'));
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(sfnt.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
  });
});
