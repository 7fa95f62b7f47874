import { createContext, ReactNode, useContext, useEffect, useState } from 'react';
import { SessionUser } from './roles';
import { session } from './session';

interface SessionState {
  /** False until the first refresh (restoring a session after a reload) has answered. */
  ready: boolean;
  user: SessionUser | null;
}

const SessionContext = createContext<SessionState>({ ready: false, user: null });

/** Restores the session on load (one refresh with the cookie) and follows sign-in and sign-out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ ready: false, user: session.currentUser });
  useEffect(() => {
    const unsubscribe = session.subscribe((user) => setState({ ready: true, user }));
    void session.refresh().finally(() => setState({ ready: true, user: session.currentUser }));
    return () => void unsubscribe();
  }, []);
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  return useContext(SessionContext);
}

/** The signed-in user, inside the pages the guard lets through. */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useUser outside a signed-in page');
  return user;
}
