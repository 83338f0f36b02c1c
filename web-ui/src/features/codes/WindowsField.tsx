import { DAYS, dayShort } from '../../lib/accessReasons';
import type { WindowRow } from './termsForm';

interface WindowsFieldProps {
  windows: WindowRow[];
  onChange: (windows: WindowRow[]) => void;
  errors: Record<string, string>;
  timeZone: string;
}

/** Weekly times: the days a window opens and its local start and end; none means at any time. */
export function WindowsField({ windows, onChange, errors, timeZone }: WindowsFieldProps) {
  const update = (i: number, row: WindowRow) => onChange(windows.map((w, j) => (j === i ? row : w)));
  return (
    <fieldset className="field windows">
      <legend>Weekly times</legend>
      <p className="hint">
        {windows.length === 0
          ? 'At any time. Add weekly times to limit when the code opens locks.'
          : `The code opens locks only in these times (${timeZone}). An end before the start runs overnight.`}
      </p>
      {windows.map((w, i) => {
        const error = errors[`/weeklyWindows/${i}/days`] ?? errors[`/weeklyWindows/${i}/start`] ?? errors[`/weeklyWindows/${i}/end`];
        return (
          <div className="window-row" key={i} role="group" aria-label={`Weekly time ${i + 1}`}>
            <div className="days">
              {DAYS.map((d) => (
                <label key={d} className="day">
                  <input
                    type="checkbox"
                    checked={w.days.includes(d)}
                    aria-invalid={errors[`/weeklyWindows/${i}/days`] ? true : undefined}
                    onChange={(e) =>
                      update(i, { ...w, days: e.target.checked ? DAYS.filter((x) => x === d || w.days.includes(x)) : w.days.filter((x) => x !== d) })
                    }
                  />
                  {dayShort(d)}
                </label>
              ))}
            </div>
            <label>
              From <input type="time" value={w.start} onChange={(e) => update(i, { ...w, start: e.target.value })} aria-invalid={errors[`/weeklyWindows/${i}/start`] ? true : undefined} />
            </label>
            <label>
              to <input type="time" value={w.end} onChange={(e) => update(i, { ...w, end: e.target.value })} aria-invalid={errors[`/weeklyWindows/${i}/end`] ? true : undefined} />
            </label>
            <button type="button" className="btn btn-small" onClick={() => onChange(windows.filter((_, j) => j !== i))}>
              Remove
            </button>
            {error && (
              <p className="field-error" role="alert">
                {error}
              </p>
            )}
          </div>
        );
      })}
      {errors['/weeklyWindows'] && <p className="field-error">{errors['/weeklyWindows']}</p>}
      <button
        type="button"
        className="btn btn-small"
        onClick={() => onChange([...windows, { days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], start: '09:00', end: '17:00' }])}
        disabled={windows.length >= 28}
      >
        Add weekly time
      </button>
    </fieldset>
  );
}
