import type { FileRoute } from '../../shared/module';
import { LABELS } from '../../shared/labels';
import { taipeiDate } from '../../shared/taiwan-time';
import { renderCertificatePdf } from './certificate-pdf';

/**
 * GET /certificates/<number>.pdf: the certificate (研習證明) of a study record, authorized like the
 * API — the record is read through the viewer's row scope, so anyone else gets a 404.
 */
export const certificateFile: FileRoute = async (ctx, name) => {
  const m = /^(.{1,60})\.pdf$/.exec(name);
  if (!m) return null;
  const r = await ctx.loaders.studyRecordByNumber.load(m[1]);
  if (!r) return null;
  const teacher = await ctx.services.hours.teacherNameOf(r.teacherId);
  const body = await renderCertificatePdf({
    teacherName: teacher ?? '',
    courseTitle: r.title,
    hours: r.hours,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    issuerName: r.issuerName,
    certificateNumber: r.certificateNumber,
    verificationCode: r.verificationCode,
    verifyUrl: `${process.env.PUBLIC_URL ?? ''}/verify?code=${r.verificationCode}`,
    issuedOn: taipeiDate(r.issuedAt),
    source: r.source,
    domainLabel: LABELS.StudyDomain[r.domain].zh,
  });
  return { body, contentType: 'application/pdf', filename: `研習證明-${r.certificateNumber}.pdf` };
};
