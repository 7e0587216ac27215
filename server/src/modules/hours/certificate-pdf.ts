/**
 * The study certificate (研習證明書) as a PDF: A4, Traditional Chinese, with the verify URL as a
 * vector QR code.
 *
 * Fonts come from package dependencies (resolved in node_modules, read once per process, never
 * fetched): Noto Serif TC (思源宋體, OFL-1.1) from @expo-google-fonts/noto-serif-tc for the text, and
 * UnifontEX (OFL-1.1) from @fontsource/unifontex for any character that Noto Serif TC lacks (it covers
 * all 20,992 CJK Unified Ideographs and Extension A; Noto Serif TC has about 15,400 of them). Text is
 * split into runs by which font has the glyph. pdfkit subsets both fonts (only the glyphs used are
 * embedded, with a ToUnicode map, so the text can be extracted and searched).
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import type * as fontkit from 'fontkit';
import { lazy } from '../../shared/lazy';
import { rocDateLabel, taipeiDay } from '../../shared/taiwan-time';

// loaded when the first certificate is drawn (shared/lazy.ts)
/* eslint-disable @typescript-eslint/no-require-imports */
const fontkitLib = lazy(() => require('fontkit') as typeof import('fontkit'));
const PDFDocument = lazy(() => require('pdfkit') as typeof import('pdfkit'));
const QRCode = lazy(() => require('qrcode') as typeof import('qrcode'));
/* eslint-enable @typescript-eslint/no-require-imports */

export interface CertificateData {
  teacherName: string;
  courseTitle: string;
  hours: number;
  /** YYYY-MM-DD (Taiwan calendar dates) */
  startsOn: string;
  endsOn: string;
  issuerName: string;
  certificateNumber: string;
  verificationCode: string;
  verifyUrl: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  source: 'COURSE' | 'EXTERNAL';
  domainLabel: string;
}

type Face = 'regular' | 'bold' | 'fallback';

interface Fonts {
  regular: fontkit.Font;
  bold: fontkit.Font;
  fallback: fontkit.Font;
}

const FONT_FILES: Record<Face, string> = {
  regular: '@expo-google-fonts/noto-serif-tc/400Regular/NotoSerifTC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif-tc/700Bold/NotoSerifTC_700Bold.ttf',
  fallback: '@fontsource/unifontex/files/unifontex-latin-400-normal.woff',
};

let fonts: Fonts | null = null;

/** The fonts, parsed once per process (about 0.3 s the first time). */
export function certificateFonts(): Fonts {
  if (!fonts) {
    const open = (face: Face): fontkit.Font => {
      let data: Buffer = fs.readFileSync(require.resolve(FONT_FILES[face]));
      if (data.toString('latin1', 0, 4) === 'wOFF') data = woffToSfnt(data);
      const font = fontkitLib().create(data);
      if (!('glyphForCodePoint' in font)) throw new Error(`${FONT_FILES[face]} is a font collection`);
      memoizeGlyphDecoding(font);
      return font;
    };
    fonts = { regular: open('regular'), bold: open('bold'), fallback: open('fallback') };
  }
  return fonts;
}

/**
 * fontkit's subsetter decodes every glyph's outline again for every document (only to find composite
 * glyphs); its glyph objects are kept per font, so the decoded outline is kept with them.
 */
function memoizeGlyphDecoding(font: fontkit.Font): void {
  const proto = Object.getPrototypeOf(font.getGlyph(0)) as { _decode?: () => unknown; __memo?: true };
  if (typeof proto._decode !== 'function' || proto.__memo) return;
  const decode = proto._decode;
  proto._decode = function (this: { __decoded?: unknown }) {
    if (!('__decoded' in this)) this.__decoded = decode.call(this);
    return this.__decoded;
  };
  proto.__memo = true;
}

/**
 * A WOFF 1.0 file as the plain TrueType/OpenType file it wraps. fontkit reads WOFF itself but
 * inflates a whole table on every access (each glyph would inflate the entire glyf table).
 */
export function woffToSfnt(woff: Buffer): Buffer {
  const numTables = woff.readUInt16BE(12);
  const tables: { tag: Buffer; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const e = 44 + i * 20;
    const offset = woff.readUInt32BE(e + 4);
    const compLength = woff.readUInt32BE(e + 8);
    const origLength = woff.readUInt32BE(e + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? zlib.inflateSync(raw) : raw;
    if (data.length !== origLength) throw new Error('corrupt WOFF table');
    tables.push({ tag: woff.subarray(e, e + 4), checksum: woff.readUInt32BE(e + 16), data });
  }
  const pad = (n: number) => (n + 3) & ~3;
  const headerSize = 12 + 16 * numTables;
  const out = Buffer.alloc(headerSize + tables.reduce((s, t) => s + pad(t.data.length), 0));
  woff.copy(out, 0, 4, 8); // sfnt version (the WOFF "flavor")
  out.writeUInt16BE(numTables, 4);
  const entrySelector = Math.floor(Math.log2(numTables));
  out.writeUInt16BE(16 * 2 ** entrySelector, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - 16 * 2 ** entrySelector, 10);
  let at = headerSize;
  tables.forEach((t, i) => {
    const e = 12 + i * 16;
    t.tag.copy(out, e);
    out.writeUInt32BE(t.checksum, e + 4);
    out.writeUInt32BE(at, e + 8);
    out.writeUInt32BE(t.data.length, e + 12);
    t.data.copy(out, at);
    at += pad(t.data.length);
  });
  return out;
}

/** Hours as printed: 3, 1.5, 2.25 (no trailing zeros). */
export function hoursLabel(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}

/** The statement: 茲證明 X 君於 …參加「Y」研習，共計 N 小時，特此證明。 */
export function certificateSentence(d: CertificateData): string {
  const start = rocDateLabel(d.startsOn);
  const end = rocDateLabel(d.endsOn);
  const when = d.startsOn === d.endsOn ? `於${start}` : `於${start}至${end}`;
  const what = d.source === 'EXTERNAL' ? `參加${d.issuerName}認證之「${d.courseTitle}」研習` : `參加「${d.courseTitle}」研習`;
  return `茲證明 ${d.teacherName} 君${when}${what}，共計 ${hoursLabel(d.hours)} 小時，特此證明。`;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const INK = '#1f2328';
const ACCENT = '#7a1f1f';
// characters that must not start a line (a simple 禁則)
const NO_LINE_START = new Set([...'，。、；：！？）」』〉》】,.;:!?)']);

/** Control characters and runs of white space become one space (names and titles are typed by people). */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
  return s.replace(controls, ' ').replace(/\s+/g, ' ').trim();
}

interface Run {
  face: Face;
  text: string;
}

const advances = new Map<string, number>();

/** A character's advance in 1/1000 em, cached for the process. */
function advance(f: Fonts, face: Face, cp: number): number {
  const key = `${face}:${cp}`;
  let a = advances.get(key);
  if (a === undefined) {
    const font = f[face];
    a = (font.glyphForCodePoint(cp).advanceWidth * 1000) / font.unitsPerEm;
    advances.set(key, a);
  }
  return a;
}

class Writer {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly f: Fonts,
  ) {}

  /** Splits text into runs of the font that has each character (the bold or regular face, else the fallback). */
  runs(text: string, bold: boolean): Run[] {
    const main = bold ? this.f.bold : this.f.regular;
    const out: Run[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const face: Face =
        main.hasGlyphForCodePoint(cp) || !this.f.fallback.hasGlyphForCodePoint(cp) ? (bold ? 'bold' : 'regular') : 'fallback';
      const last = out[out.length - 1];
      if (last && last.face === face) last.text += ch;
      else out.push({ face, text: ch });
    }
    return out;
  }

  /** The advance width of text at `size` points, from the fonts' metrics (CJK text has no kerning to shape). */
  width(text: string, size: number, bold = false): number {
    let units = 0;
    for (const r of this.runs(text, bold)) for (const ch of r.text) units += advance(this.f, r.face, ch.codePointAt(0)!);
    return (units * size) / 1000;
  }

  /** One line at (x, y), no wrapping; align within `width` when given. */
  line(
    text: string,
    x: number,
    y: number,
    size: number,
    opts: { bold?: boolean; align?: 'left' | 'center' | 'right'; width?: number; color?: string; spacing?: number } = {},
  ): void {
    const spacing = opts.spacing ?? 0;
    const chars = [...text].length;
    const w = this.width(text, size, opts.bold) + spacing * Math.max(0, chars - 1);
    let at = x;
    if (opts.align === 'center' && opts.width) at = x + (opts.width - w) / 2;
    if (opts.align === 'right' && opts.width) at = x + opts.width - w;
    this.doc.fillColor(opts.color ?? INK);
    // every run on the main font's baseline (the fallback font has another ascent)
    const main = opts.bold ? this.f.bold : this.f.regular;
    const baseline = y + (main.ascent / main.unitsPerEm) * size;
    for (const r of this.runs(text, !!opts.bold)) {
      this.doc.font(r.face).fontSize(size);
      this.doc.text(r.text, at, baseline, { lineBreak: false, characterSpacing: spacing, baseline: 'alphabetic' });
      at += this.doc.widthOfString(r.text, { characterSpacing: spacing }) + spacing;
    }
  }

  /** Wraps text into lines of at most `width` (CJK breaks anywhere, Latin words and numbers stay whole). */
  wrap(text: string, size: number, width: number, bold = false): string[] {
    const atoms = text.match(/[A-Za-z0-9@#%&*+\-_=/.:?~]+|\s+|./gsu) ?? [];
    const lines: string[] = [];
    let current = '';
    let w = 0;
    for (const atom of atoms) {
      const aw = this.width(atom, size, bold);
      if (current && w + aw > width && !NO_LINE_START.has(atom) && !/^\s+$/.test(atom)) {
        if (aw > width) {
          // a Latin "word" longer than a line (a URL): break it by characters
          for (const ch of atom) {
            const cw = this.width(ch, size, bold);
            if (current && w + cw > width) {
              lines.push(current.trimEnd());
              current = '';
              w = 0;
            }
            current += ch;
            w += cw;
          }
          continue;
        }
        lines.push(current.trimEnd());
        current = '';
        w = 0;
      }
      if (!current && /^\s+$/.test(atom)) continue;
      current += atom;
      w += aw;
    }
    if (current.trim()) lines.push(current.trimEnd());
    return lines;
  }

  /** A wrapped paragraph from (x, y); returns the y below it. */
  paragraph(
    text: string,
    x: number,
    y: number,
    size: number,
    width: number,
    opts: { lineHeight?: number; bold?: boolean; color?: string } = {},
  ): number {
    const lh = size * (opts.lineHeight ?? 1.6);
    for (const l of this.wrap(text, size, width, opts.bold)) {
      this.line(l, x, y, size, { bold: opts.bold, color: opts.color });
      y += lh;
    }
    return y;
  }
}

/** The QR code of `text` as filled rectangles (one per run of dark modules in a row), `size` points square. */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const qr = QRCode().create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 2;
  const m = size / (n + 2 * quiet);
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!qr.modules.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && qr.modules.get(r, c)) c++;
      doc.rect(x + (quiet + start) * m, y + (quiet + r) * m, (c - start) * m, m);
    }
  }
  doc.fill('#000000');
}

/** The certificate PDF. */
export async function renderCertificatePdf(input: CertificateData): Promise<Buffer> {
  const f = certificateFonts();
  const d: CertificateData = {
    ...input,
    teacherName: clean(input.teacherName),
    courseTitle: clean(input.courseTitle),
    issuerName: clean(input.issuerName),
    domainLabel: clean(input.domainLabel),
  };
  const doc = new (PDFDocument())({
    size: 'A4',
    margin: 0,
    autoFirstPage: true,
    compress: true,
    lang: 'zh-Hant-TW',
    displayTitle: true,
    info: {
      Title: `研習證明書 ${d.certificateNumber}`,
      Author: d.issuerName,
      Subject: `${d.teacherName} ${d.courseTitle}`,
      Creator: '教師在職進修平臺',
      Producer: '教師在職進修平臺',
      CreationDate: taipeiDay(d.issuedOn, false) ?? undefined,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  // pdfkit takes a parsed fontkit font as a font source (it only reads it), so the parse is shared
  for (const face of ['regular', 'bold', 'fallback'] as const) doc.registerFont(face, f[face] as unknown as Buffer);
  const w = new Writer(doc, f);

  const { width: W, height: H } = A4;
  const inner = W - 2 * MARGIN;
  // frame
  doc
    .lineWidth(3)
    .strokeColor(ACCENT)
    .rect(28, 28, W - 56, H - 56)
    .stroke();
  doc
    .lineWidth(0.8)
    .rect(36, 36, W - 72, H - 72)
    .stroke();

  // number, top right
  w.line(`證書字號：${d.certificateNumber}`, MARGIN, 58, 10, { align: 'right', width: inner });

  // title
  w.line('研習證明書', MARGIN, 120, 36, { bold: true, align: 'center', width: inner, color: ACCENT, spacing: 12 });

  // the statement
  let y = w.paragraph(certificateSentence(d), MARGIN + 10, 230, 17, inner - 20, { lineHeight: 2 });

  // the particulars
  y += 16;
  const rows: [string, string][] = [
    ['姓　　名', d.teacherName],
    ['研習名稱', d.courseTitle],
    ['研習類別', d.domainLabel],
    ['研習日期', d.startsOn === d.endsOn ? rocDateLabel(d.startsOn) : `${rocDateLabel(d.startsOn)}至${rocDateLabel(d.endsOn)}`],
    ['研習時數', `${hoursLabel(d.hours)} 小時`],
    [d.source === 'EXTERNAL' ? '認證單位' : '核發單位', d.issuerName],
    ['證書字號', d.certificateNumber],
    ['驗 證 碼', d.verificationCode],
  ];
  const labelW = 90;
  doc.lineWidth(0.5).strokeColor('#999999');
  for (const [label, value] of rows) {
    const top = y;
    w.line(label, MARGIN + 10, y + 6, 12, { color: '#555555' });
    y = w.paragraph(value, MARGIN + 10 + labelW, y + 6, 12, inner - 20 - labelW, { lineHeight: 1.5 });
    y = Math.max(y, top + 26);
    doc
      .moveTo(MARGIN + 10, y)
      .lineTo(W - MARGIN - 10, y)
      .stroke();
  }

  // the issuer and the date, bottom right
  const dateY = H - 170;
  w.line(d.issuerName, MARGIN, dateY - 40, 18, { bold: true, align: 'right', width: inner - 10 });
  w.line(`中華民國 ${rocDateLabel(d.issuedOn, true)}`, MARGIN, dateY, 14, { align: 'right', width: inner - 10 });

  // verification: QR of the verify URL, bottom left
  const qrSize = 92;
  const qrX = MARGIN + 4;
  const qrY = H - 64 - qrSize;
  drawQr(doc, d.verifyUrl, qrX, qrY, qrSize);
  const tx = qrX + qrSize + 12;
  const tw = W - MARGIN - tx;
  w.line('線上驗證本證明：掃描條碼或前往', tx, qrY + 8, 9, { color: '#555555' });
  const urlEnd = w.paragraph(d.verifyUrl, tx, qrY + 24, 9, tw, { lineHeight: 1.4, color: '#555555' });
  w.line(`驗證碼：${d.verificationCode}`, tx, Math.max(urlEnd + 4, qrY + 50), 11, { bold: true });

  doc.end();
  return done;
}
