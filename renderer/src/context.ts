/** What every dashboard screen shares: live engine state and settings, loaded once by the shell. */
import { createContext, useContext } from 'react';
import type { Settings } from '../../shared/settings';
import type { LiveSettings } from './hooks/useSettings';
import type { LiveSnapshot } from './hooks/useSnapshot';

export interface AppContextValue {
  live: LiveSnapshot;
  settings: Settings;
  saveSettings: LiveSettings['save'];
  /** The computer's time zone now (it follows changes). */
  timeZone: string;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp must be used inside <AppContext.Provider>');
  return value;
}
