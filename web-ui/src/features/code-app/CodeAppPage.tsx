import { CodeLogin } from './CodeLogin';
import { useCodeSession } from './session';
import { SharedLocks } from './SharedLocks';

/** The code-login app view at /app: stands in for the phone app a code holder would use. */
export function CodeAppPage() {
  const { session, endedMessage, logIn, end, clearEndedMessage } = useCodeSession();

  return (
    <div className="app-view">
      <header className="app-bar">
        <span className="brand">LockVue</span>
        {session && (
          <button type="button" className="btn btn-link" onClick={() => end(null)}>
            Log out
          </button>
        )}
      </header>
      <main className="app-main">
        {session ? (
          <SharedLocks onSessionEnded={end} />
        ) : (
          <CodeLogin notice={endedMessage} onAttempt={clearEndedMessage} onLoggedIn={logIn} />
        )}
      </main>
    </div>
  );
}
