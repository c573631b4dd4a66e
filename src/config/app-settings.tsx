/** Runtime settings every page may need (config and the effective refresh interval), set once in the app. */
import { createContext, useContext } from 'react';
import type { RuntimeConfig } from './runtime-config';

export interface AppSettings {
  config: RuntimeConfig;
  /** The effective auto-refresh interval in ms (URL over config), null when off. */
  refreshMs: number | null;
}

export const AppSettingsContext = createContext<AppSettings | null>(null);

export const useAppSettings = (): AppSettings => {
  const value = useContext(AppSettingsContext);
  if (!value) throw new Error('useAppSettings must be used inside the app');
  return value;
};
