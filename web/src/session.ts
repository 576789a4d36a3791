import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Who is using the page: the key's id (null when the server has no keys) and whether admin controls apply. */
export interface Session { keyId: string | null; admin: boolean; keyed: boolean }
export const SessionContext = createContext<Session>({ keyId: null, admin: true, keyed: false });
export const useSession = () => useContext(SessionContext);
