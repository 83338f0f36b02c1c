import { useState } from 'react';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { getAdminSession } from '../auth/storage';
import { useLogOut } from '../features/auth/mutations';
import { useMe } from '../features/auth/queries';

const menu = [
  { to: '/locks', label: 'My Locks' },
  { to: '/unique-codes', label: 'Unique Codes' },
  { to: '/permissions', label: 'Permissions' },
  { to: '/activity', label: 'Activity' },
  { to: '/api-keys', label: 'API Keys' },
  { to: '/webhooks', label: 'Webhooks' },
  { to: '/settings', label: 'Settings' },
];

export function AdminLayout() {
  const session = getAdminSession();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const me = useMe(session != null);
  const logOut = useLogOut();

  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname }} />;

  const accountName = me.data?.account.name ?? session.account.name;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
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
        <main className="content" id="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
