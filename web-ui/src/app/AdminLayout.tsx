import { useState } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { adminApi, unwrap } from '../api/client';
import { keys } from '../api/queries';
import { clearAdminSession, getAdminSession } from '../auth/storage';

const menu = [
  { to: '/locks', label: 'My Locks' },
  { to: '/unique-codes', label: 'Unique Codes' },
  { to: '/permissions', label: 'Permissions' },
  { to: '/activity', label: 'Activity' },
  { to: '/settings', label: 'Settings' },
];

export function AdminLayout() {
  const session = getAdminSession();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [menuOpen, setMenuOpen] = useState(false);
  const me = useQuery({
    queryKey: keys.me,
    queryFn: () => unwrap(adminApi.GET('/api/v1/me')),
    enabled: session != null,
    staleTime: 60_000,
  });

  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname }} />;

  async function logOut() {
    // End the session on the server first, so the token is dead even if someone copied it; leave either way.
    try {
      await adminApi.POST('/api/v1/auth/logout');
    } catch {
      // Offline or already ended: the local session goes all the same.
    }
    clearAdminSession();
    queryClient.clear();
    navigate('/login', { replace: true });
  }

  const accountName = me.data?.account.name ?? session.account.name;
  return (
    <div className="shell">
      <header className="topbar">
        <button
          type="button"
          className="btn menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="side-menu"
          onClick={() => setMenuOpen((o) => !o)}
        >
          ☰ <span className="sr-only">Menu</span>
        </button>
        <span className="brand">LockVue</span>
        <span className="account" title={me.data?.user.email ?? session.user.email}>
          {accountName}
        </span>
        <button type="button" className="btn btn-link" onClick={logOut}>
          Log out
        </button>
      </header>
      <div className="body">
        <nav id="side-menu" className={`side-menu${menuOpen ? ' open' : ''}`} aria-label="Main menu">
          <ul>
            {menu.map((m) => (
              <li key={m.to}>
                <NavLink to={m.to} onClick={() => setMenuOpen(false)}>
                  {m.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main className="content" id="main">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
