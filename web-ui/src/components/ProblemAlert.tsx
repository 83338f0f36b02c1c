import { Link } from 'react-router';
import { ApiError, problemMessage, unmatchedFieldErrors } from '../api/problem';

interface Props {
  error: unknown;
  /** Pointers the surrounding form already shows next to its inputs. */
  shownFields?: readonly string[];
  /** What the user was doing, e.g. "Could not create the code". */
  action?: string;
}

/** The readable form of an API problem, announced to screen readers. */
export function ProblemAlert({ error, shownFields = [], action }: Props) {
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : null;
  const extra = unmatchedFieldErrors(error, shownFields);
  const hasFieldErrors = (apiError?.problem.errors?.length ?? 0) > 0;
  return (
    <div className="alert alert-error" role="alert">
      {action && <strong>{action}: </strong>}
      {hasFieldErrors && extra.length === 0 ? 'Please correct the highlighted fields.' : problemMessage(error)}
      {apiError?.code === 'unique-codes-disabled' && (
        <>
          {' '}
          Turn them on in <Link to="/settings">Settings &gt; System</Link>.
        </>
      )}
      {extra.length > 0 && (
        <ul>
          {extra.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A field's own problem, linked to its input with aria-describedby. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p className="field-error" id={id}>
      {message}
    </p>
  );
}
