import { GALLERY, type GalleryEntry } from '../../engine/samples/gallery';

/** Renders the gallery cards, each with its title, summary and one step to try. */
export function GalleryCards({ onOpen }: { onOpen(entry: GalleryEntry): void }) {
  return (
    <ul className="gallery-cards">
      {GALLERY.map((entry) => (
        <li key={entry.id} className="gallery-card">
          <button
            type="button"
            className="gallery-card__open"
            aria-describedby={`gallery-${entry.id}-summary`}
            onClick={() => onOpen(entry)}
          >
            {entry.title}
          </button>
          <p id={`gallery-${entry.id}-summary`} className="gallery-card__summary">
            {entry.summary}
          </p>
          <p className="gallery-card__try">
            <strong>Try this:</strong> {entry.tryThis}
          </p>
        </li>
      ))}
    </ul>
  );
}
