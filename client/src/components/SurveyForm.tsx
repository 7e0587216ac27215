import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { errorCode, fieldErrorsByPath } from '../apollo/errors';
import { graphql } from '../gql';
import { useI18n, type MessageKey } from '../i18n';
import { FormField, FormMessage, inputProps } from './Form';

const SUBMIT_SURVEY = graphql(`
  mutation SubmitSatisfactionSurvey($schoolYear: Int!, $ratings: [Int!]!, $comment: String) {
    submitSatisfactionSurvey(schoolYear: $schoolYear, ratings: $ratings, comment: $comment)
  }
`);

/** The five questions of the 滿意度調查, in order (the results show their means in this order). */
export const SURVEY_QUESTIONS: MessageKey[] = ['survey.q1', 'survey.q2', 'survey.q3', 'survey.q4', 'survey.q5'];
export const SURVEY_SHORT: MessageKey[] = ['survey.short1', 'survey.short2', 'survey.short3', 'survey.short4', 'survey.short5'];
const SCALE: MessageKey[] = ['survey.scale1', 'survey.scale2', 'survey.scale3', 'survey.scale4', 'survey.scale5'];
const MAX_COMMENT = 1000;

/**
 * 滿意度調查 (附件三 陸 四): after a submitted plan, five statements rated 1 (strongly disagree) to
 * 5 (strongly agree) and a comment; once per account and school year.
 */
export function SurveyForm({ schoolYear, onDone }: { schoolYear: number; onDone?(): void }) {
  const { t, explain, errorText } = useI18n();
  const [ratings, setRatings] = useState<(number | null)[]>([null, null, null, null, null]);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [sent, setSent] = useState(false);
  const [submit, { loading }] = useMutation(SUBMIT_SURVEY);

  async function send(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    const local: Record<string, string> = {};
    ratings.forEach((r, i) => {
      if (r === null) local[`ratings.${i}`] = t('survey.error.rate');
    });
    if (comment.trim().length > MAX_COMMENT) local.comment = t('survey.error.comment', { max: MAX_COMMENT });
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setMessage({ kind: 'error', text: t('survey.error.all') });
      return;
    }
    try {
      await submit({ variables: { schoolYear, ratings: ratings as number[], comment: comment.trim() || null } });
      setSent(true);
      onDone?.();
    } catch (err) {
      const byPath = fieldErrorsByPath(err as Error);
      setErrors(Object.fromEntries(Object.entries(byPath).map(([k, v]) => [k, explain(v)])));
      const code = errorCode(err as Error);
      setMessage({
        kind: 'error',
        text:
          code === 'CONFLICT'
            ? t('survey.already')
            : code === 'NETWORK'
              ? t('common.networkError')
              : Object.keys(byPath).length
                ? t('form.error.fix')
                : errorText(err as Error),
      });
    }
  }

  if (sent) {
    return (
      <FormMessage kind="ok" testId="survey-thanks">
        {t('survey.thanks')}
      </FormMessage>
    );
  }

  return (
    <form className="survey-form" onSubmit={send} noValidate data-testid="survey-form">
      <p className="muted">{t('survey.intro', { year: schoolYear })}</p>
      {message && (
        <FormMessage kind={message.kind} testId="survey-message">
          {message.text}
        </FormMessage>
      )}
      <ol className="survey-questions">
        {SURVEY_QUESTIONS.map((q, i) => {
          const error = errors[`ratings.${i}`] ?? (i === 0 ? errors.ratings : undefined);
          return (
            <li key={q}>
              <fieldset
                className="likert"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `q${i}-error` : undefined}
                data-question={i + 1}
              >
                <legend>
                  {i + 1}. {t(q)}
                </legend>
                <div className="likert-options">
                  {SCALE.map((s, v) => (
                    <label key={s} className="likert-option">
                      <input
                        type="radio"
                        name={`q${i + 1}`}
                        value={v + 1}
                        checked={ratings[i] === v + 1}
                        onChange={() => {
                          setRatings(ratings.map((r, j) => (j === i ? v + 1 : r)));
                          setErrors(({ [`ratings.${i}`]: _done, ...rest }) => rest);
                        }}
                      />
                      <span className="likert-value">{v + 1}</span>
                      <span className="likert-label">{t(s)}</span>
                    </label>
                  ))}
                </div>
                {error && (
                  <span className="field-error" id={`q${i}-error`}>
                    {error}
                  </span>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <FormField
        id="survey-comment"
        label={t('survey.comment')}
        error={errors.comment}
        hint={t('survey.commentHint', { max: MAX_COMMENT })}
      >
        <textarea
          {...inputProps('survey-comment', errors.comment, true)}
          rows={3}
          value={comment}
          maxLength={MAX_COMMENT + 100}
          onChange={(e) => setComment(e.target.value)}
        />
      </FormField>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading} data-testid="survey-submit">
          {loading ? t('form.submitting') : t('survey.submit')}
        </button>
      </div>
    </form>
  );
}
