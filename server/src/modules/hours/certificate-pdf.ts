/** PLACEHOLDER until the certificate renderer lands (helper h-cert): replaced at merge. */
export interface CertificateData {
  teacherName: string;
  courseTitle: string;
  hours: number;
  startsOn: string;
  endsOn: string;
  issuerName: string;
  certificateNumber: string;
  verificationCode: string;
  verifyUrl: string;
  issuedOn: string;
  source: 'COURSE' | 'EXTERNAL';
  domainLabel: string;
}
export async function renderCertificatePdf(d: CertificateData): Promise<Buffer> {
  return Buffer.from(JSON.stringify(d));
}
