import { useEffect } from 'react';
import type { Scenario } from '../../engine/model';
import { errorMessage } from '../../worker/errors';
import { useAppStore } from '../store';
import { engineClient } from './engine-client';

const DEBOUNCE_MS = 150;

/** Validates the scenario in the engine worker whenever it changes, debounced. */
export function useValidation(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest = 0;

    const validate = (scenario: Scenario): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const ticket = ++latest;
        engineClient()
          .validate(scenario)
          .then((diagnostics) => {
            if (ticket === latest) {
              useAppStore.getState().setDiagnostics(diagnostics);
            }
          })
          .catch((error: unknown) => {
            if (ticket === latest) {
              useAppStore.getState().setDiagnostics([
                {
                  severity: 'error',
                  code: 'engine/validation-failed',
                  message: `The scenario could not be validated: ${errorMessage(error)}`,
                  fix: 'Undo the last change, or reload the page to restart the engine.',
                },
              ]);
            }
          });
      }, DEBOUNCE_MS);
    };

    validate(useAppStore.getState().scenario);
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.scenario !== previous.scenario) {
        validate(state.scenario);
      }
    });

    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, []);
}
