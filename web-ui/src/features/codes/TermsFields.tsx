import { Field } from '../../components/Field';
import type { TermsInput } from './termsForm';
import { WindowsField } from './WindowsField';

interface TermsFieldsProps {
  input: TermsInput;
  set: <K extends keyof TermsInput>(key: K, value: TermsInput[K]) => void;
  errors: Record<string, string>;
  timeZone: string;
  limits: { min: string; max: string };
}

/** The fields of a code's terms, shared by the New and Edit dialogs. */
export function TermsFields({ input, set, errors, timeZone, limits }: TermsFieldsProps) {
  return (
    <>
      <Field label="Description" hint="For example: Plumber, Tuesday." error={errors['/description']}>
        <input value={input.description} maxLength={250} onChange={(e) => set('description', e.target.value)} data-autofocus />
      </Field>
      <Field label="Start date and time" hint={`In ${timeZone}. Leave empty to start now; at most twelve months ahead.`} error={errors['/startsAt']}>
        <input type="datetime-local" value={input.startsAt} min={limits.min} onChange={(e) => set('startsAt', e.target.value)} />
      </Field>
      <Field label="Expiry date and time" hint={`In ${timeZone}. At most six months from the start.`} error={errors['/expiresAt']}>
        <input type="datetime-local" value={input.expiresAt} min={limits.min} max={input.startsAt ? undefined : limits.max} onChange={(e) => set('expiresAt', e.target.value)} />
      </Field>
      <WindowsField windows={input.windows} onChange={(w) => set('windows', w)} errors={errors} timeZone={timeZone} />
      <div className="field-pair">
        <Field label="Unlocks allowed" hint="Empty: no limit. 1 makes a one-time code." error={errors['/maxUnlocks']}>
          <input type="number" inputMode="numeric" min={1} max={10000} value={input.maxUnlocks} onChange={(e) => set('maxUnlocks', e.target.value)} />
        </Field>
        <Field
          label="Expires minutes after first unlock"
          hint="Empty: only at its expiry."
          error={errors['/expiresMinutesAfterFirstUnlock']}
        >
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={44640}
            value={input.minutesAfterFirstUnlock}
            onChange={(e) => set('minutesAfterFirstUnlock', e.target.value)}
          />
        </Field>
      </div>
    </>
  );
}
