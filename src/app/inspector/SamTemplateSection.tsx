import { useEffect, useState } from 'react';
import { useAppStore } from '../store';

type Snippet = { text: string } | { error: string };

/**
 * A read-only view of the SAM template resources a node or an edge becomes,
 * computed when the section is opened; the exporter loads on first use.
 */
export function SamTemplateSection({ id }: { id: string }) {
  const scenario = useAppStore((state) => state.scenario);
  const [open, setOpen] = useState(false);
  const [snippet, setSnippet] = useState<Snippet>();

  useEffect(() => {
    if (!open) return;
    let current = true;
    void import('../../engine/sam').then(({ samSnippet }) => {
      if (!current) return;
      try {
        setSnippet({ text: samSnippet(scenario, id) });
      } catch (error) {
        setSnippet({ error: error instanceof Error ? error.message : String(error) });
      }
    });

    return () => {
      current = false;
    };
  }, [open, scenario, id]);

  return (
    <details className="inspector-section" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>SAM template</summary>
      {snippet && 'error' in snippet && (
        <p className="field-error">The template cannot be built yet: {snippet.error}</p>
      )}
      {snippet && 'text' in snippet && (
        <pre className="sam-snippet" aria-label="SAM template resources">
          {snippet.text || 'This part adds no resources of its own; see the resources it connects.'}
        </pre>
      )}
    </details>
  );
}
