import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { isValidNationalId } from '../../../server/src/shared/national-id';
import { fieldErrors } from '../apollo/errors';
import { graphql } from '../gql';
import type { Subject, TeacherTitle } from '../gql/graphql';
import { useChoices } from '../hooks/useReference';
import { useI18n, type MessageKey } from '../i18n';
import { CheckboxGroup, FormField, FormMessage, inputProps } from './Form';

const ADD_TEACHER = graphql(`
  mutation AddTeacher($input: NewTeacherInput!) {
    addTeacher(input: $input) {
      id
      name
      school {
        id
        name
      }
    }
  }
`);

const TRANSFER_TEACHER = graphql(`
  mutation TransferTeacher($nationalId: String!, $toSchoolId: ID!) {
    transferTeacher(nationalId: $nationalId, toSchoolId: $toSchoolId) {
      id
      status
      teacherName
      teacherNationalIdMasked
    }
  }
`);

type Msg = { kind: 'ok' | 'error'; text: string } | null;

function useFailure() {
  const { t, explain, errorText } = useI18n();
  return (err: unknown, setErrors: (e: Record<string, string>) => void, setMsg: (m: Msg) => void) => {
    const f = fieldErrors(err as Error);
    setErrors(Object.fromEntries(Object.entries(f).map(([k, v]) => [k, explain(v)])));
    if (Object.keys(f).length > 0) setMsg({ kind: 'error', text: t('form.error.fix') });
    else setMsg({ kind: 'error', text: errorText(err as Error) });
  };
}

/** Add a new teacher to the school (a national ID not yet known to the platform). */
export function AddTeacherForm({ schoolId, onDone }: { schoolId: string; onDone(): void }) {
  const { t } = useI18n();
  const fail = useFailure();
  const titles = useChoices('TITLE');
  const subjects = useChoices('SUBJECT');
  const empty = { nationalId: '', name: '', title: '' as TeacherTitle | '', subjects: [] as Subject[], email: '', phone: '' };
  const [f, setF] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [msg, setMsg] = useState<Msg>(null);
  const [add, { loading }] = useMutation(ADD_TEACHER);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMsg(null);
    const local: Record<string, string> = {};
    if (!isValidNationalId(f.nationalId.trim().toUpperCase())) local.nationalId = t('form.error.nationalId');
    if (!f.name.trim()) local.name = t('form.error.required');
    if (!f.title) local.title = t('form.error.required');
    if (f.subjects.length < 1 || f.subjects.length > 6) local.subjects = t('profile.error.subjects');
    if (f.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email.trim())) local.email = t('form.error.email');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      const { data } = await add({
        variables: {
          input: {
            schoolId,
            nationalId: f.nationalId.trim().toUpperCase(),
            name: f.name.trim(),
            title: f.title as TeacherTitle,
            subjects: f.subjects,
            email: f.email.trim() || null,
            phone: f.phone.trim() || null,
          },
        },
      });
      setF(empty);
      setMsg({ kind: 'ok', text: t('intake.added', { name: data?.addTeacher.name ?? '' }) });
      onDone();
    } catch (err) {
      fail(err, setErrors, setMsg);
    }
  }

  return (
    <form className="form-grid" onSubmit={submit} noValidate data-testid="add-teacher-form">
      {msg && (
        <FormMessage kind={msg.kind} testId="add-teacher-message">
          {msg.text}
        </FormMessage>
      )}
      <FormField id="add-nationalId" label={t('field.nationalId')} error={errors.nationalId} required>
        <input
          {...inputProps('add-nationalId', errors.nationalId)}
          className="mono"
          maxLength={10}
          autoComplete="off"
          value={f.nationalId}
          onChange={(e) => setF({ ...f, nationalId: e.target.value })}
        />
      </FormField>
      <FormField id="add-name" label={t('field.name')} error={errors.name} required>
        <input
          {...inputProps('add-name', errors.name)}
          autoComplete="off"
          value={f.name}
          onChange={(e) => setF({ ...f, name: e.target.value })}
        />
      </FormField>
      <FormField id="add-title" label={t('field.title')} error={errors.title} required>
        <select
          {...inputProps('add-title', errors.title)}
          value={f.title}
          onChange={(e) => setF({ ...f, title: e.target.value as TeacherTitle })}
        >
          <option value="">{t('form.choose')}</option>
          {titles.choices.map((c) => (
            <option key={c.code} value={c.code}>
              {c.label}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="add-email" label={t('field.email')} error={errors.email}>
        <input
          {...inputProps('add-email', errors.email)}
          type="email"
          autoComplete="off"
          value={f.email}
          onChange={(e) => setF({ ...f, email: e.target.value })}
        />
      </FormField>
      <FormField id="add-phone" label={t('field.phone')} error={errors.phone}>
        <input
          {...inputProps('add-phone', errors.phone)}
          type="tel"
          autoComplete="off"
          value={f.phone}
          onChange={(e) => setF({ ...f, phone: e.target.value })}
        />
      </FormField>
      <div className="wide">
        <CheckboxGroup
          idPrefix="add-subjects"
          legend={t('field.subjects')}
          choices={subjects.choices}
          value={f.subjects}
          onChange={(v) => setF({ ...f, subjects: v as Subject[] })}
          error={errors.subjects}
          compact
        />
      </div>
      <div className="form-actions wide">
        <button type="submit" className="primary" disabled={loading} data-testid="add-teacher-submit">
          {loading ? t('form.submitting') : t('intake.add')}
        </button>
      </div>
    </form>
  );
}

/** 調校: move a teacher already on the platform (found by national ID) into this school. */
export function TransferTeacherForm({ schoolId, schoolName, onDone }: { schoolId: string; schoolName: string; onDone(): void }) {
  const { t } = useI18n();
  const fail = useFailure();
  const [nationalId, setNationalId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [msg, setMsg] = useState<Msg>(null);
  const [transfer, { loading }] = useMutation(TRANSFER_TEACHER, { refetchQueries: ['TeacherTransfers'] });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMsg(null);
    const id = nationalId.trim().toUpperCase();
    if (!isValidNationalId(id)) {
      setErrors({ nationalId: t('form.error.nationalId') });
      return;
    }
    setErrors({});
    try {
      const { data } = await transfer({ variables: { nationalId: id, toSchoolId: schoolId } });
      setNationalId('');
      setMsg({
        kind: 'ok',
        text: t('intake.transferred', {
          name: data?.transferTeacher.teacherName ?? '',
          masked: data?.transferTeacher.teacherNationalIdMasked ?? '',
          school: schoolName,
        }),
      });
      onDone();
    } catch (err) {
      fail(err, setErrors, setMsg);
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate data-testid="transfer-form">
      {msg && (
        <FormMessage kind={msg.kind} testId="transfer-message">
          {msg.text}
        </FormMessage>
      )}
      <FormField id="transfer-nationalId" label={t('field.nationalId')} error={errors.nationalId} hint={t('intake.transferHint')} required>
        <input
          {...inputProps('transfer-nationalId', errors.nationalId, true)}
          className="mono"
          maxLength={10}
          autoComplete="off"
          value={nationalId}
          onChange={(e) => setNationalId(e.target.value)}
        />
      </FormField>
      <div className="field field-actions">
        <button type="submit" className="primary" disabled={loading} data-testid="transfer-submit">
          {loading ? t('form.submitting') : t('intake.transfer')}
        </button>
      </div>
    </form>
  );
}

const TEACHER_TRANSFERS = graphql(`
  query TeacherTransfers {
    teacherTransfers(first: 20) {
      totalCount
      edges {
        node {
          id
          status
          teacherName
          teacherNationalIdMasked
          requestedAt
          fromSchool {
            id
            name
          }
          toSchool {
            id
            name
          }
          canAccept
          canWithdraw
        }
      }
    }
  }
`);

const ACCEPT_TRANSFER = graphql(`
  mutation AcceptTeacherTransfer($id: ID!) {
    acceptTeacherTransfer(id: $id) {
      id
      status
    }
  }
`);

const DECLINE_TRANSFER = graphql(`
  mutation DeclineTeacherTransfer($id: ID!) {
    declineTeacherTransfer(id: $id) {
      id
      status
    }
  }
`);

/**
 * Transfer requests this viewer takes part in: the receiving side sees the name and masked ID and
 * may withdraw; the sending side (and the teacher) sees the sending school and accepts or declines.
 */
export function TeacherTransferList({ onDone }: { onDone?(): void }) {
  const { t } = useI18n();
  const { data, refetch } = useQuery(TEACHER_TRANSFERS, { fetchPolicy: 'cache-and-network' });
  const [accept, a] = useMutation(ACCEPT_TRANSFER);
  const [decline, d] = useMutation(DECLINE_TRANSFER);
  const [msg, setMsg] = useState<Msg>(null);
  const { errorText } = useI18n();
  const rows = data?.teacherTransfers.edges.map((e) => e.node) ?? [];
  if (!rows.length) return null;
  const act = async (fn: (o: { variables: { id: string } }) => Promise<unknown>, id: string) => {
    setMsg(null);
    try {
      await fn({ variables: { id } });
      await refetch();
      onDone?.();
    } catch (err) {
      setMsg({ kind: 'error', text: errorText(err as Error) });
    }
  };
  return (
    <section className="card" data-testid="transfer-list">
      <h2>{t('transfers.title')}</h2>
      {msg && (
        <FormMessage kind={msg.kind} testId="transfer-list-message">
          {msg.text}
        </FormMessage>
      )}
      <table>
        <thead>
          <tr>
            <th>{t('field.name')}</th>
            <th>{t('field.nationalId')}</th>
            <th>{t('transfers.from')}</th>
            <th>{t('transfers.to')}</th>
            <th>{t('transfers.status')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="transfer-row" data-status={r.status}>
              <td>{r.teacherName}</td>
              <td className="mono">{r.teacherNationalIdMasked}</td>
              <td>{r.fromSchool?.name ?? '—'}</td>
              <td>{r.toSchool.name}</td>
              <td>{t(`transfers.status.${r.status}` as MessageKey)}</td>
              <td>
                {r.canAccept && (
                  <>
                    <button
                      type="button"
                      className="primary"
                      disabled={a.loading}
                      onClick={() => void act(accept, r.id)}
                      data-testid="transfer-accept"
                    >
                      {t('transfers.accept')}
                    </button>{' '}
                    <button type="button" disabled={d.loading} onClick={() => void act(decline, r.id)} data-testid="transfer-decline">
                      {t('transfers.decline')}
                    </button>
                  </>
                )}
                {!r.canAccept && r.canWithdraw && (
                  <button type="button" disabled={d.loading} onClick={() => void act(decline, r.id)} data-testid="transfer-withdraw">
                    {t('transfers.withdraw')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
