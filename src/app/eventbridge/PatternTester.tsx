import { useState } from 'react';
import type { Scenario, ScenarioEdge, ScenarioNode } from '../../engine/model';
import { useAppStore } from '../store';
import { lastBusEvent, sampleBusEvent, testPattern, type PatternTestResult } from './pattern-test';

const TEST_DOC =
  'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_TestEventPattern.html';

const browserClock = { now: () => Date.now(), random: () => Math.random() };

function patternText(stored: unknown): string {
  return typeof stored === 'string' ? stored : JSON.stringify(stored, null, 2);
}

function Verdict({ result }: { result: PatternTestResult }) {
  switch (result.kind) {
    case 'match':
      return (
        <p className="eb-verdict eb-verdict--match" role="status">
          <span aria-hidden="true">✓ </span>Match
        </p>
      );
    case 'no-match':
      return (
        <div className="eb-verdict eb-verdict--no-match" role="status">
          <p>
            <span aria-hidden="true">✕ </span>No match
          </p>
          <p>{result.reason}</p>
        </div>
      );
    case 'invalid-pattern':
    case 'invalid-event':
      return (
        <p className="field-error" role="status">
          <span aria-hidden="true">⚠ </span>
          {result.reason}
        </p>
      );
    case 'no-pattern':
      return null;
  }
}

/**
 * Tests a rule's event pattern against an event, as TestEventPattern does,
 * and names the field that fails. The event starts as the last one sent to
 * the bus, or a sample built from the composer's first entry.
 */
export function PatternTester({ edge, scenario, bus }: { edge: ScenarioEdge; scenario: Scenario; bus: ScenarioNode }) {
  const runs = useAppStore((state) => state.runs);
  const last = lastBusEvent(runs, bus.id);
  const sample = () => JSON.stringify(sampleBusEvent(scenario, bus, browserClock) ?? {}, null, 2);
  const [eventText, setEventText] = useState(() =>
    last ? JSON.stringify(last, null, 2) : sample(),
  );
  const stored = edge.config.EventPattern;
  const result = testPattern(stored, eventText);
  if (result.kind === 'no-pattern') {
    return null;
  }

  return (
    <section className="inspector-section eb-tester" aria-label="Pattern tester">
      <h3>Test the pattern</h3>
      <div className="eb-tester__sides">
        <div>
          <h4>Rule pattern</h4>
          <pre className="eb-tester__pattern" aria-label="Rule pattern" tabIndex={0}>
            {patternText(stored)}
          </pre>
        </div>
        <div>
          <h4>Test event</h4>
          <textarea
            className="json-input"
            aria-label="Event to test"
            rows={10}
            spellCheck={false}
            value={eventText}
            onChange={(event) => setEventText(event.target.value)}
          />
          <div className="eb-tester__buttons">
            <button
              type="button"
              disabled={!last}
              onClick={() => last && setEventText(JSON.stringify(last, null, 2))}
            >
              Use last sent event
            </button>
            <button type="button" onClick={() => setEventText(sample())}>
              Use sample event
            </button>
          </div>
        </div>
      </div>
      <Verdict result={result} />
      <p className="field-hint">
        EventBridge's TestEventPattern returns only true or false, so the reason for a mismatch comes from the playground.{' '}
        <a href={TEST_DOC} target="_blank" rel="noreferrer">
          Docs
        </a>
      </p>
    </section>
  );
}
