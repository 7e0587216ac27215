import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Dialog } from '../../components/Dialog';
import { FormMessage } from '../../components/Form';
import { graphql } from '../../gql';
import { useI18n, type MessageKey } from '../../i18n';

const SUBMIT = graphql(`
  mutation SubmitCourse($id: ID!, $version: Int) {
    submitCourse(id: $id, version: $version) {
      id
      status
      version
      statusNote
    }
  }
`);
const APPROVE = graphql(`
  mutation ApproveCourse($id: ID!, $version: Int) {
    approveCourse(id: $id, version: $version) {
      id
      status
      version
      statusNote
    }
  }
`);
const RETURN = graphql(`
  mutation ReturnCourse($id: ID!, $reason: String!, $version: Int) {
    returnCourse(id: $id, reason: $reason, version: $version) {
      id
      status
      version
      statusNote
    }
  }
`);
const PUBLISH = graphql(`
  mutation PublishCourse($id: ID!, $version: Int) {
    publishCourse(id: $id, version: $version) {
      id
      status
      version
      statusNote
    }
  }
`);
const CANCEL = graphql(`
  mutation CancelCourse($id: ID!, $reason: String!, $version: Int) {
    cancelCourse(id: $id, reason: $reason, version: $version) {
      id
      status
      version
      statusNote
    }
  }
`);
const CLOSE = graphql(`
  mutation CloseCourse($id: ID!, $version: Int) {
    closeCourse(id: $id, version: $version) {
      id
      status
      version
      statusNote
    }
  }
`);

export interface ActionCourse {
  id: string;
  title: string;
  version: number;
  viewerCan: { submit: boolean; approve: boolean; publish: boolean; cancel: boolean; close: boolean };
}

type Step = 'submit' | 'approve' | 'return' | 'publish' | 'cancel' | 'close';

const DONE: Record<Step, MessageKey> = {
  submit: 'courses.done.submit',
  approve: 'courses.done.approve',
  return: 'courses.done.return',
  publish: 'courses.done.publish',
  cancel: 'courses.done.cancel',
  close: 'courses.done.close',
};

/**
 * The status steps of a course the viewer may take now (its `viewerCan`): submit, approve or
 * return with a reason, publish, cancel with a reason, close. `onDone` reloads what the page shows.
 */
export function CourseActions({
  course,
  onDone,
  compact = false,
}: {
  course: ActionCourse;
  onDone(): void | Promise<unknown>;
  compact?: boolean;
}) {
  const { t, errorText } = useI18n();
  const [submit] = useMutation(SUBMIT);
  const [approve] = useMutation(APPROVE);
  const [ret] = useMutation(RETURN);
  const [publish] = useMutation(PUBLISH);
  const [cancel] = useMutation(CANCEL);
  const [close] = useMutation(CLOSE);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [asking, setAsking] = useState<'return' | 'cancel' | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  async function run(step: Step, why?: string) {
    setBusy(true);
    setNote(null);
    const variables = { id: course.id, version: course.version };
    try {
      if (step === 'submit') await submit({ variables });
      else if (step === 'approve') await approve({ variables });
      else if (step === 'return') await ret({ variables: { ...variables, reason: why ?? '' } });
      else if (step === 'publish') await publish({ variables });
      else if (step === 'cancel') await cancel({ variables: { ...variables, reason: why ?? '' } });
      else await close({ variables });
      setNote({ kind: 'ok', text: t(DONE[step], { title: course.title }) });
      setAsking(null);
      await onDone();
    } catch (e) {
      const text = errorText(e as Error);
      if (asking) setReasonError(text);
      else setNote({ kind: 'error', text: t('courses.stepFailed', { message: text }) });
    } finally {
      setBusy(false);
    }
  }

  const can = course.viewerCan;
  const cls = compact ? 'small-button' : '';
  const buttons = [
    can.submit && (
      <button
        key="submit"
        type="button"
        className={`${cls} primary`}
        disabled={busy}
        onClick={() => run('submit')}
        data-testid="course-submit"
      >
        {t('courses.step.submit')}
      </button>
    ),
    can.approve && (
      <button
        key="approve"
        type="button"
        className={`${cls} primary`}
        disabled={busy}
        onClick={() => run('approve')}
        data-testid="course-approve"
      >
        {t('courses.step.approve')}
      </button>
    ),
    can.approve && (
      <button
        key="return"
        type="button"
        className={cls}
        disabled={busy}
        onClick={() => {
          setReason('');
          setReasonError(null);
          setAsking('return');
        }}
        data-testid="course-return"
      >
        {t('courses.step.return')}
      </button>
    ),
    can.publish && (
      <button
        key="publish"
        type="button"
        className={`${cls} primary`}
        disabled={busy}
        onClick={() => run('publish')}
        data-testid="course-publish"
      >
        {t('courses.step.publish')}
      </button>
    ),
    can.close && (
      <button key="close" type="button" className={cls} disabled={busy} onClick={() => run('close')} data-testid="course-close">
        {t('courses.step.close')}
      </button>
    ),
    can.cancel && (
      <button
        key="cancel"
        type="button"
        className={`${cls} danger`}
        disabled={busy}
        onClick={() => {
          setReason('');
          setReasonError(null);
          setAsking('cancel');
        }}
        data-testid="course-cancel"
      >
        {t('courses.step.cancel')}
      </button>
    ),
  ].filter(Boolean);

  return (
    <>
      {buttons.length > 0 && <div className={compact ? 'row-actions' : 'form-actions'}>{buttons}</div>}
      {note && (
        <FormMessage kind={note.kind} testId="course-step-note">
          {note.text}
        </FormMessage>
      )}
      <Dialog
        open={asking !== null}
        title={asking === 'cancel' ? t('courses.cancelTitle', { title: course.title }) : t('courses.returnTitle', { title: course.title })}
        onClose={() => setAsking(null)}
        closeText={t('common.cancel')}
        testId="reason-dialog"
        actions={
          <button
            type="button"
            className={asking === 'cancel' ? 'danger' : 'primary'}
            disabled={busy}
            data-testid="reason-confirm"
            onClick={() => {
              if (!reason.trim()) {
                setReasonError(t('form.error.required'));
                return;
              }
              void run(asking!, reason.trim());
            }}
          >
            {asking === 'cancel' ? t('courses.step.cancel') : t('courses.step.return')}
          </button>
        }
      >
        {asking === 'cancel' && <p>{t('courses.cancelWarn')}</p>}
        <div className="field form-field">
          <label htmlFor="step-reason">{t('courses.reason')}</label>
          <textarea
            id="step-reason"
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={reasonError ? true : undefined}
            data-testid="reason"
          />
          {reasonError && (
            <span className="field-error" role="alert">
              {reasonError}
            </span>
          )}
        </div>
      </Dialog>
    </>
  );
}
