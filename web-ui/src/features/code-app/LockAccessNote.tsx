import type { LockAccess } from '../../api/types';
import { reasonText } from '../../lib/accessReasons';
import { formatWithZone, viewerTimeZone } from '../../lib/time';

/** Whether the lock opens now, when it will, or that it will not, and why: one screen state for each. */
export function LockAccessNote({ access }: { access: LockAccess }) {
  const zone = viewerTimeZone();
  const why = access.reasons.map((r) => reasonText(r, zone, false));
  switch (access.state) {
    case 'OPEN':
      return (
        <p className="access access-open" data-state="OPEN">
          Opens now, until {formatWithZone(access.openUntil)}.
        </p>
      );
    case 'OPENS_LATER':
      return (
        <div className="access access-later" data-state="OPENS_LATER">
          <p>Opens on {formatWithZone(access.opensAt)}.</p>
          <Reasons why={why} />
        </div>
      );
    case 'NEVER':
      return (
        <div className="access access-never" data-state="NEVER">
          <p>This code will not open this lock again by itself.</p>
          <Reasons why={why} />
        </div>
      );
  }
}

function Reasons({ why }: { why: string[] }) {
  return (
    <ul className="reasons">
      {why.map((w) => (
        <li key={w}>{w}</li>
      ))}
    </ul>
  );
}
