import { useMemo } from 'react';
import { previewSchedule } from './schedule-preview';
import { useDebounced } from './use-debounced';

/** Pause after the last keystroke before the firings are listed again. */
const TYPING_PAUSE_MS = 250;

/**
 * Lists the next ten firings (UTC) of a rule's schedule expression, counted
 * from now as if the rule were created now, or PutRule's reason it is invalid.
 */
export function SchedulePreview({ expression }: { expression: string }) {
  const settled = useDebounced(expression, TYPING_PAUSE_MS);
  const preview = useMemo(() => previewSchedule(settled, Date.now()), [settled]);

  return (
    <div className="eb-schedule" role="region" aria-label="Schedule preview">
      {preview.ok ? (
        <>
          <p className="field-hint">Next 10 firings of {settled} in UTC, if the rule were created now:</p>
          <ol className="eb-schedule__times" aria-label="Next firings">
            {preview.times.map((time) => (
              <li key={time}>{time}</li>
            ))}
          </ol>
        </>
      ) : (
        <p className="field-error" role="status">
          <span aria-hidden="true">⚠ </span>
          {preview.message}
        </p>
      )}
    </div>
  );
}
