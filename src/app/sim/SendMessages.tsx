import { useState } from 'react';
import type { SqsMessageInput } from '../../engine/sqs/event';
import { errorMessage } from '../../worker/errors';
import { displayName } from '../canvas/node-summary';
import { flushPendingEdits } from '../editor/pending-edits';
import { engineClient } from '../run/engine-client';
import { runTimeoutMs } from '../run/send';
import { useAppStore } from '../store';
import { QueueSelect } from './QueueSelect';

/** Most messages one click sends; each runs real handler code. */
const MAX_MESSAGES = 100;
let nextSendId = 1_000_000;

/** Bodies for `count` messages, with `{{n}}` replaced by 1, 2, 3… */
export function messagesFromTemplate(template: string, count: number, groupId?: string): SqsMessageInput[] {
  return Array.from({ length: count }, (_, index) => ({
    body: template.replaceAll('{{n}}', String(index + 1)),
    ...(groupId ? { messageGroupId: groupId } : {}),
  }));
}

/** Sends messages into a queue through the Run path, running the real handlers. */
export function SendMessages() {
  const scenario = useAppStore((state) => state.scenario);
  const selectedId = useAppStore((state) => state.selection.nodeId);
  const queues = scenario.nodes.filter((node) => node.type === 'sqs');
  const [queueId, setQueueId] = useState<string>();
  const [count, setCount] = useState('1');
  const [template, setTemplate] = useState('{"orderId":"o-{{n}}"}');
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const [sending, setSending] = useState(false);
  if (queues.length === 0) {
    return null;
  }
  const target =
    queues.find((node) => node.id === queueId) ??
    queues.find((node) => node.id === selectedId) ??
    queues[0]!;

  const send = async () => {
    const total = Number(count);
    if (!Number.isInteger(total) || total < 1 || total > MAX_MESSAGES) {
      setStatus({ tone: 'error', text: `Messages: enter a whole number from 1 to ${MAX_MESSAGES}.` });
      return;
    }
    if (template === '') {
      setStatus({ tone: 'error', text: 'Body: SQS rejects an empty message body; enter some text.' });
      return;
    }
    flushPendingEdits();
    const fifo = target.config.FifoQueue === true;
    const messages = messagesFromTemplate(template, total, fifo ? 'group-1' : undefined);
    const current = useAppStore.getState().scenario;
    const id = nextSendId++;
    const label = `${total} message${total === 1 ? '' : 's'} to ${displayName(target)}`;
    setSending(true);
    try {
      const result = await engineClient().run(
        current,
        target.id,
        { kind: 'messages', messages },
        current.settings.seed + id,
        { timeoutMs: runTimeoutMs(current) },
      );
      useAppStore.getState().addRun({ id, entryNodeId: target.id, label, result });
      setStatus({ tone: 'ok', text: `Sent ${label}; ${result.invocations.length} invocations. See the Request tab for the results.` });
    } catch (error) {
      const text = `The messages could not be sent: ${errorMessage(error)}`;
      useAppStore.getState().addRun({ id, entryNodeId: target.id, label, error: text });
      setStatus({ tone: 'error', text });
    } finally {
      setSending(false);
    }
  };

  return (
    <section className="sim-send" aria-label="Send messages">
      <h3>Send messages</h3>
      <p className="run-muted">Runs the real handler code once per batch, as Run does.</p>
      <form
        className="sim-form"
        aria-label="Send messages to a queue"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <QueueSelect queues={queues} value={target.id} onChange={setQueueId} />
        <label className="composer__field">
          Count (1–{MAX_MESSAGES})
          <input inputMode="numeric" value={count} onChange={(event) => setCount(event.target.value)} />
        </label>
        <label className="composer__field sim-form__wide">
          Body template ({'{{n}}'} becomes the message number)
          <input value={template} onChange={(event) => setTemplate(event.target.value)} />
        </label>
        <div className="sim-row">
          <button type="submit" disabled={sending}>
            {sending ? 'Sending…' : 'Send messages'}
          </button>
        </div>
        {status && (
          <p className={status.tone === 'error' ? 'run-error' : 'run-muted'} role={status.tone === 'error' ? 'alert' : 'status'}>
            {status.text}
          </p>
        )}
      </form>
    </section>
  );
}
