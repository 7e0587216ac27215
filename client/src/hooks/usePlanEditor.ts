import { useEffect, useState, type FormEvent } from 'react';
import { useBlocker } from 'react-router-dom';
import { localProblems, planFailure, type PlanMessage } from '../components/PlanEditing';
import { chosenDomains, domainsInput, draftOf, sameDraft, type PlanContent, type PlanDraft } from '../domain/planning';
import { useI18n } from '../i18n';

/** The stored plan as the page loaded it (a school's or a teacher's). */
interface StoredPlan extends PlanContent {
  id: string;
  version: number;
  status: string;
}

interface Options<E> {
  /** The school year shown: another year forgets the last answer. */
  year: number | null;
  /** The loaded planning of the year (its window and stored plan); null until loaded. */
  planning: { window: { schoolYear: number }; plan?: StoredPlan | null } | null;
  refetch(): Promise<unknown>;
  /** A field of the form beyond the plan's content (the school's total students), as stored. */
  extra: E;
  /** Whether the edited extra differs from the stored one. */
  extraDirty?(edited: E): boolean;
  /** Problems of the edited extra, by form key, found before sending. */
  extraProblems?(edited: E): Record<string, string>;
  /** Saves the draft with the version it started from; resolves to the new version (throws the refusal). */
  save(draft: PlanDraft, extra: E, version: number): Promise<number | null>;
  /** Submits the stored plan of that version (throws the refusal). */
  submit(version: number | null): Promise<unknown>;
}

interface Editing<E> {
  /** Which server state the draft started from (year, plan, version). */
  key: string;
  draft: PlanDraft;
  extra: E;
}

/**
 * The editing of a plan, shared by the school's and the teacher's plan pages: the draft follows the
 * stored plan (a new version, e.g. after a save, starts it afresh), the draft rules are checked
 * before sending so every problem shows at once, save / submit (unsaved edits saved first) / amend
 * send the version the draft started from, the server's refusal is shown beside the fields it
 * names, a stale version (CONFLICT) offers `reload` and a closed window shows what is stored.
 * While the draft differs from the stored plan, leaving the page is blocked until answered (`blocker`).
 */
export function usePlanEditor<E>({ year, planning, refetch, extra, extraDirty, extraProblems, save, submit }: Options<E>) {
  const i18n = useI18n();
  const { t } = i18n;
  const [editing, setEditing] = useState<Editing<E> | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<PlanMessage>(null);
  /** The plan about to be submitted, shown for confirmation (null: not asking). */
  const [confirming, setConfirming] = useState<PlanContent | null>(null);

  // Another year: the last answer belongs to the year before.
  useEffect(() => {
    setMessage(null);
    setErrors({});
  }, [year]);

  const plan = planning?.plan ?? null;
  const serverKey = `${planning?.window.schoolYear}:${plan?.id ?? 'new'}:${plan?.version ?? 0}`;
  if (planning && editing?.key !== serverKey) {
    setEditing({ key: serverKey, draft: draftOf(plan), extra });
  }

  const submitted = plan?.status === 'SUBMITTED';
  const dirty = editing ? !sameDraft(editing.draft, draftOf(plan)) || Boolean(extraDirty?.(editing.extra)) : false;

  // Unsaved edits are not lost without a word: leaving in the app (another page, another year)
  // waits for the filler's answer (see LeaveDialog); closing or reloading the tab asks the browser's question.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // older browsers show their question only when returnValue is set
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  function localChecks(complete: boolean): boolean {
    const local = { ...localProblems(t, editing!.draft, complete), ...extraProblems?.(editing!.extra) };
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setMessage({ kind: 'error', text: t(complete ? 'plan.error.incomplete' : 'form.error.fix') });
      return false;
    }
    return true;
  }

  /** Saves the form; returns the new version, or null when refused (the refusal is shown). */
  async function saveDraft(): Promise<number | null> {
    const draft = editing!.draft;
    try {
      return await save(draft, editing!.extra, plan?.version ?? 0);
    } catch (err) {
      const f = planFailure(i18n, err, chosenDomains(draft));
      setErrors(f.fields);
      setMessage(f.message);
      if (f.message?.closed) {
        // Show what is stored: the edits could not be saved.
        setEditing(null);
        void refetch();
      }
      return null;
    }
  }

  async function onSave(e?: FormEvent) {
    e?.preventDefault();
    setMessage(null);
    if (!localChecks(submitted)) return;
    const version = await saveDraft();
    if (version === null) return;
    setMessage({ kind: 'ok', text: t(submitted ? 'plan.amended' : 'plan.savedDraft') });
    await refetch();
  }

  /** 送出規劃: the checks first, then what will be submitted, in words, to confirm. */
  function askSubmit() {
    setMessage(null);
    if (!localChecks(true)) return;
    const d = editing!.draft;
    setConfirming({ modes: d.modes, times: d.times, places: d.places, levels: d.levels, methods: d.methods, domains: domainsInput(d) });
  }

  async function onSubmit() {
    setConfirming(null);
    setMessage(null);
    if (!localChecks(true)) return;
    let version: number | null = plan?.version ?? null;
    if (dirty || !plan) {
      version = await saveDraft();
      if (version === null) return;
    }
    try {
      await submit(version);
      setMessage({ kind: 'ok', text: t('plan.submittedNow') });
    } catch (err) {
      const f = planFailure(i18n, err, chosenDomains(editing!.draft));
      setErrors(f.fields);
      setMessage(f.message);
    }
    await refetch();
  }

  /** After a CONFLICT: forget the edits and load what is stored now. */
  async function reload() {
    setMessage(null);
    setErrors({});
    setEditing(null);
    await refetch();
  }

  /** 還原: back to the stored plan. */
  function reset() {
    setEditing({ key: serverKey, draft: draftOf(plan), extra });
    setErrors({});
    setMessage(null);
  }

  return {
    editing,
    setDraft: (draft: PlanDraft) => setEditing({ ...editing!, draft }),
    setExtra: (value: E) => setEditing({ ...editing!, extra: value }),
    errors,
    message,
    submitted,
    dirty,
    blocker,
    onSave,
    /** Asks to confirm what will be submitted (`confirming`); `onSubmit` submits, `cancelSubmit` goes back. */
    askSubmit,
    confirming,
    cancelSubmit: () => setConfirming(null),
    onSubmit,
    reload,
    reset,
  };
}
