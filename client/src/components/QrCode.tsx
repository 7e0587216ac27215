import { useMemo } from 'react';
import { create, type QRCodeErrorCorrectionLevel } from 'qrcode';

/**
 * A QR code as an SVG, drawn in the page from the qrcode package's matrix (no image service, no
 * network): one path of rectangles, one per run of dark modules in a row, with a quiet zone of four
 * modules. E.g. a session's sign-in code, or a certificate's verify link.
 */
export function QrCode({
  value,
  label,
  size = 192,
  level = 'M',
  testId = 'qr-code',
}: {
  /** What the code encodes (a URL or a short code). */
  value: string;
  /** What it is, for screen readers (the value itself should also be shown as text beside it). */
  label: string;
  /** Width and height in CSS pixels. */
  size?: number;
  level?: QRCodeErrorCorrectionLevel;
  testId?: string;
}) {
  const { n, d } = useMemo(() => qrPath(value, level), [value, level]);
  const quiet = 4;
  const side = n + 2 * quiet;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
      data-testid={testId}
      data-qr-value={value}
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={d} transform={`translate(${quiet} ${quiet})`} fill="#000" />
    </svg>
  );
}

/** The modules per side and an SVG path of the dark modules. */
export function qrPath(value: string, level: QRCodeErrorCorrectionLevel = 'M'): { n: number; d: string } {
  const { modules } = create(value, { errorCorrectionLevel: level });
  const n = modules.size;
  const parts: string[] = [];
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!modules.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && modules.get(r, c)) c++;
      parts.push(`M${start} ${r}h${c - start}v1h${start - c}z`);
    }
  }
  return { n, d: parts.join('') };
}
