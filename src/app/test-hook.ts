import type { Scenario } from '../engine/model';
import { useAppStore } from './store';

/** The hook browser tests read the scenario through. */
export interface TestHook {
  getScenario(): Scenario;
  replaceScenario(scenario: Scenario): void;
}

declare global {
  interface Window {
    __lambdaPlayground?: TestHook;
  }
}

/** Installs `window.__lambdaPlayground` in dev builds or with `?testHook`. */
export function installTestHook(): void {
  const wanted =
    import.meta.env.DEV || new URLSearchParams(window.location.search).has('testHook');
  if (!wanted) {
    return;
  }
  window.__lambdaPlayground = {
    getScenario: () => useAppStore.getState().scenario,
    replaceScenario: (scenario) => useAppStore.getState().replaceScenario(scenario),
  };
}
