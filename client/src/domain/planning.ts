import { codesOf, type EnumName } from '../../../server/src/shared/labels';
import type { PlannedDomainInput, StudyDomain, StudyLevel, StudyMethod, StudyMode, StudyPlace, StudyTime } from '../gql/graphql';

/**
 * What a plan holds (附件三 柒, docs/DOMAIN.md section 5): five need dimensions, each multiple-choice,
 * and the main domains with the themes and hours planned for the year. The options and their
 * Chinese labels come from labels.ts, the one table the server also uses.
 */
export type NeedField = 'modes' | 'times' | 'places' | 'levels' | 'methods';

export const NEED_DIMENSIONS: readonly {
  field: NeedField;
  dimension: 'MODE' | 'TIME' | 'PLACE' | 'LEVEL' | 'METHOD';
  options: EnumName;
}[] = [
  { field: 'modes', dimension: 'MODE', options: 'StudyMode' },
  { field: 'times', dimension: 'TIME', options: 'StudyTime' },
  { field: 'places', dimension: 'PLACE', options: 'StudyPlace' },
  { field: 'levels', dimension: 'LEVEL', options: 'StudyLevel' },
  { field: 'methods', dimension: 'METHOD', options: 'StudyMethod' },
];

export const DOMAINS: StudyDomain[] = codesOf('StudyDomain');
export const MAX_HOURS = 360;
export const MAX_THEMES = 500;

export function optionsOf(name: EnumName): string[] {
  return codesOf(name);
}

/** A plan as the form edits it: hours stay text until sent, so a half-typed number is kept. */
export interface PlanDraft {
  modes: StudyMode[];
  times: StudyTime[];
  places: StudyPlace[];
  levels: StudyLevel[];
  methods: StudyMethod[];
  domains: Record<StudyDomain, { on: boolean; themes: string; hours: string }>;
}

export interface PlanContent {
  modes: readonly StudyMode[];
  times: readonly StudyTime[];
  places: readonly StudyPlace[];
  levels: readonly StudyLevel[];
  methods: readonly StudyMethod[];
  domains: readonly { domain: StudyDomain; themes: string; hours: number }[];
}

export function draftOf(plan: PlanContent | null | undefined): PlanDraft {
  const domains = Object.fromEntries(DOMAINS.map((d) => [d, { on: false, themes: '', hours: '' }])) as PlanDraft['domains'];
  for (const d of plan?.domains ?? []) domains[d.domain] = { on: true, themes: d.themes, hours: String(d.hours) };
  return {
    modes: [...(plan?.modes ?? [])],
    times: [...(plan?.times ?? [])],
    places: [...(plan?.places ?? [])],
    levels: [...(plan?.levels ?? [])],
    methods: [...(plan?.methods ?? [])],
    domains,
  };
}

/** The domains ticked, in the seed's order: the input's `domains.N` is the N-th of these. */
export function chosenDomains(d: PlanDraft): StudyDomain[] {
  return DOMAINS.filter((x) => d.domains[x].on);
}

export function domainsInput(d: PlanDraft): PlannedDomainInput[] {
  return chosenDomains(d).map((domain) => ({
    domain,
    themes: d.domains[domain].themes.trim(),
    hours: d.domains[domain].hours.trim() === '' ? 0 : Number(d.domains[domain].hours),
  }));
}

/** Two drafts hold the same plan (order of ticks does not matter). */
export function sameDraft(a: PlanDraft, b: PlanDraft): boolean {
  const norm = (d: PlanDraft) =>
    JSON.stringify({
      ...Object.fromEntries(NEED_DIMENSIONS.map(({ field }) => [field, [...d[field]].sort()])),
      domains: DOMAINS.map((x) =>
        d.domains[x].on
          ? [x, d.domains[x].themes.trim(), d.domains[x].hours.trim() === '' ? '0' : String(Number(d.domains[x].hours))]
          : null,
      ),
    });
  return norm(a) === norm(b);
}

export type DraftProblem = { key: string; kind: 'required' | 'domains' | 'hours' | 'themes' };

/**
 * The checks the server makes, done first so every problem is shown at once (the server names one):
 * hours whole numbers 0-360 and themes at most 500 characters always; to submit, every dimension
 * answered and at least one domain. Keys: the field (`levels`, `domains`) or `domains.CODE.hours`.
 */
export function draftProblems(d: PlanDraft, complete: boolean): DraftProblem[] {
  const out: DraftProblem[] = [];
  if (complete) for (const { field } of NEED_DIMENSIONS) if (d[field].length === 0) out.push({ key: field, kind: 'required' });
  const chosen = chosenDomains(d);
  if (complete && chosen.length === 0) out.push({ key: 'domains', kind: 'domains' });
  for (const x of chosen) {
    const h = d.domains[x].hours.trim();
    if (h !== '' && (!/^\d+$/.test(h) || Number(h) > MAX_HOURS)) out.push({ key: `domains.${x}.hours`, kind: 'hours' });
    if (d.domains[x].themes.trim().length > MAX_THEMES) out.push({ key: `domains.${x}.themes`, kind: 'themes' });
  }
  return out;
}

/**
 * A server error path of the input (`domains.0.hours`) as the form's key (`domains.CODE.hours`):
 * the index counts the domains sent, in order.
 */
export function formKeyOf(path: string, sent: readonly StudyDomain[]): string {
  const m = /^domains\.(\d+)\.(\w+)$/.exec(path);
  if (!m) return path.split('.')[0];
  const code = sent[Number(m[1])];
  return code ? `domains.${code}.${m[2]}` : 'domains';
}

/** Where a plan stands against its window, as the server answered (PlanningWindow). */
export interface WindowInfo {
  open: boolean;
  inService: boolean;
  opensAt?: string | null;
  closesAt?: string | null;
  reopenedUntil?: string | null;
}

/**
 * What the filler may do now (the server's rule, docs/API.md): a draft any time in the service
 * period; a submitted plan changes, and a plan is submitted, only while the window is open (or
 * reopened). The server decides; the form only offers what could be accepted.
 */
export function allowedNow(w: WindowInfo, submitted: boolean): { save: boolean; submit: boolean } {
  return { save: submitted ? w.open : w.open || w.inService, submit: w.open };
}

export type WindowPhase = 'open' | 'reopened' | 'notYet' | 'closed' | 'outOfService';

/**
 * The phase of a window at `now`. Open and reopened: 'reopened' when the reopening is what keeps it
 * open, or keeps it open longer (its end after the window's), so the filler sees the new deadline.
 */
export function phaseOf(w: WindowInfo, now = Date.now()): WindowPhase {
  if (w.open) {
    if (!w.reopenedUntil) return 'open';
    const inWindow = Boolean(w.opensAt && w.closesAt && now >= Date.parse(w.opensAt) && now <= Date.parse(w.closesAt));
    return !inWindow || !w.closesAt || Date.parse(w.reopenedUntil) > Date.parse(w.closesAt) ? 'reopened' : 'open';
  }
  if (w.opensAt && now < Date.parse(w.opensAt)) return 'notYet';
  return w.inService ? 'closed' : 'outOfService';
}

/** Seconds as whole days and hours (or minutes in the last hour). */
export function splitSeconds(s: number): { days: number; hours: number; minutes: number } {
  const days = Math.floor(s / 86400);
  const hours = Math.floor((s % 86400) / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  return { days, hours, minutes };
}

export function percent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

/** A Taiwan wall-clock time `YYYY-MM-DDTHH:mm` (datetime-local) as a UTC instant. */
export function taipeiLocalToIso(local: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const t = Date.UTC(y, mo - 1, d, h - 8, mi, 0);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** A UTC instant as Taiwan wall-clock time `YYYY-MM-DDTHH:mm` (for datetime-local inputs). */
export function isoToTaipeiLocal(iso: string | number | Date): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16);
}

/** The Taiwan calendar day `YYYY-MM-DD` of an instant. */
export function taipeiDay(iso: string | number | Date): string {
  return isoToTaipeiLocal(iso).slice(0, 10);
}
